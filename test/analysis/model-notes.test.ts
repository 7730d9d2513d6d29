import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractNotes, modelNotes } from '../../src/analysis/model-notes.ts';

const MODEL = join(import.meta.dirname, '../../src/model');

describe('modelling decisions read from the model', () => {
  test('every // NOTE: in src/model is listed, once', () => {
    const sources = Object.fromEntries(
      readdirSync(MODEL)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => [`../model/${f}`, readFileSync(join(MODEL, f), 'utf8')]),
    );
    const count = Object.values(sources).reduce((n, s) => n + (s.match(/\/\/ NOTE:/g)?.length ?? 0), 0);
    const notes = modelNotes(sources);
    expect(count).toBeGreaterThan(5);
    expect(notes).toHaveLength(count);
    for (const n of notes) expect(n.text.length).toBeGreaterThan(20);
    expect(notes.some((n) => n.file === 'Month loop')).toBe(true);
  });

  test('joins a note’s continuation lines and stops at code or the next note', () => {
    const source = [
      '  // NOTE: first line',
      '  // and its second.',
      '  const x = 1;',
      '  // NOTE: another',
      '  // NOTE: a third',
      '  //',
      '  // after a blank comment line',
      'code();',
    ].join('\n');
    expect(extractNotes(source, 'f').map((n) => n.text)).toEqual([
      'first line and its second.',
      'another',
      'a third after a blank comment line',
    ]);
  });
});

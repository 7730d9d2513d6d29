// @vitest-environment jsdom
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MODEL_NOTES } from 'virtual:model-notes';
import MethodologyView from '../../src/analysis/methodology-view.tsx';
import { extractNotes, MODEL_NOTE_ORDER, modelNotes } from '../../scripts/model-notes.ts';
import { screen, within } from '@testing-library/react';
import { PRESETS } from '../../src/store/presets.ts';
import { renderWithStore } from '../components/render.tsx';
import type { NoteTopic } from '../../src/i18n/messages/en/methodology.ts';

const MODEL = join(import.meta.dirname, '../../src/model');

/**
 * The notes as a person reading src/model finds them, read without the build's extractor: every line that
 * says "NOTE:", in whatever form, with the comment lines that follow a `// NOTE:`, in the files' order.
 */
function notesInTheModel(): { file: string; text: string }[] {
  const rank = (file: string) => {
    const i = MODEL_NOTE_ORDER.findIndex(([f]) => f === file);
    return i < 0 ? Infinity : i;
  };
  return readdirSync(MODEL)
    .filter((f) => f.endsWith('.ts'))
    .sort((x, y) => rank(x) - rank(y))
    .flatMap((file) => {
      const source = readFileSync(join(MODEL, file), 'utf8');
      const said = source.split('\n').filter((line) => line.includes('NOTE:')).length;
      const blocks = [...source.matchAll(/\/\/ NOTE:(.*(?:\n[ \t]*\/\/(?! NOTE:).*)*)/g)].map((m) =>
        m[1]!
          .replace(/\n[ \t]*\/\//g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      // A NOTE written any other way (`/* NOTE:`, `//NOTE:`, after code) stands here as a gap.
      const gaps = Array.from({ length: said - blocks.length }, () => `(a note of ${file} not read)`);
      return [...blocks, ...gaps].map((text) => ({ file, text }));
    });
}

describe('the modelling decisions the methodology shows', () => {
  const inModel = notesInTheModel();

  test('are every // NOTE: of src/model, joined into one paragraph each, in the order the month runs', () => {
    expect(inModel.length).toBeGreaterThan(20);
    expect(MODEL_NOTES.map((n) => n.text)).toEqual(inModel.map((n) => n.text));
    const topicOf = new Map(MODEL_NOTE_ORDER);
    expect(MODEL_NOTES.map((n) => n.topic)).toEqual(inModel.map((n) => topicOf.get(n.file)));
    // Validation first, then the month, the program's value and the analyses.
    expect(MODEL_NOTES[0]!.topic).toBe('validation');
    const first = (topic: NoteTopic) => MODEL_NOTES.findIndex((n) => n.topic === topic);
    expect(first('monthLoop')).toBeLessThan(first('programValue'));
    expect(first('programValue')).toBeLessThan(first('teamSize'));
    expect(first('teamSize')).toBeLessThan(first('lifetimeValue'));
    expect(first('lifetimeValue')).toBeLessThan(first('uncertainty'));
  });

  test('are each shown in the methodology view', () => {
    const { container } = renderWithStore(<MethodologyView />);
    const items = [...container.querySelectorAll('.notes-list li')].map((li) => li.textContent);
    expect(items).toHaveLength(inModel.length);
    inModel.forEach((n, i) => expect(items[i]).toContain(n.text));
  });
});

describe('reading the notes', () => {
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
    expect(extractNotes(source)).toEqual([
      'first line and its second.',
      'another',
      'a third after a blank comment line',
    ]);
  });

  test('refuses a model file with notes but no place in the order, and a place whose file is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-notes-'));
    for (const [file] of MODEL_NOTE_ORDER) writeFileSync(join(dir, file), '// NOTE: a decision here.\n');
    expect(modelNotes(dir)).toHaveLength(MODEL_NOTE_ORDER.length);
    writeFileSync(join(dir, 'plain.ts'), '// a remark, not a decision\n');
    expect(modelNotes(dir)).toHaveLength(MODEL_NOTE_ORDER.length);
    writeFileSync(join(dir, 'new-step.ts'), 'export const x = 1; // an aside\n// NOTE: a new decision.\n');
    expect(() => modelNotes(dir)).toThrow(/new-step\.ts has \/\/ NOTE: comments but no place/);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(() => modelNotes(empty)).toThrow(/names assumptions\.ts, which is gone/);
  });
});

describe('the presets’ sources in the methodology', () => {
  test('each preset names every source it took a number from, with the year where there is one', () => {
    renderWithStore(<MethodologyView />);
    for (const p of PRESETS) {
      const entry = screen.getByRole('article', { name: `Sources of the preset ${p.label}` });
      for (const s of p.sources) {
        const line = `${s.name}${s.year === null ? '' : ` (${s.year})`}: ${s.took}`;
        expect(within(entry).getByText(line, { exact: true })).toBeInTheDocument();
      }
    }
  });
});

// The model's modelling decisions, read from its `// NOTE:` comments when the app is built (or served, or
// tested), so the methodology tab shows them without shipping the model's source text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { normalizePath, type Plugin } from 'vite';
import type { NoteTopic } from '../src/i18n/messages/en/methodology.ts';

/** One modelling decision, as written at the line of the model that makes it. */
export interface ModelNote {
  /** What the part of the model it is in is about, for people who do not read the code: its words' key. */
  topic: NoteTopic;
  text: string;
}

/**
 * Every model file, in the order the methodology lists its notes: the order the month runs (docs/model.md).
 * The inputs and their validation; the month (the loop, the levers in force, the book's steps 4 to 6); what
 * the program adds; team size and the split of a team; a customer's lifetime value; then the analyses in
 * the order of their tabs. Within a file the notes keep the order of their lines.
 */
export const MODEL_NOTE_ORDER: readonly (readonly [file: string, topic: NoteTopic])[] = [
  ['assumptions.ts', 'inputs'],
  ['validate.ts', 'validation'],
  ['simulate.ts', 'monthLoop'],
  ['levers.ts', 'levers'],
  ['book.ts', 'monthLoop'],
  ['units.ts', 'units'],
  ['program.ts', 'programValue'],
  ['evaluate.ts', 'programValue'],
  ['headcount.ts', 'teamSize'],
  ['team-size.ts', 'teamSize'],
  ['value.ts', 'lifetimeValue'],
  ['compare.ts', 'race'],
  ['cohort-layers.ts', 'cohorts'],
  ['sensitivity.ts', 'sensitivity'],
  ['retention-gain.ts', 'retentionGain'],
  ['goal-seek.ts', 'goalSeek'],
  ['monte-carlo.ts', 'uncertainty'],
  ['random.ts', 'uncertainty'],
];

const NOTE_START = /^\s*\/\/ NOTE: ?(.*)$/;
const COMMENT_LINE = /^\s*\/\/ ?(.*)$/;

/**
 * Every `// NOTE:` comment of a source file, its continuation lines joined into one paragraph. A note runs
 * to the end of its block of `//` lines (or to the next note): a plain remark goes above it, not below.
 */
export function extractNotes(source: string): string[] {
  const notes: string[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = NOTE_START.exec(lines[i]!);
    if (!start) continue;
    const parts = [start[1]!.trim()];
    while (i + 1 < lines.length && !NOTE_START.test(lines[i + 1]!)) {
      const more = COMMENT_LINE.exec(lines[i + 1]!);
      if (!more) break;
      parts.push(more[1]!.trim());
      i++;
    }
    notes.push(parts.filter(Boolean).join(' '));
  }
  return notes;
}

/**
 * The notes of every file of the model folder, in MODEL_NOTE_ORDER. A file with notes that the order does
 * not place, or a placed file that is gone, is an error: the methodology would otherwise drop a note or
 * keep a stale order without a word.
 */
export function modelNotes(modelDir: string): ModelNote[] {
  const placed = new Set(MODEL_NOTE_ORDER.map(([file]) => file));
  for (const file of readdirSync(modelDir)) {
    if (!file.endsWith('.ts') || placed.has(file)) continue;
    if (extractNotes(readFileSync(join(modelDir, file), 'utf8')).length > 0) {
      throw new Error(
        `${file} has // NOTE: comments but no place in MODEL_NOTE_ORDER (scripts/model-notes.ts): add it where its step runs.`,
      );
    }
  }
  return MODEL_NOTE_ORDER.flatMap(([file, topic]) => {
    const path = join(modelDir, file);
    if (!existsSync(path))
      throw new Error(`MODEL_NOTE_ORDER (scripts/model-notes.ts) names ${file}, which is gone.`);
    return extractNotes(readFileSync(path, 'utf8')).map((text) => ({ topic, text }));
  });
}

const MODULE_ID = 'virtual:model-notes';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** `import { MODEL_NOTES } from 'virtual:model-notes'`: the notes of src/model, as data. */
export function modelNotesPlugin(): Plugin {
  let modelDir = '';
  return {
    name: 'model-notes',
    configResolved(config) {
      modelDir = normalizePath(resolve(config.root, 'src/model'));
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID ? `export const MODEL_NOTES = ${JSON.stringify(modelNotes(modelDir))};` : undefined,
    // In `npm run dev`, an edit to the model reloads its notes too.
    hotUpdate({ file, modules }) {
      if (dirname(file) !== modelDir) return;
      const notes = this.environment.moduleGraph.getModuleById(RESOLVED_ID);
      return notes ? [...modules, notes] : undefined;
    },
  };
}

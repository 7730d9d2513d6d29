/** One modelling decision, as written at the line of the model that makes it. */
export interface ModelNote {
  /** What the model file it is in is about, e.g. "Month loop". */
  file: string;
  text: string;
}

const NOTE_START = /^\s*\/\/ NOTE: ?(.*)$/;
const COMMENT_LINE = /^\s*\/\/ ?(.*)$/;

/** What each model file is about, for people who do not read the code. */
const FILE_TOPIC: Readonly<Record<string, string>> = {
  assumptions: 'Inputs',
  'cohort-layers': 'Cohorts',
  compare: 'Race',
  evaluate: 'Program value',
  'goal-seek': 'Goal seek',
  headcount: 'Team size',
  levers: 'Levers',
  'monte-carlo': 'Uncertainty',
  program: 'Program value',
  'retention-gain': 'Retention gain',
  sensitivity: 'Sensitivity',
  simulate: 'Month loop',
  'team-size': 'Team size',
  units: 'Units',
  validate: 'Validation',
  value: 'Lifetime value',
};

/** The topic of a model file, from its path ("../model/simulate.ts" → "Month loop"). */
export const topicOf = (path: string): string => {
  const name = path.replace(/^.*\//, '').replace(/\.ts$/, '');
  return FILE_TOPIC[name] ?? name;
};

/** Every `// NOTE:` comment of a source file, its continuation lines joined into one paragraph. */
export function extractNotes(source: string, file: string): ModelNote[] {
  const notes: ModelNote[] = [];
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
    notes.push({ file, text: parts.filter(Boolean).join(' ') });
  }
  return notes;
}

/** The notes of every model file, read from the sources themselves so the list cannot fall behind. */
export function modelNotes(sources: Readonly<Record<string, string>>): ModelNote[] {
  return Object.entries(sources)
    .sort(([x], [y]) => x.localeCompare(y))
    .flatMap(([path, source]) => extractNotes(source, topicOf(path)));
}

import { DEFAULT_ASSUMPTIONS, validateAssumptions, type Assumptions, type Problem } from '../model/index.ts';
import { segmentOf } from '../input-catalog.ts';
import { words } from '../i18n/words.ts';

/**
 * `a` with its segments named `names` (a name left out keeps the segment's own); `a` itself when no name
 * changes, so the English scenario stays the very object the model defines.
 */
export function withNames(a: Assumptions, names: readonly string[]): Assumptions {
  if (a.segments.every((s, i) => s.name === (names[i] ?? s.name))) return a;
  return { ...a, segments: a.segments.map((s, i) => ({ ...s, name: names[i] ?? s.name })) };
}

// NOTE: the model names what it makes in English (it must not import words); the names the calculator
// makes are given in the page's language here, when the scenario is made. Names from people, links and
// files stay as they were written.
/** The default scenario, its one segment named in the page's language. */
export const defaultScenario = (): Assumptions =>
  withNames(DEFAULT_ASSUMPTIONS, [words().inputs.segments.all]);

/** The name the calculator gives segment `index` when it has none: "Segment 2". */
export const numberedName = (index: number): string => words().inputs.segments.numbered(String(index + 1));

/** validateAssumptions, with the names validation makes ("Segment 2") in the page's language. */
export function validated(raw: unknown): { assumptions: Assumptions; problems: Problem[] } {
  const { assumptions, problems } = validateAssumptions(raw);
  const names: string[] = [];
  const renamed = problems.map((p) => {
    const index = segmentOf(p.field);
    if (index === null || !p.defaultName) return p;
    names[index] = numberedName(index);
    return { ...p, used: names[index] };
  });
  return { assumptions: withNames(assumptions, names), problems: renamed };
}

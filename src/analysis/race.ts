import {
  inputPaths,
  readInput,
  validateAssumptions,
  withInput,
  type Assumptions,
  type InputPath,
  type Problem,
} from '../model/index.ts';
import { pathOf, type InputName } from '../input-catalog.ts';
import { RACE_COMPANY_A, RACE_COMPANY_B } from '../store/presets.ts';

// NOTE: the race sets two companies side by side, each a book of one segment (the article's are); with a
// scenario of several segments, company B differs from A in the first segment's inputs.
const RACE_SEGMENT = 0;
const at = (name: InputName): InputPath => pathOf(name, RACE_SEGMENT);

/** The few inputs that make one company differ from the other in the race. */
export const RACE_PATHS: readonly InputPath[] = (
  [
    'newAccountsPerMonth',
    'monthlyChurn.base',
    'monthlyChurn.withCs',
    'arpa',
    'cac',
    'expansionsPerYear.base',
    'expansionsPerYear.withCs',
    'csms',
  ] as const
).map(at);

/** B's differences from A, by input; an input B does not change follows A. */
export type RaceChanges = Partial<Record<InputPath, number>>;

/** Company B: A with `changes`, through the same validation as every other input. */
export function companyB(a: Assumptions, changes: RaceChanges): { b: Assumptions; problems: Problem[] } {
  let b = a;
  for (const path of RACE_PATHS) {
    const value = changes[path];
    if (value !== undefined) b = withInput(b, path, value);
  }
  const { assumptions, problems } = validateAssumptions(b);
  return { b: assumptions, problems };
}

/** The article's B as changes to its A. */
export const ARTICLE_CHANGES: RaceChanges = Object.fromEntries(
  RACE_PATHS.filter((p) => readInput(RACE_COMPANY_B, p) !== readInput(RACE_COMPANY_A, p)).map((p) => [
    p,
    readInput(RACE_COMPANY_B, p),
  ]),
);

/** A starting B for a scenario: half the new accounts and half the churn (the article's trade). */
export function halfAndHalf(a: Assumptions): RaceChanges {
  const half = (name: InputName): [InputPath, number] => [at(name), readInput(a, at(name)) / 2];
  return Object.fromEntries([
    half('newAccountsPerMonth'),
    half('monthlyChurn.base'),
    half('monthlyChurn.withCs'),
  ]);
}

export const sameScenario = (x: Assumptions, y: Assumptions): boolean =>
  x.segments.length === y.segments.length &&
  x.team.staffing === y.team.staffing &&
  inputPaths(x).every((p) => readInput(x, p) === readInput(y, p));

/** True when A and B are the article's two companies, whose claim the race view then checks. */
export const isArticleRace = (a: Assumptions, b: Assumptions): boolean =>
  sameScenario(a, RACE_COMPANY_A) && sameScenario(b, RACE_COMPANY_B);

import {
  INPUT_PATHS,
  readInput,
  validateAssumptions,
  withInput,
  type Assumptions,
  type InputPath,
  type Problem,
} from '../model/index.ts';
import { RACE_COMPANY_A, RACE_COMPANY_B } from '../store/presets.ts';

/** The few inputs that make one company differ from the other in the race. */
export const RACE_PATHS: readonly InputPath[] = [
  'newAccountsPerMonth',
  'monthlyChurn.base',
  'monthlyChurn.withCs',
  'arpa',
  'cac',
  'expansionsPerYear.base',
  'expansionsPerYear.withCs',
  'csms',
];

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
  return {
    newAccountsPerMonth: a.newAccountsPerMonth / 2,
    'monthlyChurn.base': a.monthlyChurn.base / 2,
    'monthlyChurn.withCs': a.monthlyChurn.withCs / 2,
  };
}

export const sameScenario = (x: Assumptions, y: Assumptions): boolean =>
  INPUT_PATHS.every((p) => readInput(x, p) === readInput(y, p));

/** True when A and B are the article's two companies, whose claim the race view then checks. */
export const isArticleRace = (a: Assumptions, b: Assumptions): boolean =>
  sameScenario(a, RACE_COMPANY_A) && sameScenario(b, RACE_COMPANY_B);

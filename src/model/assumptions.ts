/** A value without a CS program (`base`) and with a fully staffed one (`withCs`). */
export interface Lever {
  base: number;
  withCs: number;
}

export interface Assumptions {
  horizonMonths: number;
  startingAccounts: number;
  newAccountsPerMonth: number;
  arpa: number;
  cac: number;
  grossMargin: number;
  annualDiscountRate: number;
  referralsPerAccountYear: number;
  onboardingSuccess: Lever;
  monthlyChurn: Lever;
  expansionWinRate: Lever;
  expansionUplift: Lever;
  expansionsPerYear: Lever;
  monthlyContraction: Lever;
  timeToValueMonths: Lever;
  csms: number;
  csmAnnualCost: number;
  csmHoursPerMonth: number;
  onboardingHoursPerAccount: number;
  impactHoursPerAccountMonth: number;
}

export type LeverField = {
  [K in keyof Assumptions]: Assumptions[K] extends Lever ? K : never;
}[keyof Assumptions];

export type ScalarField = Exclude<keyof Assumptions, LeverField>;

/** A path to one number inside Assumptions: a scalar field or one side of a lever. */
export type InputPath = ScalarField | `${LeverField}.${keyof Lever}`;

export interface Range {
  min: number;
  max: number;
  integer: boolean;
}

const range = (min: number, max: number, integer = false): Range => ({ min, max, integer });

export const SCALAR_RANGES: Readonly<Record<ScalarField, Range>> = {
  horizonMonths: range(1, 120, true),
  startingAccounts: range(0, 1e6),
  newAccountsPerMonth: range(0, 1e5),
  arpa: range(0, 1e7),
  cac: range(0, 1e8),
  grossMargin: range(0, 1),
  annualDiscountRate: range(0, 1),
  referralsPerAccountYear: range(0, 2),
  csms: range(0, 10000, true),
  csmAnnualCost: range(0, 1e7),
  csmHoursPerMonth: range(1, 744),
  onboardingHoursPerAccount: range(0, 1000),
  impactHoursPerAccountMonth: range(0, 744),
};

export const LEVER_RANGES: Readonly<Record<LeverField, Range>> = {
  onboardingSuccess: range(0, 1),
  monthlyChurn: range(0, 1),
  expansionWinRate: range(0, 1),
  expansionUplift: range(0, 5),
  expansionsPerYear: range(0, 12),
  monthlyContraction: range(0, 1),
  timeToValueMonths: range(0, 24),
};

/** The CS team's own inputs: the world without a program never reads them. */
export const CS_TEAM_FIELDS: readonly ScalarField[] = [
  'csms',
  'csmAnnualCost',
  'csmHoursPerMonth',
  'onboardingHoursPerAccount',
  'impactHoursPerAccountMonth',
];

export const SCALAR_FIELDS = Object.keys(SCALAR_RANGES) as ScalarField[];
export const LEVER_FIELDS = Object.keys(LEVER_RANGES) as LeverField[];

/** Every number the model reads, in the order a person thinks about them. */
export const INPUT_PATHS: readonly InputPath[] = [
  'horizonMonths',
  'startingAccounts',
  'newAccountsPerMonth',
  'arpa',
  'cac',
  'grossMargin',
  'annualDiscountRate',
  'onboardingSuccess.base',
  'onboardingSuccess.withCs',
  'timeToValueMonths.base',
  'timeToValueMonths.withCs',
  'monthlyChurn.base',
  'monthlyChurn.withCs',
  'monthlyContraction.base',
  'monthlyContraction.withCs',
  'expansionWinRate.base',
  'expansionWinRate.withCs',
  'expansionUplift.base',
  'expansionUplift.withCs',
  'expansionsPerYear.base',
  'expansionsPerYear.withCs',
  'referralsPerAccountYear',
  'csms',
  'csmAnnualCost',
  'csmHoursPerMonth',
  'onboardingHoursPerAccount',
  'impactHoursPerAccountMonth',
];

/**
 * A mid-market B2B SaaS company: 400 accounts at 2,000 a month, 20 new logos a month, and a CS team of
 * four that was right-sized a year ago and is now stretched as the base grows.
 */
export const DEFAULT_ASSUMPTIONS: Readonly<Assumptions> = {
  horizonMonths: 36,
  startingAccounts: 400,
  newAccountsPerMonth: 20,
  arpa: 2000,
  cac: 18000,
  grossMargin: 0.78,
  annualDiscountRate: 0.1,
  referralsPerAccountYear: 0.03,
  onboardingSuccess: { base: 0.85, withCs: 0.95 },
  monthlyChurn: { base: 0.015, withCs: 0.007 },
  expansionWinRate: { base: 0.2, withCs: 0.35 },
  expansionUplift: { base: 0.2, withCs: 0.3 },
  expansionsPerYear: { base: 1, withCs: 2 },
  monthlyContraction: { base: 0.005, withCs: 0.003 },
  timeToValueMonths: { base: 3, withCs: 2 },
  csms: 5,
  csmAnnualCost: 120000,
  csmHoursPerMonth: 120,
  onboardingHoursPerAccount: 10,
  impactHoursPerAccountMonth: 1,
};

export function rangeOf(path: InputPath): Range {
  const [field] = path.split('.') as [keyof Assumptions];
  return field in LEVER_RANGES ? LEVER_RANGES[field as LeverField] : SCALAR_RANGES[field as ScalarField];
}

export function readInput(a: Assumptions, path: InputPath): number {
  const [field, side] = path.split('.') as [keyof Assumptions, keyof Lever | undefined];
  const value = a[field];
  return typeof value === 'number' ? value : value[side ?? 'withCs'];
}

/** A copy of `a` with one number replaced; levers are copied, never shared. */
export function withInput(a: Assumptions, path: InputPath, value: number): Assumptions {
  const [field, side] = path.split('.') as [keyof Assumptions, keyof Lever | undefined];
  const current = a[field];
  if (typeof current === 'number' || side === undefined) return { ...a, [field]: value };
  return { ...a, [field]: { ...current, [side]: value } };
}

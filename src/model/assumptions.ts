/** A value without a CS program (`base`) and with a fully covered one (`withCs`). */
export interface Lever {
  base: number;
  withCs: number;
}

export type Staffing = 'fixed' | 'hireToCoverage';
export const STAFFING_POLICIES: readonly Staffing[] = ['fixed', 'hireToCoverage'];

/** How the whole CS organisation is staffed and what it costs beyond CSM salaries. */
export interface TeamPolicy {
  staffing: Staffing;
  targetCoverage: number;
  rampMonths: number;
  csmsPerManager: number;
  managerAnnualCost: number;
  toolingPerCsmYear: number;
}

/** One part of the book (enterprise, mid-market, SMB…) with its own accounts, levers, CSMs and digital program. */
export interface Segment {
  name: string;
  startingAccounts: number;
  newAccountsPerMonth: number;
  arpa: number;
  cac: number;
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
  digitalCoverage: number;
  digitalCostPerAccountMonth: number;
  digitalFixedCostPerYear: number;
}

export interface Assumptions {
  horizonMonths: number;
  grossMargin: number;
  annualDiscountRate: number;
  team: TeamPolicy;
  segments: Segment[];
}

export type GlobalField = 'horizonMonths' | 'grossMargin' | 'annualDiscountRate';

export type LeverField = {
  [K in keyof Segment]: Segment[K] extends Lever ? K : never;
}[keyof Segment];

/** A segment's plain numbers (everything but its name and its levers). */
export type SegmentScalarField = Exclude<keyof Segment, LeverField | 'name'>;

/** The team policy's numbers (everything but the staffing word). */
export type TeamField = Exclude<keyof TeamPolicy, 'staffing'>;

/** A number of one segment: a scalar field or one side of a lever ("arpa", "monthlyChurn.withCs"). */
export type SegmentInput = SegmentScalarField | `${LeverField}.${keyof Lever}`;

/**
 * A path to one number inside Assumptions, as MODEL.md writes it: "horizonMonths", "team.rampMonths",
 * "segments.2.arpa", "segments.0.monthlyChurn.withCs".
 */
export type InputPath = GlobalField | `team.${TeamField}` | `segments.${number}.${SegmentInput}`;

export interface Range {
  min: number;
  max: number;
  integer: boolean;
}

const range = (min: number, max: number, integer = false): Range => ({ min, max, integer });

/** The longest time to value, in months. */
export const MAX_TTV_MONTHS = 24;
export const MAX_SEGMENTS = 5;
export const MAX_SEGMENT_NAME_LENGTH = 40;

export const GLOBAL_RANGES: Readonly<Record<GlobalField, Range>> = {
  horizonMonths: range(1, 120, true),
  grossMargin: range(0, 1),
  annualDiscountRate: range(0, 1),
};

export const TEAM_RANGES: Readonly<Record<TeamField, Range>> = {
  targetCoverage: range(0, 1),
  rampMonths: range(0, 12, true),
  csmsPerManager: range(1, 50),
  managerAnnualCost: range(0, 1e7),
  toolingPerCsmYear: range(0, 1e6),
};

export const SEGMENT_RANGES: Readonly<Record<SegmentScalarField, Range>> = {
  startingAccounts: range(0, 1e6),
  newAccountsPerMonth: range(0, 1e5),
  arpa: range(0, 1e7),
  cac: range(0, 1e8),
  referralsPerAccountYear: range(0, 2),
  csms: range(0, 10000, true),
  csmAnnualCost: range(0, 1e7),
  csmHoursPerMonth: range(1, 744),
  onboardingHoursPerAccount: range(0, 1000),
  impactHoursPerAccountMonth: range(0, 744),
  digitalCoverage: range(0, 1),
  digitalCostPerAccountMonth: range(0, 1e5),
  digitalFixedCostPerYear: range(0, 1e8),
};

export const LEVER_RANGES: Readonly<Record<LeverField, Range>> = {
  onboardingSuccess: range(0, 1),
  monthlyChurn: range(0, 1),
  expansionWinRate: range(0, 1),
  expansionUplift: range(0, 5),
  expansionsPerYear: range(0, 12),
  monthlyContraction: range(0, 1),
  timeToValueMonths: range(0, MAX_TTV_MONTHS),
};

export const GLOBAL_FIELDS = Object.keys(GLOBAL_RANGES) as GlobalField[];
export const TEAM_FIELDS = Object.keys(TEAM_RANGES) as TeamField[];
export const SEGMENT_SCALAR_FIELDS = Object.keys(SEGMENT_RANGES) as SegmentScalarField[];
export const LEVER_FIELDS = Object.keys(LEVER_RANGES) as LeverField[];

/** A segment's CS inputs: the world without a program never reads them. */
export const CS_SEGMENT_FIELDS: readonly SegmentScalarField[] = [
  'csms',
  'csmAnnualCost',
  'csmHoursPerMonth',
  'onboardingHoursPerAccount',
  'impactHoursPerAccountMonth',
  'digitalCoverage',
  'digitalCostPerAccountMonth',
  'digitalFixedCostPerYear',
];

/** Every number of one segment, in the order a person thinks about them. */
export const SEGMENT_INPUTS: readonly SegmentInput[] = [
  'startingAccounts',
  'newAccountsPerMonth',
  'arpa',
  'cac',
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
  'digitalCoverage',
  'digitalCostPerAccountMonth',
  'digitalFixedCostPerYear',
];

export const DEFAULT_TEAM: Readonly<TeamPolicy> = {
  staffing: 'fixed',
  targetCoverage: 1,
  rampMonths: 0,
  csmsPerManager: 8,
  managerAnnualCost: 0,
  toolingPerCsmYear: 0,
};

/**
 * A mid-market B2B SaaS company, its numbers from public benchmarks (docs/presets.md names each source):
 * 400 accounts at 3,000 a month (36k ACV, the 25–50k band), 10 new logos a month, about 13 % monthly-
 * compounded gross revenue loss a year without CS (annual GRR near 87 %, under the ~92 % median of the band,
 * which companies reach with CS), CS cutting churn by three eighths (the "third to two fifths" the
 * benchmark models use), 40 accounts per CSM (1:20–75), 175k a CSM fully loaded (145–210k). The team
 * of ten is right for today's book and too small for the one growing under it.
 */
export const DEFAULT_SEGMENT: Readonly<Segment> = {
  name: 'All accounts',
  startingAccounts: 400,
  newAccountsPerMonth: 10,
  arpa: 3000,
  cac: 35000,
  referralsPerAccountYear: 0.03,
  onboardingSuccess: { base: 0.9, withCs: 0.95 },
  monthlyChurn: { base: 0.008, withCs: 0.005 },
  expansionWinRate: { base: 0.25, withCs: 0.35 },
  expansionUplift: { base: 0.2, withCs: 0.25 },
  expansionsPerYear: { base: 1, withCs: 2 },
  monthlyContraction: { base: 0.003, withCs: 0.002 },
  timeToValueMonths: { base: 3, withCs: 2 },
  csms: 10,
  csmAnnualCost: 175000,
  csmHoursPerMonth: 130,
  onboardingHoursPerAccount: 15,
  impactHoursPerAccountMonth: 2.5,
  digitalCoverage: 0,
  digitalCostPerAccountMonth: 0,
  digitalFixedCostPerYear: 0,
};

export const DEFAULT_ASSUMPTIONS: Readonly<Assumptions> = {
  horizonMonths: 36,
  grossMargin: 0.78,
  annualDiscountRate: 0.1,
  team: DEFAULT_TEAM,
  segments: [DEFAULT_SEGMENT],
};

/** The path of one segment's input: inputPath(2, 'monthlyChurn.withCs') is "segments.2.monthlyChurn.withCs". */
export const inputPath = (segment: number, input: SegmentInput): InputPath => `segments.${segment}.${input}`;

/** What a path points at, read from its words. */
export type PathTarget =
  | { kind: 'global'; field: GlobalField }
  | { kind: 'team'; field: TeamField }
  | { kind: 'segment'; segment: number; field: SegmentScalarField }
  | { kind: 'lever'; segment: number; field: LeverField; side: keyof Lever };

const isOwn = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(table, key);

/** Reads a path's words; null for anything that is not a path to a number of the model. */
export function parsePath(path: string): PathTarget | null {
  const parts = path.split('.');
  const [head, second, third, fourth] = parts;
  if (parts.length === 1 && head !== undefined && isOwn(GLOBAL_RANGES, head))
    return { kind: 'global', field: head };
  if (parts.length === 2 && head === 'team' && second !== undefined && isOwn(TEAM_RANGES, second))
    return { kind: 'team', field: second };
  if (head !== 'segments' || second === undefined || !/^\d$/.test(second) || third === undefined) return null;
  const segment = Number(second);
  if (segment >= MAX_SEGMENTS) return null;
  if (parts.length === 3 && isOwn(SEGMENT_RANGES, third)) return { kind: 'segment', segment, field: third };
  if (parts.length === 4 && isOwn(LEVER_RANGES, third) && (fourth === 'base' || fourth === 'withCs'))
    return { kind: 'lever', segment, field: third, side: fourth };
  return null;
}

function targetOf(path: InputPath): PathTarget {
  const target = parsePath(path);
  if (target === null) throw new Error(`Not an input path: ${path}`);
  return target;
}

export function rangeOf(path: InputPath): Range {
  const t = targetOf(path);
  switch (t.kind) {
    case 'global':
      return GLOBAL_RANGES[t.field];
    case 'team':
      return TEAM_RANGES[t.field];
    case 'segment':
      return SEGMENT_RANGES[t.field];
    case 'lever':
      return LEVER_RANGES[t.field];
  }
}

/** The number at `path`; NaN when the path names a segment the scenario does not have. */
export function readInput(a: Assumptions, path: InputPath): number {
  const t = targetOf(path);
  if (t.kind === 'global') return a[t.field];
  if (t.kind === 'team') return a.team[t.field];
  const segment = a.segments[t.segment];
  if (segment === undefined) return Number.NaN;
  return t.kind === 'segment' ? segment[t.field] : segment[t.field][t.side];
}

/** A copy of `a` with one number replaced; only the parts on the path are copied, the rest is shared. */
export function withInput(a: Assumptions, path: InputPath, value: number): Assumptions {
  const t = targetOf(path);
  if (t.kind === 'global') return { ...a, [t.field]: value };
  if (t.kind === 'team') return { ...a, team: { ...a.team, [t.field]: value } };
  const current = a.segments[t.segment];
  if (current === undefined) return a;
  const next: Segment =
    t.kind === 'segment'
      ? { ...current, [t.field]: value }
      : { ...current, [t.field]: { ...current[t.field], [t.side]: value } };
  return withSegment(a, t.segment, next);
}

/** A copy of `a` with segment `index` replaced. */
export function withSegment(a: Assumptions, index: number, segment: Segment): Assumptions {
  const segments = a.segments.slice();
  segments[index] = segment;
  return { ...a, segments };
}

/** Every number of the scenario, in order: the globals, the team, then each segment's inputs. */
export function inputPaths(a: Assumptions): InputPath[] {
  const paths: InputPath[] = [...GLOBAL_FIELDS, ...TEAM_FIELDS.map((f): InputPath => `team.${f}`)];
  a.segments.forEach((_, i) => {
    for (const input of SEGMENT_INPUTS) paths.push(inputPath(i, input));
  });
  return paths;
}

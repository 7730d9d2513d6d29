import {
  GLOBAL_RANGES,
  LEVER_RANGES,
  rangeOf,
  type Assumptions,
  type GlobalField,
  type InputPath,
  type LeverField,
  type Problem,
  type ProblemField,
  type SegmentInput,
  type SegmentScalarField,
  type Staffing,
  type TeamField,
} from './model/index.ts';
import { count, decimal, money, months, percent, type Formatting } from './format.ts';
import { printable } from './quote-text.ts';

export type Unit = 'money' | 'percent' | 'count' | 'months' | 'hours' | 'perYear';
export type GroupId = 'business' | 'onboarding' | 'retention' | 'expansion' | 'csms' | 'company' | 'team';

export interface InputInfo {
  label: string;
  hint: string;
  unit: Unit;
  group: GroupId;
  /** Slider bounds in model units: a comfortable span, narrower than what can be typed. */
  slider: { min: number; max: number; step: number };
}

/**
 * What the UI calls an input, whichever segment it belongs to: a global ("horizonMonths"), a number of
 * the team policy ("team.rampMonths") or a segment's field ("arpa"; a lever, "monthlyChurn", with both
 * sides). Links' presenter lists and embed attributes name inputs by these keys.
 */
export type InputKey = GlobalField | SegmentScalarField | LeverField | `team.${TeamField}`;

/** One number as the UI calls it: a key, with a lever's side ("monthlyChurn.withCs"). The DOM's `data-input`. */
export type InputName = GlobalField | `team.${TeamField}` | SegmentInput;

const isGlobalOrTeam = (name: string): boolean =>
  Object.hasOwn(GLOBAL_RANGES, name) || name.startsWith('team.');

/** The model's path of the number `name`, in segment `segment` (a global or team number has no segment). */
export const pathOf = (name: InputName, segment: number): InputPath =>
  isGlobalOrTeam(name) ? (name as InputPath) : `segments.${segment}.${name as SegmentInput}`;

const SEGMENT_PREFIX = /^segments\.(\d+)\.?/;

/** The name the UI gives a path ("segments.2.arpa" is "arpa"); "segments" itself stays as it is. */
export const nameOf = (path: ProblemField | InputName): string => path.replace(SEGMENT_PREFIX, '') || path;

/** The segment a path belongs to; null for a global or team path. */
export function segmentOf(path: ProblemField): number | null {
  const match = SEGMENT_PREFIX.exec(path);
  return match ? Number(match[1]) : null;
}

const info = (
  group: GroupId,
  label: string,
  unit: Unit,
  slider: [number, number, number],
  hint: string,
): InputInfo => ({ group, label, unit, hint, slider: { min: slider[0], max: slider[1], step: slider[2] } });

export const CATALOG: Readonly<Record<InputKey, InputInfo>> = {
  horizonMonths: info('company', 'Horizon', 'months', [6, 120, 1], 'How many months the projection runs.'),
  startingAccounts: info(
    'business',
    'Customer accounts today',
    'count',
    [0, 5000, 10],
    'Paying accounts at month 0, all onboarded.',
  ),
  newAccountsPerMonth: info(
    'business',
    'New accounts a month',
    'count',
    [0, 500, 1],
    'Paid new logos won each month.',
  ),
  arpa: info(
    'business',
    'Revenue per account (MRR)',
    'money',
    [0, 20000, 50],
    'Monthly recurring revenue of a new account.',
  ),
  cac: info(
    'business',
    'Acquisition cost (CAC)',
    'money',
    [0, 100000, 500],
    'Sales and marketing cost of one new paid account.',
  ),
  grossMargin: info(
    'company',
    'Gross margin',
    'percent',
    [0, 1, 0.01],
    'Share of revenue kept after the cost of serving it.',
  ),
  annualDiscountRate: info(
    'company',
    'Discount rate (a year)',
    'percent',
    [0, 0.3, 0.005],
    'Used only for NPV: what money later is worth today.',
  ),
  onboardingSuccess: info(
    'onboarding',
    'Onboarding success (CR5)',
    'percent',
    [0, 1, 0.01],
    'Share of new accounts that reach first value; the rest leave.',
  ),
  timeToValueMonths: info(
    'onboarding',
    'Time to value',
    'months',
    [0, 24, 1],
    'Months from signing until onboarding succeeds or fails.',
  ),
  monthlyChurn: info(
    'retention',
    'Logo churn (CR6)',
    'percent',
    [0, 0.15, 0.001],
    'Share of onboarded accounts lost each month.',
  ),
  monthlyContraction: info(
    'retention',
    'Contraction a month',
    'percent',
    [0, 0.05, 0.0005],
    'Downgrades: share of onboarded MRR lost each month.',
  ),
  expansionWinRate: info(
    'expansion',
    'Expansion win rate (CR7)',
    'percent',
    [0, 1, 0.01],
    'Share of accounts that expand at an expansion opportunity.',
  ),
  expansionUplift: info(
    'expansion',
    'Expansion size',
    'percent',
    [0, 1, 0.01],
    'MRR increase of one successful expansion.',
  ),
  expansionsPerYear: info(
    'expansion',
    'Expansion opportunities a year',
    'perYear',
    [0, 12, 0.5],
    'How often each account is offered more: renewal only is 1.',
  ),
  referralsPerAccountYear: info(
    'expansion',
    'Referrals per account a year',
    'count',
    [0, 0.5, 0.01],
    'New accounts each onboarded account refers a year, with no CAC.',
  ),
  csms: info('csms', 'CSMs', 'count', [0, 60, 1], 'Customer Success Managers on the team today.'),
  csmAnnualCost: info(
    'csms',
    'Cost of one CSM (a year)',
    'money',
    [0, 300000, 1000],
    'Salary, benefits and taxes of one CSM; their managers and tools are counted below.',
  ),
  csmHoursPerMonth: info(
    'csms',
    'Productive hours per CSM a month',
    'hours',
    [1, 200, 1],
    'Hours a CSM spends with customers, not in meetings.',
  ),
  onboardingHoursPerAccount: info(
    'csms',
    'Onboarding hours per new account',
    'hours',
    [0, 80, 1],
    'CSM time to onboard one account, in its first month.',
  ),
  impactHoursPerAccountMonth: info(
    'csms',
    'Hours per account a month',
    'hours',
    [0, 10, 0.1],
    'CSM time each account needs monthly to keep getting value.',
  ),
  'team.targetCoverage': info(
    'team',
    'Hiring target (coverage)',
    'percent',
    [0, 1, 0.01],
    'With hiring to coverage: the share of the CSM hours needed that new hires provide.',
  ),
  'team.rampMonths': info(
    'team',
    'Ramp-up of a new CSM',
    'months',
    [0, 12, 1],
    'Months before a new hire gives hours; they are paid from the month they join.',
  ),
  'team.csmsPerManager': info(
    'team',
    'CSMs per manager',
    'count',
    [1, 20, 1],
    'How many CSMs one CS manager leads.',
  ),
  'team.managerAnnualCost': info(
    'team',
    'Cost of one CS manager (a year)',
    'money',
    [0, 300000, 1000],
    'Fully loaded; 0 leaves management out of the CS cost.',
  ),
  'team.toolingPerCsmYear': info(
    'team',
    'Tools and operations per CSM (a year)',
    'money',
    [0, 30000, 100],
    'CS platform seats and operations, per CSM.',
  ),
  digitalCoverage: info(
    'csms',
    'Digital program reach',
    'percent',
    [0, 1, 0.01],
    'Share of the full CS effect that tech-touch (email, in-app, webinars) gives every account, with no CSM hours.',
  ),
  digitalCostPerAccountMonth: info(
    'csms',
    'Digital cost per account a month',
    'money',
    [0, 50, 0.5],
    'What the digital program costs for each account it serves.',
  ),
  digitalFixedCostPerYear: info(
    'csms',
    'Digital platform cost (a year)',
    'money',
    [0, 200000, 1000],
    'The digital program’s fixed cost, whatever the number of accounts.',
  ),
};

export interface InputGroup {
  id: GroupId;
  title: string;
  /** A segment's inputs (shown for the segment on screen) or the whole organisation's. */
  scope: 'segment' | 'organisation';
  fields: readonly InputKey[];
  /** A titled part of the group (the team's digital program). */
  part?: { title: string; fields: readonly InputKey[] };
}

/** The team policy's one word, as the UI names it. */
export const STAFFING_LABEL = 'CS staffing';
export const STAFFING_NAMES: Readonly<Record<Staffing, string>> = {
  fixed: 'Keep the team as it is',
  hireToCoverage: 'Hire to keep coverage',
};

export const GROUPS: readonly InputGroup[] = [
  {
    id: 'business',
    title: 'The business',
    scope: 'segment',
    fields: ['startingAccounts', 'newAccountsPerMonth', 'arpa', 'cac'],
  },
  {
    id: 'onboarding',
    title: 'Onboarding',
    scope: 'segment',
    fields: ['onboardingSuccess', 'timeToValueMonths'],
  },
  { id: 'retention', title: 'Retention', scope: 'segment', fields: ['monthlyChurn', 'monthlyContraction'] },
  {
    id: 'expansion',
    title: 'Expansion',
    scope: 'segment',
    fields: ['expansionWinRate', 'expansionUplift', 'expansionsPerYear', 'referralsPerAccountYear'],
  },
  {
    id: 'csms',
    title: 'CSMs',
    scope: 'segment',
    fields: [
      'csms',
      'csmAnnualCost',
      'csmHoursPerMonth',
      'onboardingHoursPerAccount',
      'impactHoursPerAccountMonth',
    ],
    part: {
      title: 'Digital program',
      fields: ['digitalCoverage', 'digitalCostPerAccountMonth', 'digitalFixedCostPerYear'],
    },
  },
  {
    id: 'company',
    title: 'The company',
    scope: 'organisation',
    fields: ['grossMargin', 'horizonMonths', 'annualDiscountRate'],
  },
  {
    id: 'team',
    title: 'The CS team',
    scope: 'organisation',
    fields: [
      'team.targetCoverage',
      'team.rampMonths',
      'team.csmsPerManager',
      'team.managerAnnualCost',
      'team.toolingPerCsmYear',
    ],
  },
];

/** Every key of a group, its part's included. */
export const groupFields = (g: InputGroup): readonly InputKey[] => [...g.fields, ...(g.part?.fields ?? [])];

export const isLeverKey = (key: InputKey): key is LeverField => key in LEVER_RANGES;

/** Input names from a link or an embed attribute: the known fields (once each, in order) and the rest. */
export function catalogFields(names: Iterable<string>): { fields: InputKey[]; unknown: string[] } {
  const fields: InputKey[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    if (!Object.hasOwn(CATALOG, name)) unknown.push(name);
    else if (!fields.includes(name as InputKey)) fields.push(name as InputKey);
  }
  return { fields, unknown };
}

/** The catalog key of a path or an input name: "segments.0.monthlyChurn.withCs" is "monthlyChurn". */
function keyOf(path: InputPath | InputName): InputKey {
  const name = nameOf(path);
  return (name.startsWith('team.') ? name : name.split('.')[0]) as InputKey;
}

export function infoOf(path: InputPath | InputName): InputInfo {
  return CATALOG[keyOf(path)];
}

/** "Logo churn (CR6), with CS" */
export function labelOf(path: InputPath | InputName): string {
  const label = infoOf(path).label;
  const side = /\.(base|withCs)$/.exec(path)?.[1];
  return side === undefined ? label : `${label}, ${side === 'base' ? 'without CS' : 'with CS'}`;
}

/**
 * "Logo churn (CR6), with CS", or with several segments "Mid-market pooled: Logo churn (CR6), with CS":
 * an input's label with the name of the segment it belongs to, wherever a view shows inputs of a segment.
 */
export function namedLabelOf(path: InputPath, a: Assumptions): string {
  const segment = segmentOf(path);
  const name = segment === null || a.segments.length < 2 ? undefined : a.segments[segment]?.name;
  return name === undefined ? labelOf(path) : `${name}: ${labelOf(path)}`;
}

/** A model value in the unit a person reads it in. */
export function formatInput(path: InputPath, value: number, fmt: Formatting): string {
  switch (infoOf(path).unit) {
    case 'money':
      return money(fmt, value);
    case 'percent':
      return percent(fmt, value, value !== 0 && Math.abs(value) < 0.1 ? 2 : 1);
    case 'months':
      return months(fmt, value);
    case 'hours':
      return `${decimal(fmt, value, 1)} h`;
    case 'perYear':
      return `${decimal(fmt, value, 1)} a year`;
    case 'count':
      return rangeOf(path).integer ? decimal(fmt, value, 0) : count(fmt, value);
  }
}

/** What validation changed, as one text of plain sentences (empty when it changed nothing). */
export const explainProblems = (problems: readonly Problem[], fmt: Formatting): string =>
  problems.map((p) => explainProblem(p, fmt)).join(' ');

/**
 * One plain sentence for one validation change. `names`, the validated scenario's segment names, lets a
 * sentence about a segment's input name the segment.
 */
export function explainProblem(p: Problem, fmt: Formatting, names: readonly string[] = []): string {
  const segment = segmentOf(p.field);
  // NOTE: with one segment sentences name the input alone, as before segments; with several, a segment's
  // input is named with its segment's name, or its number where the name is not known (or is the problem).
  const named = segment === null || names.length < 2 ? undefined : names[segment];
  const where =
    named !== undefined && nameOf(p.field) !== 'name'
      ? `${named}: `
      : segment !== null && segment > 0
        ? `Segment ${segment + 1}: `
        : '';
  // The given value is a link's or a file's text: its unseen characters (bidi overrides, NUL) are spelled out.
  const given = printable(p.given);
  if (p.field === 'segments') {
    return p.kind === 'too-many-segments'
      ? `The scenario had ${given}; the calculator takes ${p.used}, so the first ${p.used} are kept.`
      : 'The scenario had no segments, so the default one is used.';
  }
  if (p.field === 'team') {
    return `The team policy was ${given}, not a policy, so the default team (fixed, no other cost) is used.`;
  }
  if (p.field === 'team.staffing') {
    const used = STAFFING_NAMES[p.used as Staffing] ?? p.used;
    return `Staffing: ${given} is not a staffing policy, so “${used}” is used.`;
  }
  if (typeof p.used === 'string' || nameOf(p.field) === 'name') {
    const renamed = `segment name ${given} is shown as "${printable(String(p.used))}".`;
    return where ? `${where}the ${renamed}` : `The ${renamed}`;
  }
  const path = p.field as InputPath;
  const label = `${where}${labelOf(path)}`;
  const used = formatInput(path, p.used, fmt);
  // A number out of range is said in the unit and number format the person reads (150 %, not 1.5; 1,5 in
  // German), as it would show in its field.
  const asNumber = Number(p.given.replace(/^"(.*)"$/, '$1'));
  const inUnits =
    p.given.trim() !== '' && Number.isFinite(asNumber) ? formatInput(path, asNumber, fmt) : given;
  switch (p.kind) {
    case 'missing':
      return `${label} was missing, so the default ${used} is used.`;
    case 'not-a-number':
      return `${label}: ${given} is not a number, so the default ${used} is used.`;
    case 'negligible':
      return `${label}: ${given} is too small to mean anything, so ${used} is used.`;
    case 'below-minimum':
      return `${label}: ${inUnits} is below the lowest allowed value, so ${used} is used.`;
    case 'above-maximum':
      return `${label}: ${inUnits} is above the highest allowed value, so ${used} is used.`;
    case 'not-whole':
      return `${label} must be a whole number, so ${used} is used.`;
    default:
      return `${label}: ${given} ${p.reason}.`;
  }
}

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
import { words } from './i18n/words.ts';
import { plural } from './i18n/plural.ts';

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

/** An input's label and hint, read from the words of the page's language each time they are asked for. */
const info = (key: InputKey, group: GroupId, unit: Unit, slider: [number, number, number]): InputInfo => ({
  group,
  unit,
  slider: { min: slider[0], max: slider[1], step: slider[2] },
  get label() {
    return words().inputs.fields[key].label;
  },
  get hint() {
    return words().inputs.fields[key].hint;
  },
});

export const CATALOG: Readonly<Record<InputKey, InputInfo>> = {
  horizonMonths: info('horizonMonths', 'company', 'months', [6, 120, 1]),
  startingAccounts: info('startingAccounts', 'business', 'count', [0, 5000, 10]),
  newAccountsPerMonth: info('newAccountsPerMonth', 'business', 'count', [0, 500, 1]),
  arpa: info('arpa', 'business', 'money', [0, 20000, 50]),
  cac: info('cac', 'business', 'money', [0, 100000, 500]),
  grossMargin: info('grossMargin', 'company', 'percent', [0, 1, 0.01]),
  annualDiscountRate: info('annualDiscountRate', 'company', 'percent', [0, 0.3, 0.005]),
  onboardingSuccess: info('onboardingSuccess', 'onboarding', 'percent', [0, 1, 0.01]),
  timeToValueMonths: info('timeToValueMonths', 'onboarding', 'months', [0, 24, 1]),
  monthlyChurn: info('monthlyChurn', 'retention', 'percent', [0, 0.15, 0.001]),
  monthlyContraction: info('monthlyContraction', 'retention', 'percent', [0, 0.05, 0.0005]),
  expansionWinRate: info('expansionWinRate', 'expansion', 'percent', [0, 1, 0.01]),
  expansionUplift: info('expansionUplift', 'expansion', 'percent', [0, 1, 0.01]),
  expansionsPerYear: info('expansionsPerYear', 'expansion', 'perYear', [0, 12, 0.5]),
  referralsPerAccountYear: info('referralsPerAccountYear', 'expansion', 'count', [0, 0.5, 0.01]),
  csms: info('csms', 'csms', 'count', [0, 60, 1]),
  csmAnnualCost: info('csmAnnualCost', 'csms', 'money', [0, 300000, 1000]),
  csmHoursPerMonth: info('csmHoursPerMonth', 'csms', 'hours', [1, 200, 1]),
  onboardingHoursPerAccount: info('onboardingHoursPerAccount', 'csms', 'hours', [0, 80, 1]),
  impactHoursPerAccountMonth: info('impactHoursPerAccountMonth', 'csms', 'hours', [0, 10, 0.1]),
  'team.targetCoverage': info('team.targetCoverage', 'team', 'percent', [0, 1, 0.01]),
  'team.rampMonths': info('team.rampMonths', 'team', 'months', [0, 12, 1]),
  'team.csmsPerManager': info('team.csmsPerManager', 'team', 'count', [1, 20, 1]),
  'team.managerAnnualCost': info('team.managerAnnualCost', 'team', 'money', [0, 300000, 1000]),
  'team.toolingPerCsmYear': info('team.toolingPerCsmYear', 'team', 'money', [0, 30000, 100]),
  digitalCoverage: info('digitalCoverage', 'csms', 'percent', [0, 1, 0.01]),
  digitalCostPerAccountMonth: info('digitalCostPerAccountMonth', 'csms', 'money', [0, 50, 0.5]),
  digitalFixedCostPerYear: info('digitalFixedCostPerYear', 'csms', 'money', [0, 200000, 1000]),
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
export const staffingLabel = (): string => words().inputs.staffing.label;
/** A staffing policy as the UI names it. */
export const staffingName = (staffing: Staffing): string => words().inputs.staffing[staffing];

export const GROUPS: readonly InputGroup[] = [
  {
    id: 'business',
    get title() {
      return words().inputs.groups.business;
    },
    scope: 'segment',
    fields: ['startingAccounts', 'newAccountsPerMonth', 'arpa', 'cac'],
  },
  {
    id: 'onboarding',
    get title() {
      return words().inputs.groups.onboarding;
    },
    scope: 'segment',
    fields: ['onboardingSuccess', 'timeToValueMonths'],
  },
  {
    id: 'retention',
    get title() {
      return words().inputs.groups.retention;
    },
    scope: 'segment',
    fields: ['monthlyChurn', 'monthlyContraction'],
  },
  {
    id: 'expansion',
    get title() {
      return words().inputs.groups.expansion;
    },
    scope: 'segment',
    fields: ['expansionWinRate', 'expansionUplift', 'expansionsPerYear', 'referralsPerAccountYear'],
  },
  {
    id: 'csms',
    get title() {
      return words().inputs.groups.csms;
    },
    scope: 'segment',
    fields: [
      'csms',
      'csmAnnualCost',
      'csmHoursPerMonth',
      'onboardingHoursPerAccount',
      'impactHoursPerAccountMonth',
    ],
    part: {
      get title() {
        return words().inputs.digitalPart;
      },
      fields: ['digitalCoverage', 'digitalCostPerAccountMonth', 'digitalFixedCostPerYear'],
    },
  },
  {
    id: 'company',
    get title() {
      return words().inputs.groups.company;
    },
    scope: 'organisation',
    fields: ['grossMargin', 'horizonMonths', 'annualDiscountRate'],
  },
  {
    id: 'team',
    get title() {
      return words().inputs.groups.team;
    },
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
  const side = /\.(base|withCs)$/.exec(path)?.[1] as 'base' | 'withCs' | undefined;
  return side === undefined ? label : words().inputs.sideLabel[side](label);
}

/**
 * "Logo churn (CR6), with CS", or with several segments "Mid-market pooled: Logo churn (CR6), with CS":
 * an input's label with the name of the segment it belongs to, wherever a view shows inputs of a segment.
 */
export function namedLabelOf(path: InputPath, a: Assumptions): string {
  const segment = segmentOf(path);
  const name = segment === null || a.segments.length < 2 ? undefined : a.segments[segment]?.name;
  return name === undefined ? labelOf(path) : words().inputs.inSegment(name, labelOf(path));
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
      return words().inputs.hours(decimal(fmt, value, 1));
    case 'perYear':
      return words().inputs.perYear(decimal(fmt, value, 1));
    case 'count':
      return rangeOf(path).integer ? decimal(fmt, value, 0) : count(fmt, value);
  }
}

/** What validation changed, as one text of plain sentences (empty when it changed nothing). */
export const explainProblems = (problems: readonly Problem[], fmt: Formatting): string =>
  problems.map((p) => explainProblem(p, fmt)).join(' ');

/** The given value of a Problem as a person reads it: the model's words for what is no text or number translated. */
function givenText(given: string): string {
  const w = words().inputs.problems.given;
  if (given === 'nothing') return w.nothing;
  if (given === 'empty') return w.empty;
  if (given === 'a list') return w.list;
  // A value of some other type, which the model calls "a object", "a function"...
  if (/^an? [a-z]+$/.test(given)) return w.other;
  // The given value is a link's or a file's text: its unseen characters (bidi overrides, NUL) are spelled out.
  // A text the model quoted is quoted as the page's language quotes what was given.
  const quoted = /^"(.*)"$/s.exec(given);
  return quoted ? words().inputs.problems.quoted(printable(quoted[1]!)) : printable(given);
}

/**
 * One plain sentence for one validation change, phrased by its kind in the page's language (the model's
 * English `reason` is not shown). `names`, the validated scenario's segment names, lets a sentence about a
 * segment's input name the segment.
 */
export function explainProblem(p: Problem, fmt: Formatting, names: readonly string[] = []): string {
  const w = words().inputs;
  const segment = segmentOf(p.field);
  // NOTE: with one segment sentences name the input alone, as before segments; with several, a segment's
  // input is named with its segment's name, or its number where the name is not known (or is the problem).
  const named = segment === null || names.length < 2 ? undefined : names[segment];
  const where =
    named !== undefined && nameOf(p.field) !== 'name'
      ? named
      : segment !== null && segment > 0
        ? w.segments.numbered(decimal(fmt, segment + 1, 0))
        : undefined;
  const given = givenText(p.given);
  switch (p.kind) {
    case 'too-many-segments': {
      // The model gives the count as "12 segments".
      const had = Number.parseInt(p.given, 10);
      const used = decimal(fmt, Number(p.used), 0);
      return w.problems.tooManySegments(plural(had, decimal(fmt, had, 0), w.problems.segmentCount), used);
    }
    case 'no-segments':
      return w.problems.noSegments;
    case 'not-a-team':
      return w.problems.notATeam(given);
    case 'unknown-word':
      return w.problems.unknownStaffing(given, staffingName(p.used as Staffing));
    case 'name-changed': {
      const used = printable(String(p.used));
      return where ? w.problems.nameChangedIn(where, given, used) : w.problems.nameChanged(given, used);
    }
  }
  const path = p.field as InputPath;
  const label = where ? w.inSegment(where, labelOf(path)) : labelOf(path);
  const used = formatInput(path, Number(p.used), fmt);
  // A number out of range is said in the unit and number format the person reads (150 %, not 1.5; 1,5 in
  // German), as it would show in its field.
  const asNumber = Number(p.given.replace(/^"(.*)"$/, '$1'));
  const inUnits =
    p.given.trim() !== '' && Number.isFinite(asNumber) ? formatInput(path, asNumber, fmt) : given;
  switch (p.kind) {
    case 'missing':
      return w.problems.missing(label, used);
    case 'not-a-number':
      return w.problems.notANumber(label, given, used);
    case 'negligible':
      return w.problems.negligible(label, given, used);
    case 'below-minimum':
      return w.problems.belowMinimum(label, inUnits, used);
    case 'above-maximum':
      return w.problems.aboveMaximum(label, inUnits, used);
    case 'not-whole':
      return w.problems.notWhole(label, used);
  }
}

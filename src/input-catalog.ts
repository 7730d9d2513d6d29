import {
  LEVER_RANGES,
  rangeOf,
  type Assumptions,
  type InputPath,
  type LeverField,
  type Problem,
} from './model/index.ts';
import { count, decimal, money, months, percent, type Formatting } from './format.ts';
import { printable } from './store/quote-text.ts';

export type Unit = 'money' | 'percent' | 'count' | 'months' | 'hours' | 'perYear';
export type GroupId = 'business' | 'onboarding' | 'retention' | 'expansion' | 'team';

export interface InputInfo {
  label: string;
  hint: string;
  unit: Unit;
  group: GroupId;
  /** Slider bounds in model units: a comfortable span, narrower than what can be typed. */
  slider: { min: number; max: number; step: number };
}

/** A field of the assumptions: a scalar, or a lever with its two sides. */
export type CatalogKey = keyof Assumptions;

const info = (
  group: GroupId,
  label: string,
  unit: Unit,
  slider: [number, number, number],
  hint: string,
): InputInfo => ({ group, label, unit, hint, slider: { min: slider[0], max: slider[1], step: slider[2] } });

export const CATALOG: Readonly<Record<CatalogKey, InputInfo>> = {
  horizonMonths: info('business', 'Horizon', 'months', [6, 120, 1], 'How many months the projection runs.'),
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
    'business',
    'Gross margin',
    'percent',
    [0, 1, 0.01],
    'Share of revenue kept after the cost of serving it.',
  ),
  annualDiscountRate: info(
    'business',
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
  csms: info('team', 'CSMs', 'count', [0, 60, 1], 'Customer Success Managers on the team today.'),
  csmAnnualCost: info(
    'team',
    'Cost of one CSM (a year)',
    'money',
    [0, 300000, 1000],
    'Fully loaded: salary, benefits, tools, management.',
  ),
  csmHoursPerMonth: info(
    'team',
    'Productive hours per CSM a month',
    'hours',
    [1, 200, 1],
    'Hours a CSM spends with customers, not in meetings.',
  ),
  onboardingHoursPerAccount: info(
    'team',
    'Onboarding hours per new account',
    'hours',
    [0, 80, 1],
    'CSM time to onboard one account, in its first month.',
  ),
  impactHoursPerAccountMonth: info(
    'team',
    'Hours per account a month',
    'hours',
    [0, 10, 0.1],
    'CSM time each account needs monthly to keep getting value.',
  ),
};

export const GROUPS: readonly { id: GroupId; title: string; fields: readonly CatalogKey[] }[] = [
  {
    id: 'business',
    title: 'The business',
    fields: [
      'startingAccounts',
      'newAccountsPerMonth',
      'arpa',
      'cac',
      'grossMargin',
      'horizonMonths',
      'annualDiscountRate',
    ],
  },
  { id: 'onboarding', title: 'Onboarding', fields: ['onboardingSuccess', 'timeToValueMonths'] },
  { id: 'retention', title: 'Retention', fields: ['monthlyChurn', 'monthlyContraction'] },
  {
    id: 'expansion',
    title: 'Expansion',
    fields: ['expansionWinRate', 'expansionUplift', 'expansionsPerYear', 'referralsPerAccountYear'],
  },
  {
    id: 'team',
    title: 'The CS team',
    fields: [
      'csms',
      'csmAnnualCost',
      'csmHoursPerMonth',
      'onboardingHoursPerAccount',
      'impactHoursPerAccountMonth',
    ],
  },
];

export const isLeverKey = (key: CatalogKey): key is LeverField => key in LEVER_RANGES;

/** Input names from a link or an embed attribute: the known fields (once each, in order) and the rest. */
export function catalogFields(names: Iterable<string>): { fields: CatalogKey[]; unknown: string[] } {
  const fields: CatalogKey[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    if (!Object.hasOwn(CATALOG, name)) unknown.push(name);
    else if (!fields.includes(name as CatalogKey)) fields.push(name as CatalogKey);
  }
  return { fields, unknown };
}

export function infoOf(path: InputPath): InputInfo {
  return CATALOG[path.split('.')[0] as CatalogKey];
}

/** "Logo churn (CR6), with CS" */
export function labelOf(path: InputPath): string {
  const [, side] = path.split('.');
  const label = infoOf(path).label;
  return side === undefined ? label : `${label}, ${side === 'base' ? 'without CS' : 'with CS'}`;
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

/** One plain sentence for one validation change. */
export function explainProblem(p: Problem, fmt: Formatting): string {
  const label = labelOf(p.field);
  const used = formatInput(p.field, p.used, fmt);
  // The given value is a link's or a file's text: its unseen characters (bidi overrides, NUL) are spelled out.
  const given = printable(p.given);
  switch (p.kind) {
    case 'missing':
      return `${label} was missing, so the default ${used} is used.`;
    case 'not-a-number':
      return `${label}: ${given} is not a number, so the default ${used} is used.`;
    case 'negligible':
      return `${label}: ${given} is too small to mean anything, so ${used} is used.`;
    case 'below-minimum':
      return `${label}: ${given} is below the lowest allowed value, so ${used} is used.`;
    case 'above-maximum':
      return `${label}: ${given} is above the highest allowed value, so ${used} is used.`;
    case 'not-whole':
      return `${label} must be a whole number, so ${used} is used.`;
  }
}

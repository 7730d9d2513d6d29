import {
  DEFAULT_ASSUMPTIONS,
  type Assumptions,
  type GlobalField,
  type Lever,
  type Segment,
} from '../model/index.ts';
import { THREE_TIER_PRESET } from './three-tier-preset.ts';

export interface Preset {
  id: string;
  label: string;
  description: string;
  assumptions: Assumptions;
}

const same = (value: number): Lever => ({ base: value, withCs: value });

/** A scenario's numbers written flat, the way a one-segment book reads: globals and segment fields side by side. */
type FlatFields = Partial<Record<GlobalField, number> & Omit<Segment, 'name'>>;

/** `base` (a one-segment scenario) with `fields` changed, in its globals or its one segment. */
export function oneSegment(base: Assumptions, fields: FlatFields): Assumptions {
  const { horizonMonths, grossMargin, annualDiscountRate, ...segment } = fields;
  return {
    horizonMonths: horizonMonths ?? base.horizonMonths,
    grossMargin: grossMargin ?? base.grossMargin,
    annualDiscountRate: annualDiscountRate ?? base.annualDiscountRate,
    team: base.team,
    segments: [{ ...base.segments[0]!, ...segment }],
  };
}

/**
 * The article's race: Company A buys 100 accounts a month and loses 10 % of them monthly; Company B
 * buys 50 and loses 5 %. Both pay 50 a month and cost 100 to acquire. No CS program in either:
 * the difference is all in the retention they run at.
 */
export const RACE_COMPANY_A: Assumptions = oneSegment(DEFAULT_ASSUMPTIONS, {
  horizonMonths: 120,
  startingAccounts: 0,
  newAccountsPerMonth: 100,
  arpa: 50,
  cac: 100,
  grossMargin: 1,
  referralsPerAccountYear: 0,
  onboardingSuccess: same(1),
  monthlyChurn: same(0.1),
  expansionWinRate: same(0),
  expansionUplift: same(0),
  expansionsPerYear: same(0),
  monthlyContraction: same(0),
  timeToValueMonths: same(0),
  csms: 0,
});

export const RACE_COMPANY_B: Assumptions = oneSegment(RACE_COMPANY_A, {
  newAccountsPerMonth: 50,
  monthlyChurn: same(0.05),
});

export const PRESETS: readonly Preset[] = [
  {
    id: 'typical',
    label: 'Typical mid-market SaaS',
    description: '400 accounts at 2,000 a month, 20 new a month, a CS team of five stretched by growth.',
    assumptions: DEFAULT_ASSUMPTIONS,
  },
  {
    id: 'understaffed',
    label: 'Understaffed CS team',
    description: '1,200 accounts and three CSMs: most accounts never hear from CS.',
    assumptions: oneSegment(DEFAULT_ASSUMPTIONS, {
      startingAccounts: 1200,
      newAccountsPerMonth: 40,
      arpa: 900,
      cac: 8000,
      csms: 3,
      csmAnnualCost: 110000,
    }),
  },
  {
    id: 'expansion',
    label: 'High-frequency expansion',
    description: 'Usage-based pricing: CS runs an expansion conversation every quarter, not once at renewal.',
    assumptions: oneSegment(DEFAULT_ASSUMPTIONS, {
      expansionWinRate: { base: 0.15, withCs: 0.3 },
      expansionUplift: { base: 0.1, withCs: 0.12 },
      expansionsPerYear: { base: 1, withCs: 4 },
      csms: 8,
    }),
  },
  {
    id: 'race',
    label: 'Acquisition vs retention race',
    description:
      'Company A from the article: 100 new accounts a month at 10 % monthly churn. A CS program that brings churn to Company B’s 5 %.',
    assumptions: oneSegment(RACE_COMPANY_A, {
      monthlyChurn: { base: 0.1, withCs: 0.05 },
      csms: 6,
      csmAnnualCost: 60000,
      csmHoursPerMonth: 140,
      onboardingHoursPerAccount: 1,
      impactHoursPerAccountMonth: 0.5,
    }),
  },
  THREE_TIER_PRESET,
];

export const presetById = (id: string): Preset | undefined => PRESETS.find((p) => p.id === id);

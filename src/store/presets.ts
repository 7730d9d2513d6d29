import {
  DEFAULT_ASSUMPTIONS,
  type Assumptions,
  type GlobalField,
  type Lever,
  type Segment,
} from '../model/index.ts';
import { THREE_TIER_ASSUMPTIONS } from './three-tier-preset.ts';
import { SEGMENT_TEMPLATES } from './segment-templates.ts';
import { withNames } from './made-names.ts';
import { words } from '../i18n/words.ts';
import type { InputsWords } from '../i18n/messages/en/inputs.ts';

/** Where a preset's number comes from: a published source, its year, and what was taken from it. */
export interface PresetSource {
  name: string;
  /** The year of the source; null for this project's own choice. */
  year: number | null;
  took: string;
}

export interface Preset {
  readonly id: PresetId;
  /** The label, description and segment names are the page's language's, read when asked for. */
  readonly label: string;
  readonly description: string;
  readonly assumptions: Assumptions;
  /** Where its numbers come from, shown in the methodology and in docs/presets.md. */
  readonly sources: readonly PresetSource[];
}

type PresetId = keyof InputsWords['presets'];

/** A one-segment preset's segment is named as the default scenario's. */
const oneSegmentNames = (): readonly string[] => [words().inputs.segments.all];

const preset = (
  id: PresetId,
  assumptions: Assumptions,
  sources: readonly PresetSource[],
  names: () => readonly string[] = oneSegmentNames,
): Preset => ({
  id,
  get label() {
    return words().inputs.presets[id].label;
  },
  get description() {
    return words().inputs.presets[id].description;
  },
  get assumptions() {
    return withNames(assumptions, names());
  },
  sources,
});

const SAAS_CAPITAL =
  'SaaS Capital retention benchmarks (as reported by alexisfairbanks.com and saasventurecapital.com)';
const CSM_RATIOS = 'CSM-to-customer ratios, lyniro.com';
const CSM_COST = 'CSM fully loaded cost, metricrig.com';
const CSM_HOURS = 'CSM capacity planning, cynthiabalusek.com';
const BESSEMER = 'Bessemer Venture Partners, “Law 6: build a revenue engine”';
const CS_SPEND = 'CS spend as a share of revenue, humanr.ai';
const OWN = 'This project’s judgement';

/** Sources shared by every contract-size preset: hours, CS spend and the size of CS's effect. */
const COMMON_SOURCES: readonly PresetSource[] = [
  { name: CSM_HOURS, year: 2017, took: 'about 130 productive hours per CSM a month' },
  {
    name: CS_SPEND,
    year: null,
    took: 'CS spend near 10 % of revenue, 15 % of ARR as a ceiling (a check, not an input)',
  },
  {
    name: OWN,
    year: null,
    took: 'CS cuts monthly churn by three eighths to two fifths and lifts expansion: no public study measures a CS program’s effect; these stay under the cautions the app shows (churn cut by half, NRR up 15 points)',
  },
];

const MID_MARKET_SOURCES: readonly PresetSource[] = [
  {
    name: SAAS_CAPITAL,
    year: 2023,
    took: 'ACV 25–50k: median NRR about 103 %, GRR about 92 %; 36k ACV, 3,000 a month',
  },
  { name: CSM_RATIOS, year: null, took: '1:20–75 accounts per CSM in mid-market: 40 today' },
  { name: CSM_COST, year: null, took: '145–210k a CSM a year fully loaded: 175k' },
  { name: BESSEMER, year: null, took: 'CAC payback 6–18 months: 35k CAC is 15 months of gross margin' },
  ...COMMON_SOURCES,
];

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
  preset('typical', DEFAULT_ASSUMPTIONS, MID_MARKET_SOURCES),
  preset(
    'smb',
    oneSegment(DEFAULT_ASSUMPTIONS, {
      startingAccounts: 3000,
      newAccountsPerMonth: 100,
      arpa: 500,
      cac: 5000,
      onboardingSuccess: { base: 0.85, withCs: 0.9 },
      monthlyChurn: { base: 0.012, withCs: 0.0075 },
      monthlyContraction: { base: 0.002, withCs: 0.0015 },
      expansionWinRate: { base: 0.15, withCs: 0.25 },
      expansionUplift: same(0.3),
      expansionsPerYear: { base: 1, withCs: 2 },
      timeToValueMonths: { base: 2, withCs: 1 },
      csms: 10,
      csmAnnualCost: 145000,
      onboardingHoursPerAccount: 1,
      impactHoursPerAccountMonth: 0.4,
    }),
    [
      {
        name: SAAS_CAPITAL,
        year: 2023,
        took: 'ACV under 12k: median NRR about 100 %, GRR about 90 %; 6k ACV, 500 a month',
      },
      { name: CSM_RATIOS, year: null, took: '1:100–500 accounts per pooled SMB CSM: 300 today' },
      { name: CSM_COST, year: null, took: '145–210k fully loaded, pooled SMB CSMs often lower: 145k' },
      { name: BESSEMER, year: null, took: 'CAC payback 6–18 months for SMB: 5k CAC is 13 months' },
      ...COMMON_SOURCES,
    ],
  ),
  preset(
    'enterprise',
    oneSegment(DEFAULT_ASSUMPTIONS, {
      startingAccounts: 100,
      newAccountsPerMonth: 2,
      arpa: 12000,
      cac: 150000,
      onboardingSuccess: { base: 0.92, withCs: 0.97 },
      monthlyChurn: { base: 0.005, withCs: 0.003 },
      monthlyContraction: { base: 0.002, withCs: 0.0015 },
      expansionWinRate: { base: 0.35, withCs: 0.5 },
      expansionUplift: { base: 0.2, withCs: 0.25 },
      expansionsPerYear: { base: 1, withCs: 2 },
      timeToValueMonths: { base: 5, withCs: 3 },
      csms: 8,
      csmAnnualCost: 210000,
      onboardingHoursPerAccount: 40,
      impactHoursPerAccountMonth: 10,
    }),
    [
      {
        name: SAAS_CAPITAL,
        year: 2023,
        took: 'ACV above 100k: median NRR about 107–110 %, GRR about 93 %; 144k ACV, 12,000 a month',
      },
      { name: CSM_RATIOS, year: null, took: '1:5–15 accounts per high-touch CSM: about 12 today' },
      { name: CSM_COST, year: null, took: '145–210k fully loaded: 210k for enterprise CSMs' },
      { name: BESSEMER, year: null, took: 'CAC payback: 150k CAC is 16 months of gross margin' },
      ...COMMON_SOURCES,
    ],
  ),
  preset(
    'understaffed',
    oneSegment(DEFAULT_ASSUMPTIONS, {
      startingAccounts: 1200,
      newAccountsPerMonth: 40,
      arpa: 900,
      cac: 8000,
      csms: 3,
      csmAnnualCost: 145000,
    }),
    [
      ...MID_MARKET_SOURCES,
      {
        name: OWN,
        year: null,
        took: 'the story: three times the accounts and three CSMs at the bottom of the cost range',
      },
    ],
  ),
  preset(
    'expansion',
    oneSegment(DEFAULT_ASSUMPTIONS, {
      expansionWinRate: { base: 0.15, withCs: 0.3 },
      expansionUplift: { base: 0.1, withCs: 0.12 },
      expansionsPerYear: { base: 1, withCs: 4 },
      csms: 8,
    }),
    [
      ...MID_MARKET_SOURCES,
      { name: OWN, year: null, took: 'the story: quarterly expansion conversations, smaller each' },
    ],
  ),
  preset(
    'race',
    oneSegment(RACE_COMPANY_A, {
      monthlyChurn: { base: 0.1, withCs: 0.05 },
      csms: 6,
      csmAnnualCost: 60000,
      csmHoursPerMonth: 140,
      onboardingHoursPerAccount: 1,
      impactHoursPerAccountMonth: 0.5,
    }),
    [
      {
        name: 'The seed article’s Company A and Company B (docs/model.md’s worked check)',
        year: null,
        took: '100 and 50 new accounts a month at 10 % and 5 % monthly churn, 50 a month, 100 CAC',
      },
      {
        name: OWN,
        year: null,
        took: 'six CSMs at 60k who bring A’s churn to B’s: illustrative, not measured',
      },
    ],
  ),
  preset(
    'three-tier',
    THREE_TIER_ASSUMPTIONS,
    [
      {
        name: SAAS_CAPITAL,
        year: 2023,
        took: 'retention by ACV band for each tier: above 100k (enterprise), 25–50k (mid-market), under 12k (SMB)',
      },
      {
        name: CSM_RATIOS,
        year: null,
        took: 'books of 1:5–15 (enterprise), 1:20–75 (mid-market) and 1:100–500 (SMB, with a digital program)',
      },
      {
        name: CSM_COST,
        year: null,
        took: '145–210k a CSM a year fully loaded: 190k enterprise, 150k mid-market, 95k pooled SMB (below the range, as pooled CSMs often are)',
      },
      ...COMMON_SOURCES,
      {
        name: OWN,
        year: null,
        took: 'the story: eight enterprise CSMs, three mid-market, two pooled SMB CSMs with a digital program',
      },
    ],
    () => SEGMENT_TEMPLATES.map((t) => t.segment.name),
  ),
];

export const presetById = (id: string): Preset | undefined => PRESETS.find((p) => p.id === id);

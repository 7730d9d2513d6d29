import { DEFAULT_SEGMENT, type Segment } from '../model/index.ts';
import { words } from '../i18n/words.ts';
import type { InputsWords } from '../i18n/messages/en/inputs.ts';

/** A segment a person can start from: a kind of book with numbers of its kind. */
export interface SegmentTemplate {
  id: TemplateId;
  /** The template's numbers, named in the page's language when asked for. */
  readonly segment: Segment;
}

type TemplateId = keyof InputsWords['templates'];

const template = (id: TemplateId, segment: Segment): SegmentTemplate => ({
  id,
  get segment() {
    return { ...segment, name: words().inputs.templates[id] };
  },
});

// Figures from shared/benchmarks.md (public reports); each line names the one it rests on. The levers'
// size (CS cutting monthly churn by a third to two fifths) is this project's assumption, as in the presets.
export const SEGMENT_TEMPLATES: readonly SegmentTemplate[] = [
  template('enterprise', {
    ...DEFAULT_SEGMENT,
    startingAccounts: 60,
    newAccountsPerMonth: 2,
    // ACV above $100k (SaaS Capital 2023 bands, as reported).
    arpa: 15000,
    cac: 90000,
    referralsPerAccountYear: 0.05,
    onboardingSuccess: { base: 0.9, withCs: 0.97 },
    timeToValueMonths: { base: 5, withCs: 3 },
    // GRR about 93 % a year above $100k ACV (SaaS Capital 2023, as reported): churn and contraction with CS.
    monthlyChurn: { base: 0.0065, withCs: 0.004 },
    monthlyContraction: { base: 0.004, withCs: 0.002 },
    // NRR 107–110 % above $100k ACV (SaaS Capital 2023, as reported) needs expansion at renewal.
    expansionWinRate: { base: 0.35, withCs: 0.6 },
    expansionUplift: { base: 0.2, withCs: 0.3 },
    expansionsPerYear: { base: 1, withCs: 1 },
    csms: 5,
    // Fully loaded CSM cost about $145–210k a year in the US (metricrig.com).
    csmAnnualCost: 190000,
    // About 130 productive hours per CSM a month (cynthiabalusek.com, 2017).
    csmHoursPerMonth: 130,
    onboardingHoursPerAccount: 60,
    // 1 CSM to 5–15 enterprise accounts (lyniro.com): 130 h ÷ 10 h is 13 accounts per CSM.
    impactHoursPerAccountMonth: 10,
    digitalCoverage: 0,
    digitalCostPerAccountMonth: 0,
    digitalFixedCostPerYear: 0,
  }),
  template('mid-market', {
    ...DEFAULT_SEGMENT,
    startingAccounts: 300,
    newAccountsPerMonth: 12,
    // ACV $25–50k (SaaS Capital 2023 bands, as reported): 3,000 a month is $36k a year.
    arpa: 3000,
    cac: 25000,
    referralsPerAccountYear: 0.03,
    onboardingSuccess: { base: 0.85, withCs: 0.95 },
    timeToValueMonths: { base: 3, withCs: 2 },
    // GRR about 92 % and NRR 103 % at $25–50k ACV (SaaS Capital 2023, as reported).
    monthlyChurn: { base: 0.01, withCs: 0.006 },
    monthlyContraction: { base: 0.004, withCs: 0.002 },
    expansionWinRate: { base: 0.25, withCs: 0.45 },
    expansionUplift: { base: 0.2, withCs: 0.25 },
    expansionsPerYear: { base: 1, withCs: 1 },
    csms: 4,
    // The low end of $145–210k fully loaded (metricrig.com).
    csmAnnualCost: 150000,
    csmHoursPerMonth: 130,
    onboardingHoursPerAccount: 12,
    // 1 CSM to 20–75 mid-market accounts (lyniro.com): 130 h ÷ 2.5 h is 52 per CSM.
    impactHoursPerAccountMonth: 2.5,
    digitalCoverage: 0.1,
    digitalCostPerAccountMonth: 1,
    digitalFixedCostPerYear: 10000,
  }),
  template('smb', {
    ...DEFAULT_SEGMENT,
    startingAccounts: 2000,
    newAccountsPerMonth: 90,
    // ACV under $12k (SaaS Capital 2023 bands, as reported): 400 a month is $4.8k a year.
    arpa: 400,
    // CAC paid back in 6–18 months for SMB SaaS (Bessemer): 3,000 ÷ (400 × 78 %) is about 10.
    cac: 3000,
    referralsPerAccountYear: 0.02,
    onboardingSuccess: { base: 0.75, withCs: 0.85 },
    timeToValueMonths: { base: 2, withCs: 1 },
    // GRR about 90 %, NRR about 100 % under $12k ACV (SaaS Capital 2023, as reported).
    monthlyChurn: { base: 0.013, withCs: 0.008 },
    monthlyContraction: { base: 0.004, withCs: 0.002 },
    expansionWinRate: { base: 0.15, withCs: 0.3 },
    expansionUplift: { base: 0.25, withCs: 0.3 },
    expansionsPerYear: { base: 1, withCs: 1 },
    csms: 2,
    // Pooled SMB CSMs are often paid below the $145–210k of named CSMs (benchmarks.md).
    csmAnnualCost: 95000,
    csmHoursPerMonth: 130,
    onboardingHoursPerAccount: 1,
    // 1 CSM to 100–500 SMB accounts (lyniro.com); most of the book is served by the digital program.
    impactHoursPerAccountMonth: 0.4,
    digitalCoverage: 0.5,
    digitalCostPerAccountMonth: 2,
    digitalFixedCostPerYear: 40000,
  }),
];

/** A copy of `segment` to edit apart from it. */
export const copyOf = (segment: Segment): Segment => ({
  ...segment,
  name: words().inputs.segments.copyOf(segment.name),
});

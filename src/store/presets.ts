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

type SourceWords = InputsWords['presetSources'];

/** A source with its name and what was taken from it in the page's language, read when asked for. */
const source = (
  name: keyof SourceWords['names'],
  year: number | null,
  took: keyof SourceWords['took'],
): PresetSource => ({
  get name() {
    return words().inputs.presetSources.names[name];
  },
  year,
  get took() {
    return words().inputs.presetSources.took[took];
  },
});

/** Sources shared by every contract-size preset: hours, CS spend and the size of CS's effect. */
const COMMON_SOURCES: readonly PresetSource[] = [
  source('csmHours', 2017, 'commonHours'),
  source('csSpend', null, 'commonSpend'),
  source('own', null, 'commonEffect'),
];

const MID_MARKET_SOURCES: readonly PresetSource[] = [
  source('saasCapital', 2023, 'midMarketRetention'),
  source('csmRatios', null, 'midMarketRatio'),
  source('csmCost', null, 'midMarketCost'),
  source('bessemer', null, 'midMarketCac'),
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

/** Company A as the race view loads it, its one segment named in the page's language. */
export const raceExample = (): Assumptions => withNames(RACE_COMPANY_A, [words().inputs.segments.all]);

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
      source('saasCapital', 2023, 'smbRetention'),
      source('csmRatios', null, 'smbRatio'),
      source('csmCost', null, 'smbCost'),
      source('bessemer', null, 'smbCac'),
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
      source('saasCapital', 2023, 'enterpriseRetention'),
      source('csmRatios', null, 'enterpriseRatio'),
      source('csmCost', null, 'enterpriseCost'),
      source('bessemer', null, 'enterpriseCac'),
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
    [...MID_MARKET_SOURCES, source('own', null, 'understaffedStory')],
  ),
  preset(
    'expansion',
    oneSegment(DEFAULT_ASSUMPTIONS, {
      expansionWinRate: { base: 0.15, withCs: 0.3 },
      expansionUplift: { base: 0.1, withCs: 0.12 },
      expansionsPerYear: { base: 1, withCs: 4 },
      csms: 8,
    }),
    [...MID_MARKET_SOURCES, source('own', null, 'expansionStory')],
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
    [source('article', null, 'raceArticle'), source('own', null, 'raceStory')],
  ),
  preset(
    'three-tier',
    THREE_TIER_ASSUMPTIONS,
    [
      source('saasCapital', 2023, 'tierRetention'),
      source('csmRatios', null, 'tierRatios'),
      source('csmCost', null, 'tierCost'),
      ...COMMON_SOURCES,
      source('own', null, 'tierStory'),
    ],
    () => SEGMENT_TEMPLATES.map((t) => t.segment.name),
  ),
];

export const presetById = (id: string): Preset | undefined => PRESETS.find((p) => p.id === id);

import {
  annualToMonthly,
  leverAt,
  monthlyToAnnual,
  validateAssumptions,
  type Assumptions,
  type Problem,
  type Segment,
} from '../model/index.ts';
import { count, decimal, money, percent, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { presetById } from '../store/presets.ts';

/** What a person knows about their own book today, as the "Start from your numbers" form asks it. */
export interface YourNumbers {
  arr: number;
  accounts: number;
  newLogosPerYear: number;
  /** Annual gross revenue retention today, a fraction. */
  grr: number;
  /** Annual net revenue retention today, a fraction. */
  nrr: number;
  /** Share of customers lost in a year today, a fraction. */
  logoChurn: number;
  csms: number;
  csmAnnualCost: number;
  /** Share of monthly churn a fully covered CS program removes (0.35: churn 35 % lower). */
  churnCutWithCs: number;
  /** How much more expansion a fully covered program brings, relative (0.4: 40 % more). */
  expansionLiftWithCs: number;
}

/** The form's allowed values, checked as each is typed. */
export const YOUR_NUMBER_RANGES: Readonly<Record<keyof YourNumbers, { min: number; max: number }>> = {
  arr: { min: 1, max: 1e11 },
  accounts: { min: 1, max: 1e6 },
  newLogosPerYear: { min: 0, max: 1e6 },
  grr: { min: 0.01, max: 1 },
  nrr: { min: 0.01, max: 3 },
  logoChurn: { min: 0, max: 0.99 },
  csms: { min: 0, max: 10000 },
  csmAnnualCost: { min: 0, max: 1e7 },
  churnCutWithCs: { min: 0, max: 0.95 },
  expansionLiftWithCs: { min: 0, max: 5 },
};

const MID_MARKET = presetById('typical')!.assumptions.segments[0]!;

/**
 * Prefilled from the benchmarks behind the defaults (docs/presets.md): a 36k-ACV book at the SaaS Capital
 * medians (GRR 92 %, NRR 103 %), CS cutting churn by three eighths.
 */
export const BENCHMARK_NUMBERS: YourNumbers = {
  arr: 12 * MID_MARKET.arpa * MID_MARKET.startingAccounts,
  accounts: MID_MARKET.startingAccounts,
  newLogosPerYear: 12 * MID_MARKET.newAccountsPerMonth,
  grr: 0.92,
  nrr: 1.03,
  logoChurn: 0.07,
  csms: MID_MARKET.csms,
  csmAnnualCost: MID_MARKET.csmAnnualCost,
  churnCutWithCs: 1 - MID_MARKET.monthlyChurn.withCs / MID_MARKET.monthlyChurn.base,
  expansionLiftWithCs: 0.4,
};

/** The contract-size preset whose CS hours, onboarding and CAC payback a book of this ACV takes. */
function tierOf(acv: number): { label: string; segment: Segment; grossMargin: number } {
  // NOTE: the bands are SaaS Capital's (under 12k, above 100k); between them the mid-market preset.
  const id = acv < 12_000 ? 'smb' : acv > 100_000 ? 'enterprise' : 'typical';
  const preset = presetById(id)!;
  return {
    label: preset.label,
    segment: preset.assumptions.segments[0]!,
    grossMargin: preset.assumptions.grossMargin,
  };
}

export interface Calibration {
  assumptions: Assumptions;
  /** What the form took from elsewhere (the benchmarks, the scenario on screen), in sentences. */
  assumed: string[];
  /** What it worked out from the numbers entered, in sentences. */
  derived: string[];
  /** Coverage today: the share of the CSM hours the book needs that today's team gives. */
  coverageToday: number;
  /** Annual GRR, NRR and logo retention the levers give at today's coverage on today's customers. */
  reproduced: { grr: number; nrr: number; logoRetention: number };
  problems: Problem[];
}

/**
 * A one-segment scenario from a person's own numbers, its levers set so that at today's coverage, on
 * today's customers, they give the GRR, NRR and logo churn entered; the rest of the scenario on screen
 * (horizon, margin, discount rate, team policy) is kept.
 */
export function calibrate(n: YourNumbers, current: Assumptions, fmt: Formatting): Calibration {
  const t = words().analysis.yourNumbers;
  const pct = (x: number) => percent(fmt, x, 1);
  const assumed: string[] = [];
  const derived: string[] = [];
  const arpa = n.arr / 12 / n.accounts;
  const tier = tierOf(n.arr / n.accounts);
  const presetSegment = tier.segment;
  const newPerMonth = n.newLogosPerYear / 12;
  const cacPaybackMonths = presetSegment.cac / (presetSegment.arpa * tier.grossMargin);
  assumed.push(
    t.presetHours({
      preset: tier.label,
      acv: money(fmt, n.arr / n.accounts),
      csmHours: decimal(fmt, presetSegment.csmHoursPerMonth, 0),
      impactHours: decimal(fmt, presetSegment.impactHoursPerAccountMonth, 1),
      onboardingHours: decimal(fmt, presetSegment.onboardingHoursPerAccount, 0),
      onboardingBase: pct(presetSegment.onboardingSuccess.base),
      onboardingWithCs: pct(presetSegment.onboardingSuccess.withCs),
      cacMonths: decimal(fmt, cacPaybackMonths, 0),
    }),
  );
  assumed.push(t.kept(current.horizonMonths, pct(current.grossMargin)));
  // NOTE: coverage today is the first month's: today's team against the hours today's book and this year's
  // new logos need. The levers are set so that, at that coverage, they give the retention entered.
  const demand =
    presetSegment.impactHoursPerAccountMonth * n.accounts +
    presetSegment.onboardingHoursPerAccount * newPerMonth;
  const k0 =
    n.csms === 0 ? 0 : demand === 0 ? 1 : Math.min(1, (n.csms * presetSegment.csmHoursPerMonth) / demand);
  derived.push(t.coverage(count(fmt, n.csms), percent(fmt, k0, 0), count(fmt, n.accounts)));

  const churnToday = annualToMonthly(n.logoChurn);
  const churnBase = Math.min(1, churnToday / (1 - k0 * n.churnCutWithCs));
  const churnWithCs = churnBase * (1 - n.churnCutWithCs);
  derived.push(
    t.churn(
      pct(n.logoChurn),
      percent(fmt, churnToday, 2),
      percent(fmt, churnBase, 2),
      percent(fmt, churnWithCs, 2),
      percent(fmt, n.churnCutWithCs, 0),
    ),
  );

  const kept = 1 - n.logoChurn;
  let contraction = 0;
  if (n.grr > kept) {
    derived.push(t.grrAboveRetention(pct(n.grr), pct(kept)));
  } else {
    contraction = 1 - Math.pow(n.grr / kept, 1 / 12);
    derived.push(t.contraction(pct(n.grr), percent(fmt, contraction, 2)));
  }
  const grrModelled = kept * Math.pow(1 - contraction, 12);

  const winRate = presetSegment.expansionWinRate.base;
  let expansion = n.nrr / grrModelled - 1;
  if (expansion < 0) {
    derived.push(t.nrrBelowGrr);
    expansion = 0;
  }
  // One expansion opportunity a year, at the tier's win rate; what CS changes is the size of each.
  const upliftToday = expansion / winRate;
  const upliftBase = upliftToday / (1 + k0 * n.expansionLiftWithCs);
  const upliftWithCs = upliftBase * (1 + n.expansionLiftWithCs);
  derived.push(
    t.expansion({
      nrr: pct(n.nrr),
      grr: pct(grrModelled),
      expansion: pct(expansion),
      winRate: pct(winRate),
      upliftBase: pct(upliftBase),
      upliftWithCs: pct(upliftWithCs),
      lift: percent(fmt, n.expansionLiftWithCs, 0),
    }),
  );

  const segment: Segment = {
    ...presetSegment,
    name: t.segmentName,
    startingAccounts: n.accounts,
    newAccountsPerMonth: newPerMonth,
    arpa,
    cac: cacPaybackMonths * arpa * current.grossMargin,
    referralsPerAccountYear: 0,
    monthlyChurn: { base: churnBase, withCs: churnWithCs },
    monthlyContraction: { base: contraction, withCs: contraction },
    expansionWinRate: { base: winRate, withCs: winRate },
    expansionUplift: { base: upliftBase, withCs: upliftWithCs },
    expansionsPerYear: { base: 1, withCs: 1 },
    csms: n.csms,
    csmAnnualCost: n.csmAnnualCost,
    digitalCoverage: 0,
    digitalCostPerAccountMonth: 0,
    digitalFixedCostPerYear: 0,
  };
  assumed.push(t.noExtras);
  const { assumptions, problems } = validateAssumptions({ ...current, segments: [segment] });
  const s = assumptions.segments[0]!;
  // What the levers give at today's coverage over a year of today's customers (all onboarded, one ARPA).
  const churnNow = leverAt(s.monthlyChurn, k0);
  const grr = Math.pow((1 - churnNow) * (1 - leverAt(s.monthlyContraction, k0)), 12);
  const growth = leverAt(s.expansionWinRate, k0) * leverAt(s.expansionUplift, k0);
  const reproduced = { grr, nrr: grr * (1 + growth), logoRetention: 1 - monthlyToAnnual(churnNow) };
  return { assumptions, assumed, derived, coverageToday: k0, reproduced, problems };
}

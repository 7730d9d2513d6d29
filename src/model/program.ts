import type { Assumptions } from './assumptions.ts';
import { runMonths, type RunTotals } from './simulate.ts';

/** What the CS program adds over the horizon, from the totals of a run with and without it. */
export interface ProgramSummary {
  deltaGrossProfit: number;
  csCost: number;
  netBenefit: number;
  /** netBenefit / csCost; null when the program costs nothing. */
  roi: number | null;
  npv: number;
  endingArrLift: number;
  /** New accounts at ARPA that would add the same MRR at the horizon; null when ARPA is 0. */
  equivalentNewLogos: number | null;
  acquisitionSpendAvoided: number | null;
  accountsSaved: number;
}

/** The world without a CS program: same business, no CSMs. */
export const withoutCs = (a: Assumptions): Assumptions => ({ ...a, csms: 0 });

export function summarizeProgram(a: Assumptions, baseline: RunTotals, withCs: RunTotals): ProgramSummary {
  const deltaGrossProfit = withCs.grossProfit - baseline.grossProfit;
  const netBenefit = deltaGrossProfit - withCs.csCost;
  const mrrLift = withCs.finalMrr - baseline.finalMrr;
  const equivalentNewLogos = a.arpa > 0 ? mrrLift / a.arpa : null;
  return {
    deltaGrossProfit,
    csCost: withCs.csCost,
    netBenefit,
    roi: withCs.csCost > 0 ? netBenefit / withCs.csCost : null,
    npv: withCs.discountedGrossProfit - baseline.discountedGrossProfit - withCs.discountedCsCost,
    endingArrLift: 12 * mrrLift,
    equivalentNewLogos,
    acquisitionSpendAvoided: equivalentNewLogos === null ? null : equivalentNewLogos * a.cac,
    accountsSaved: withCs.finalAccounts - baseline.finalAccounts,
  };
}

/** The program's totals without building rows: what sweeps and tornados repeat many times. */
export function programSummary(
  a: Assumptions,
  baseline: RunTotals = runMonths(withoutCs(a), null),
): ProgramSummary {
  return summarizeProgram(a, baseline, runMonths(a, null));
}

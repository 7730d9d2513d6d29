import type { Assumptions } from './assumptions.ts';
import { recommendedCsms } from './headcount.ts';
import { summarizeProgram, withoutCs, type ProgramSummary } from './program.ts';
import { runMonths, type MonthRow } from './simulate.ts';

export interface CsProgramEvaluation extends ProgramSummary {
  /** First month from which cumulative net benefit stays ≥ 0 to the horizon; null if none. */
  paybackMonth: number | null;
  recommendedCsms: number;
  /** Cumulative net benefit for months 0..H (month 0 is 0). */
  cumulativeNetBenefit: number[];
  baseline: MonthRow[];
  withCs: MonthRow[];
}

export function paybackMonth(cumulativeNetBenefit: readonly number[]): number | null {
  const H = cumulativeNetBenefit.length - 1;
  let month: number | null = null;
  for (let t = H; t >= 1 && cumulativeNetBenefit[t]! >= 0; t--) month = t;
  return month;
}

export function evaluateCsProgram(a: Assumptions): CsProgramEvaluation {
  const baseline: MonthRow[] = [];
  const withCs: MonthRow[] = [];
  const summary = summarizeProgram(a, runMonths(withoutCs(a), baseline), runMonths(a, withCs));
  const cumulativeNetBenefit = [0];
  let cumulative = 0;
  for (let t = 1; t < withCs.length; t++) {
    cumulative += withCs[t]!.grossProfit - baseline[t]!.grossProfit - withCs[t]!.csCost;
    cumulativeNetBenefit.push(cumulative);
  }
  return {
    ...summary,
    // NOTE: with no CS cost there is nothing to pay back, so no payback month is claimed.
    paybackMonth: summary.csCost > 0 ? paybackMonth(cumulativeNetBenefit) : null,
    recommendedCsms: recommendedCsms(a),
    cumulativeNetBenefit,
    baseline,
    withCs,
  };
}

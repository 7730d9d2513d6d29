import type { Assumptions, Segment } from './assumptions.ts';
import { runSegment, runTotals, sumTotals, type RunTotals } from './simulate.ts';

/** What the CS program adds over the horizon, from the totals of a run with and without it. */
export interface ProgramSummary {
  deltaGrossProfit: number;
  csCost: number;
  netBenefit: number;
  /** netBenefit / csCost; null when the program costs nothing. */
  roi: number | null;
  npv: number;
  endingArrLift: number;
  accountsSaved: number;
}

/** A segment without a CS program: no CSMs, no digital program, nothing hired. */
export const segmentWithoutCs = (s: Segment): Segment => ({
  ...s,
  csms: 0,
  digitalCoverage: 0,
  digitalCostPerAccountMonth: 0,
  digitalFixedCostPerYear: 0,
});

/** The world without a CS program: same business, no CSMs, no digital program, fixed staffing. */
export function withoutCsProgram(a: Assumptions): Assumptions {
  return { ...a, team: { ...a.team, staffing: 'fixed' }, segments: a.segments.map(segmentWithoutCs) };
}

export function summarizeProgram(baseline: RunTotals, withCs: RunTotals): ProgramSummary {
  const deltaGrossProfit = withCs.grossProfit - baseline.grossProfit;
  const netBenefit = deltaGrossProfit - withCs.csCost;
  return {
    deltaGrossProfit,
    csCost: withCs.csCost,
    netBenefit,
    roi: withCs.csCost > 0 ? netBenefit / withCs.csCost : null,
    npv: withCs.discountedGrossProfit - baseline.discountedGrossProfit - withCs.discountedCsCost,
    endingArrLift: 12 * (withCs.finalMrr - baseline.finalMrr),
    accountsSaved: withCs.finalAccounts - baseline.finalAccounts,
  };
}

/** One segment's run without a program (its own baseline): what sweeps and tornados reuse. */
export const segmentBaseline = (a: Assumptions, s: Segment): RunTotals =>
  runSegment(withoutCsProgram(a), segmentWithoutCs(s));

/**
 * The whole book's program totals without building rows: what sweeps, tornados and Monte Carlo repeat
 * many times. `baseline` may be passed in when the world without CS is the same for many scenarios.
 */
export function runProgram(
  a: Assumptions,
  baseline: RunTotals = sumTotals(runTotals(withoutCsProgram(a))),
): ProgramSummary {
  return summarizeProgram(baseline, sumTotals(runTotals(a)));
}

import type { Assumptions } from './assumptions.ts';
import { recommendedCsms } from './headcount.ts';
import { summarizeProgram, withoutCsProgram, type ProgramSummary } from './program.ts';
import { simulateWithTotals, sumTotals, type MonthRow, type RunTotals, type Simulation } from './simulate.ts';

/** What the program returns over rows of one book (the whole book or one segment). */
export interface ProgramResult extends ProgramSummary {
  /** First month from which cumulative net benefit stays ≥ 0 to the horizon; null if none, or without CS cost. */
  paybackMonth: number | null;
  /** ROI of months 1–12, 13–24, …; null for a year without CS cost. */
  roiByYear: (number | null)[];
  /** CS cost of the last month ÷ MRR of the last month (a share of ARR); null when that MRR is 0. */
  csCostShareOfArr: number | null;
  /** Cumulative net benefit for months 0..H (month 0 is 0). */
  cumulativeNetBenefit: number[];
  /** New accounts at ARPA that would add the same MRR at the horizon; null when ARPA is 0 (for the whole book: when every segment's is). */
  equivalentNewLogos: number | null;
  acquisitionSpendAvoided: number | null;
  recommendedCsms: number;
}

export interface SegmentEvaluation extends ProgramResult {
  name: string;
}

export interface CsProgramEvaluation extends ProgramResult {
  baseline: Simulation;
  withCs: Simulation;
  segments: SegmentEvaluation[];
}

export function paybackMonth(cumulativeNetBenefit: readonly number[]): number | null {
  const H = cumulativeNetBenefit.length - 1;
  let month: number | null = null;
  for (let t = H; t >= 1 && cumulativeNetBenefit[t]! >= 0; t--) month = t;
  return month;
}

const MONTHS_PER_YEAR = 12;

function fromRows(
  baseline: readonly MonthRow[],
  withCs: readonly MonthRow[],
  totals: { baseline: RunTotals; withCs: RunTotals },
): Omit<ProgramResult, 'equivalentNewLogos' | 'acquisitionSpendAvoided' | 'recommendedCsms'> {
  const summary = summarizeProgram(totals.baseline, totals.withCs);
  const H = withCs.length - 1;
  const cumulativeNetBenefit = [0];
  const roiByYear: (number | null)[] = [];
  let cumulative = 0;
  let yearNet = 0;
  let yearCost = 0;
  for (let t = 1; t <= H; t++) {
    const w = withCs[t]!;
    const net = w.grossProfit - baseline[t]!.grossProfit - w.csCost;
    cumulative += net;
    cumulativeNetBenefit.push(cumulative);
    yearNet += net;
    yearCost += w.csCost;
    if (t % MONTHS_PER_YEAR === 0 || t === H) {
      // NOTE: the last block of a horizon that is not whole years is the months left (months 25–30 of 30).
      roiByYear.push(yearCost > 0 ? yearNet / yearCost : null);
      yearNet = 0;
      yearCost = 0;
    }
  }
  const last = withCs[H]!;
  return {
    ...summary,
    // NOTE: with no CS cost there is nothing to pay back, so no payback month is claimed.
    paybackMonth: summary.csCost > 0 ? paybackMonth(cumulativeNetBenefit) : null,
    roiByYear,
    csCostShareOfArr: last.mrr > 0 ? last.csCost / last.mrr : null,
    cumulativeNetBenefit,
  };
}

/** The CS program against the world without it, for the whole book and for each segment. */
export function evaluateCsProgram(a: Assumptions): CsProgramEvaluation {
  const withRun = simulateWithTotals(a);
  const baseRun = simulateWithTotals(withoutCsProgram(a));
  const segments = a.segments.map((s, i): SegmentEvaluation => {
    const base = baseRun.segments[i]!.rows;
    const own = withRun.segments[i]!.rows;
    const equivalentNewLogos = s.arpa > 0 ? (own.at(-1)!.mrr - base.at(-1)!.mrr) / s.arpa : null;
    return {
      name: s.name,
      ...fromRows(base, own, { baseline: baseRun.totals[i]!, withCs: withRun.totals[i]! }),
      equivalentNewLogos,
      acquisitionSpendAvoided: equivalentNewLogos === null ? null : equivalentNewLogos * s.cac,
      recommendedCsms: recommendedCsms(a, i),
    };
  });
  // NOTE: the whole book's equivalent logos and acquisition spend avoided add up the segments that
  // have them (a segment with no ARPA has none), and are null only when no segment has one.
  const sumOf = (pick: (s: SegmentEvaluation) => number | null): number | null =>
    segments.reduce<number | null>((sum, s) => {
      const v = pick(s);
      return v === null ? sum : (sum ?? 0) + v;
    }, null);
  return {
    ...fromRows(baseRun.rows, withRun.rows, {
      baseline: sumTotals(baseRun.totals),
      withCs: sumTotals(withRun.totals),
    }),
    equivalentNewLogos: sumOf((s) => s.equivalentNewLogos),
    acquisitionSpendAvoided: sumOf((s) => s.acquisitionSpendAvoided),
    recommendedCsms: segments.reduce((sum, s) => sum + s.recommendedCsms, 0),
    baseline: { rows: baseRun.rows, segments: baseRun.segments },
    withCs: { rows: withRun.rows, segments: withRun.segments },
    segments,
  };
}

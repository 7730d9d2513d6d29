import { SEGMENT_RANGES, type Assumptions } from './assumptions.ts';
import { wholeBookAt, withFixedStaffing } from './headcount.ts';
import { runSegment, type MonthRow } from './simulate.ts';

/** Coverage over months 1..H of one run: its mean and its lowest month. */
export interface CoverageStats {
  average: number;
  lowest: number;
  /** First month with the lowest coverage. */
  lowestMonth: number;
}

/** The coverage statistics of a run's rows (row 0 is the starting book, which has no coverage of its own). */
export function coverageOf(rows: readonly MonthRow[]): CoverageStats {
  let sum = 0;
  let lowest = { coverage: Infinity, month: 0 };
  for (let t = 1; t < rows.length; t++) {
    const k = rows[t]!.coverage;
    sum += k;
    if (k < lowest.coverage) lowest = { coverage: k, month: t };
  }
  return { average: sum / Math.max(1, rows.length - 1), lowest: lowest.coverage, lowestMonth: lowest.month };
}

/** How one team size of one segment would run: its coverage, its load per CSM and what the whole book's program returns. */
export interface TeamSize {
  segment: number;
  csms: number;
  /** Mean coverage of the segment over months 1..H. */
  averageCoverage: number;
  lowestCoverage: number;
  /** First month with the lowest coverage. */
  lowestCoverageMonth: number;
  /** The segment's accounts at the horizon per CSM; null with no CSMs. */
  accountsPerCsm: number | null;
  netBenefit: number;
  roi: number | null;
}

/** Segment `index` with `csms` CSMs (fixed staffing), the rest of the scenario as it is. */
export function teamSize(a: Assumptions, index: number, csms: number): TeamSize {
  const n = Math.min(SEGMENT_RANGES.csms.max, Math.max(0, Math.round(csms)));
  const rows: MonthRow[] = [];
  runSegment(withFixedStaffing(a), { ...a.segments[index]!, csms: n }, { rows });
  const coverage = coverageOf(rows);
  const { netBenefit, roi } = wholeBookAt(a, index)(n);
  return {
    segment: index,
    csms: n,
    averageCoverage: coverage.average,
    lowestCoverage: coverage.lowest,
    lowestCoverageMonth: coverage.lowestMonth,
    accountsPerCsm: n > 0 ? rows.at(-1)!.accounts / n : null,
    netBenefit,
    roi,
  };
}

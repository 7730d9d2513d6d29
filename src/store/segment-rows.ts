import { sweepHeadcount, type Assumptions } from '../model/index.ts';
import type { Projection } from './projection-of.ts';
import { words } from '../i18n/words.ts';

/** One row of the segment table: what one segment's program returns, and its team. */
export interface SegmentRow {
  /** The segment's index in the scenario. */
  index: number;
  name: string;
  roi: number | null;
  netBenefit: number;
  /** Trailing-12-month NRR at the horizon, with CS; null below 12 months. */
  nrr: number | null;
  /** Mean coverage over months 1..H. */
  coverage: number;
  csms: number;
  recommended: number;
  /** The team of this segment with the highest whole-book net benefit (fixed staffing). */
  best: number;
  /** CS cost of the last month ÷ its MRR (a share of ARR). */
  csCostShare: number | null;
}

export type SegmentColumn = Exclude<keyof SegmentRow, 'index'>;

/** Every segment's row, in the scenario's order, and the whole book's as a total. */
export function segmentRows(p: Projection): { rows: SegmentRow[]; total: Omit<SegmentRow, 'index'> } {
  const { inputs: a, evaluation: e } = p;
  const H = a.horizonMonths;
  const rows = a.segments.map((s, i): SegmentRow => {
    const own = e.segments[i]!;
    return {
      index: i,
      name: s.name,
      roi: own.roi,
      netBenefit: own.netBenefit,
      nrr: e.withCs.segments[i]!.rows[H]!.nrr,
      coverage: p.segments[i]!.coverage.average,
      csms: s.csms,
      recommended: own.recommendedCsms,
      best: bestTeam(a, i),
      csCostShare: own.csCostShareOfArr,
    };
  });
  const sum = (pick: (r: SegmentRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
  return {
    rows,
    total: {
      name: words().inputs.table.total,
      roi: e.roi,
      netBenefit: e.netBenefit,
      nrr: e.withCs.rows[H]!.nrr,
      coverage: p.coverage.average,
      csms: sum((r) => r.csms),
      recommended: e.recommendedCsms,
      // NOTE: segments do not interact (fixed staffing), so the best team of the whole book, with no
      // limit on its size, is each segment's best team added up.
      best: sum((r) => r.best),
      csCostShare: e.csCostShareOfArr,
    },
  };
}

/** The segment's best team: the headcount sweep's optimum (the team view asks the same, from the same cache). */
const bestTeam = (a: Assumptions, index: number): number => sweepHeadcount(a, index).optimum.csms;

/**
 * Rows ordered by `column`: numbers by value, names alphabetically; rows without a value (no ROI, no
 * NRR yet) go last whichever way, and equal rows keep the scenario's order.
 */
export function sortRows(
  rows: readonly SegmentRow[],
  column: SegmentColumn,
  direction: 'ascending' | 'descending',
  locale: string,
): SegmentRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows.slice().sort((x, y) => {
    const a = x[column];
    const b = y[column];
    if (a === null || b === null) return a === b ? x.index - y.index : a === null ? 1 : -1;
    const order = typeof a === 'string' ? a.localeCompare(String(b), locale) : a - (b as number);
    return order === 0 ? x.index - y.index : sign * order;
  });
}

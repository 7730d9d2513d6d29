import type { Assumptions } from './assumptions.ts';
import { pendingAccounts } from './book.ts';
import { runSegment } from './simulate.ts';

/** The accounts that joined in one year (year 0: the accounts at the start), month by month. */
export interface CohortLayer {
  /** 0 for the starting accounts; year y holds the cohorts that joined in months 12(y−1)+1 .. 12y. */
  year: number;
  firstMonth: number;
  lastMonth: number;
  /** MRR of the layer at the end of months 0..H (0 before it joined). */
  mrr: number[];
  /** Accounts of the layer at the end of months 0..H. */
  accounts: number[];
}

const MONTHS_PER_YEAR = 12;

/** The layer a cohort joining in `month` belongs to. */
export const layerOfMonth = (month: number): number => Math.ceil(month / MONTHS_PER_YEAR);

/**
 * MRR and accounts by the year each cohort joined, so the compounding of old customers shows: one
 * segment's (`segment` its index) or the whole book's (every segment's layers added up).
 *
 * The segment runs through the engine itself with one book per join year, so the layers take every
 * month step exactly as simulate() does and sum to its MRR and accounts every month.
 */
export function cohortLayers(a: Assumptions, segment: number | 'all' = 'all'): CohortLayer[] {
  const H = a.horizonMonths;
  const count = layerOfMonth(H) + 1;
  const layers: CohortLayer[] = Array.from({ length: count }, (_, y) => ({
    year: y,
    firstMonth: y === 0 ? 0 : MONTHS_PER_YEAR * (y - 1) + 1,
    lastMonth: y === 0 ? 0 : Math.min(H, MONTHS_PER_YEAR * y),
    mrr: new Array<number>(H + 1).fill(0),
    accounts: new Array<number>(H + 1).fill(0),
  }));
  const indexes = segment === 'all' ? a.segments.map((_, i) => i) : [segment];
  for (const i of indexes) {
    const s = a.segments[i];
    if (s === undefined) continue;
    layers[0]!.mrr[0]! += s.startingAccounts * s.arpa;
    layers[0]!.accounts[0]! += s.startingAccounts;
    runSegment(a, s, {
      books: {
        count,
        bookOf: layerOfMonth,
        observe: (t, books) => {
          books.forEach((book, y) => {
            const pending = pendingAccounts(book, t);
            layers[y]!.mrr[t]! += book.mrr + pending * s.arpa;
            layers[y]!.accounts[t]! += book.accounts + pending;
          });
        },
      },
    });
  }
  return layers;
}

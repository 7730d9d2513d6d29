import type { Assumptions } from './assumptions.ts';
import { expansionGrowthAt, leverAt, ttvAt } from './levers.ts';
import { simulate, type MonthRow } from './simulate.ts';

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

interface LayerBook {
  onboardedAccounts: number;
  onboardedMrr: number;
  pendingAccounts: number;
  /** By resolve month: accounts resolving, and the share of them that succeed. */
  resolving: Map<number, { accounts: number; succeeding: number }>;
}

/**
 * MRR and accounts by the year each cohort joined, so the compounding of old customers shows.
 *
 * It replays the month loop of simulate() layer by layer, taking from the engine's own rows what ties
 * the cohorts together: the coverage in force each month (step 2) and the accounts that joined (step 1
 * and 6, referrals included). Each layer then takes steps 4 to 6 in MODEL.md's order, so the layers sum
 * to simulate()'s MRR and accounts every month (test/model/cohort-layers.test.ts holds them equal).
 */
export function cohortLayers(a: Assumptions, rows: readonly MonthRow[] = simulate(a)): CohortLayer[] {
  const H = rows.length - 1;
  const layerCount = layerOfMonth(H) + 1;
  const layers: CohortLayer[] = [];
  const books: LayerBook[] = [];
  for (let y = 0; y < layerCount; y++) {
    layers.push({
      year: y,
      firstMonth: y === 0 ? 0 : MONTHS_PER_YEAR * (y - 1) + 1,
      lastMonth: y === 0 ? 0 : Math.min(H, MONTHS_PER_YEAR * y),
      mrr: [y === 0 ? a.startingAccounts * a.arpa : 0],
      accounts: [y === 0 ? a.startingAccounts : 0],
    });
    books.push({
      onboardedAccounts: y === 0 ? a.startingAccounts : 0,
      onboardedMrr: y === 0 ? a.startingAccounts * a.arpa : 0,
      pendingAccounts: 0,
      resolving: new Map(),
    });
  }

  for (let t = 1; t <= H; t++) {
    const row = rows[t]!;
    // 3. Levers in force at the month's coverage, as the engine found it.
    const k = row.coverage;
    const churn = leverAt(a.monthlyChurn, k);
    const factor = (1 - churn) * (1 - leverAt(a.monthlyContraction, k)) * (1 + expansionGrowthAt(a, k));
    const success = leverAt(a.onboardingSuccess, k);
    const ttv = ttvAt(a, k);
    const joining = layerOfMonth(t);

    for (let y = 0; y <= joining; y++) {
      const book = books[y]!;
      // 4. Onboarded cohorts: churn, contraction, expansion.
      book.onboardedAccounts *= 1 - churn;
      book.onboardedMrr *= factor;
      // 5. Onboarding cohorts resolving this month; they take step 4 from next month.
      const resolving = book.resolving.get(t);
      if (resolving) {
        book.resolving.delete(t);
        book.pendingAccounts = Math.max(0, book.pendingAccounts - resolving.accounts);
        book.onboardedAccounts += resolving.succeeding;
        book.onboardedMrr += resolving.succeeding * a.arpa;
      }
      // 6. This month's cohort joins its year's layer (row.newAccounts already has the failures of a ttv of 0 out).
      if (y === joining) {
        if (ttv === 0) {
          book.onboardedAccounts += row.newAccounts;
          book.onboardedMrr += row.newAccounts * a.arpa;
        } else {
          const due = book.resolving.get(t + ttv) ?? { accounts: 0, succeeding: 0 };
          due.accounts += row.newAccounts;
          due.succeeding += row.newAccounts * success;
          book.resolving.set(t + ttv, due);
          book.pendingAccounts += row.newAccounts;
        }
      }
    }
    for (let y = 0; y < layerCount; y++) {
      const book = books[y]!;
      layers[y]!.mrr.push(book.onboardedMrr + book.pendingAccounts * a.arpa);
      layers[y]!.accounts.push(book.onboardedAccounts + book.pendingAccounts);
    }
  }
  return layers;
}

import { MAX_TTV_MONTHS } from './assumptions.ts';
import type { LeversInForce } from './levers.ts';

/**
 * A book of accounts, and the one place where steps 4 to 6 of MODEL.md's month are written. The
 * engine runs one book per segment, cohort layers one per join year, trailing retention one per
 * starting month, and CLV one of a single account: a change to a month step is a change here.
 *
 * Cohorts are aggregated, which is exact: every onboarded cohort of a book takes the same churn,
 * contraction and expansion in a month (coverage is one number for the segment), so they form one
 * pool; onboarding cohorts differ only by the month they resolve in and their success rate, so they are
 * kept in buckets by resolve month. A month then costs O(1) whatever the number of cohorts.
 */
export interface Book {
  /** Onboarded accounts and their MRR. */
  accounts: number;
  mrr: number;
  /** The onboarded MRR with expansion left out since the book was started (for gross revenue retention). */
  grossMrr: number;
  /** Onboarding accounts, and those of them expected to succeed, by resolve month modulo RING. */
  dueAccounts: number[];
  dueSucceeding: number[];
  /** The latest month an onboarding cohort of this book resolves in (buckets after it are empty). */
  lastDue: number;
}

/** A cohort resolves at most 24 months after it joins, so 25 buckets by month never collide. */
const RING = MAX_TTV_MONTHS + 1;

/** What a month did to a book: the flows of MODEL.md's rows. */
export interface MonthFlows {
  churnedAccounts: number;
  churnedMrr: number;
  contractionMrr: number;
  expansionMrr: number;
  /** Onboarding accounts that resolved this month and left. */
  failedAccounts: number;
}

export const noFlows = (): MonthFlows => ({
  churnedAccounts: 0,
  churnedMrr: 0,
  contractionMrr: 0,
  expansionMrr: 0,
  failedAccounts: 0,
});

/** A book of `accounts` onboarded accounts at `arpa` each. */
export function newBook(accounts = 0, arpa = 0): Book {
  return {
    accounts,
    mrr: accounts * arpa,
    grossMrr: accounts * arpa,
    dueAccounts: new Array<number>(RING).fill(0),
    dueSucceeding: new Array<number>(RING).fill(0),
    lastDue: 0,
  };
}

/** Makes `target` a copy of `source` as it stands now, its gross MRR restarting from its MRR. */
export function copyBook(source: Book, target: Book): void {
  target.accounts = source.accounts;
  target.mrr = source.mrr;
  target.grossMrr = source.mrr;
  target.lastDue = source.lastDue;
  for (let i = 0; i < RING; i++) {
    target.dueAccounts[i] = source.dueAccounts[i]!;
    target.dueSucceeding[i] = source.dueSucceeding[i]!;
  }
}

/**
 * Steps 4 and 5 of month t: onboarded accounts churn, then contract on what is left, then expand; then
 * the onboarding cohorts that resolve in month t leave in part and join the pool, which they age with
 * from month t + 1. The month's flows are added to `flows` when given.
 */
export function ageBook(
  book: Book,
  t: number,
  levers: LeversInForce,
  arpa: number,
  flows: MonthFlows | null,
): void {
  const { churn, contraction, growth } = levers;
  // What is left is x × (1 − rate), as MODEL.md words it, not x − x × rate: with a rate near 1 the
  // subtraction cancels and keeps only the rounding of x.
  const afterChurn = book.mrr * (1 - churn);
  const afterContraction = afterChurn * (1 - contraction);
  const expansionMrr = afterContraction * growth;
  if (flows !== null) {
    flows.churnedAccounts += book.accounts * churn;
    flows.churnedMrr += book.mrr * churn;
    flows.contractionMrr += afterChurn * contraction;
    flows.expansionMrr += expansionMrr;
  }
  book.accounts *= 1 - churn;
  book.mrr = afterContraction + expansionMrr;
  book.grossMrr *= (1 - churn) * (1 - contraction);

  const slot = t % RING;
  const resolving = book.dueAccounts[slot]!;
  if (resolving === 0) return;
  const succeeding = book.dueSucceeding[slot]!;
  book.dueAccounts[slot] = 0;
  book.dueSucceeding[slot] = 0;
  book.accounts += succeeding;
  book.mrr += succeeding * arpa;
  book.grossMrr += succeeding * arpa;
  if (flows !== null) {
    flows.failedAccounts += resolving - succeeding;
    flows.churnedMrr += (resolving - succeeding) * arpa;
  }
}

/**
 * Step 6: `arriving` accounts join in month t at `arpa`, with the success rate and time to value in
 * force. Returns the accounts that start paying.
 */
export function joinBook(
  book: Book,
  t: number,
  arriving: number,
  levers: LeversInForce,
  arpa: number,
): number {
  // NOTE: a month's new accounts are the accounts that start paying: with a time to value of 0 the
  // failures never join, so they are new × success; otherwise every new account joins (and some leave
  // when onboarding resolves).
  if (levers.ttv === 0) {
    const joined = arriving * levers.success;
    book.accounts += joined;
    book.mrr += joined * arpa;
    book.grossMrr += joined * arpa;
    return joined;
  }
  const due = t + levers.ttv;
  const slot = due % RING;
  if (due > book.lastDue) book.lastDue = due;
  book.dueAccounts[slot] = book.dueAccounts[slot]! + arriving;
  book.dueSucceeding[slot] = book.dueSucceeding[slot]! + arriving * levers.success;
  return arriving;
}

/**
 * Accounts still onboarding at the end of month t (they pay, and do not churn, contract or expand).
 * Summed from the buckets of months t + 1 .. the last one due, not kept as a running total: a running
 * total carries the rounding of the largest cohorts it ever held, so once the book shrinks it drifts
 * from what is left, and when the last cohort resolves it leaves a residue instead of 0 (an empty book
 * would then show a retention figure instead of none).
 */
export function pendingAccounts(book: Book, t: number): number {
  let total = 0;
  for (let m = t + 1; m <= book.lastDue; m++) total += book.dueAccounts[m % RING]!;
  return total;
}

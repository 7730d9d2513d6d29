import type { Assumptions, Segment } from './assumptions.ts';
import { ageBook, copyBook, joinBook, newBook, noFlows, pendingAccounts, type Book } from './book.ts';
import { leversAtCoverage, type LeversInForce } from './levers.ts';
import { compoundFactor } from './units.ts';

export interface MonthRow {
  month: number;
  accounts: number;
  mrr: number;
  newAccounts: number;
  newMrr: number;
  expansionMrr: number;
  contractionMrr: number;
  churnedMrr: number;
  /** Accounts lost this month: churn of onboarded accounts plus onboarding failures. */
  churnedAccounts: number;
  revenue: number;
  grossProfit: number;
  cacSpend: number;
  /** CSMs on the payroll (team[t]). */
  csms: number;
  /** CSMs past their ramp, giving hours. */
  productiveCsms: number;
  csmCost: number;
  /** Managers (as a share of one per csmsPerManager CSMs) and tools. */
  overheadCost: number;
  digitalCost: number;
  csCost: number;
  contribution: number;
  cumulativeContribution: number;
  coverage: number;
  /** CSM hours the month's accounts and new cohort need (the coverage denominator). */
  demandHours: number;
  nrr: number | null;
  grr: number | null;
  logoRetention: number | null;
}

export interface SegmentSimulation {
  name: string;
  rows: MonthRow[];
}

export interface Simulation {
  /** The whole book: every segment's rows summed (coverage and retention pooled). */
  rows: MonthRow[];
  segments: SegmentSimulation[];
}

/** Sums a run always yields, whether or not it writes rows. */
export interface RunTotals {
  grossProfit: number;
  csCost: number;
  /** Gross profit and CS cost of months 1..H, month t divided by (1 + i)^t at the monthly discount rate i. */
  discountedGrossProfit: number;
  discountedCsCost: number;
  finalMrr: number;
  finalAccounts: number;
  /** The smallest headcount that would have covered the busiest month of this run. */
  csmsNeededAtPeak: number;
}

/** How a segment is run: with rows or totals only, and whether its coverage is forced to 1 (to size the team). */
export interface RunOptions {
  rows?: MonthRow[] | null;
  fullCoverage?: boolean;
  /**
   * Several books instead of one: `bookOf(t)` is the book the cohort of month t joins, and `observe`
   * sees every book at the end of each month (cohort layers run the segment this way).
   */
  books?: {
    count: number;
    bookOf: (t: number) => number;
    observe: (t: number, books: readonly Book[]) => void;
  };
  /** Trailing-12-month numerators (retained MRR, gross MRR and accounts) by month, for pooling. */
  retained?: Retained;
}

export interface Retained {
  mrr: number[];
  grossMrr: number[];
  accounts: number[];
}

const RETENTION_WINDOW = 12;

/**
 * The smallest whole number n with n × hoursEach ≥ demandHours. The division only proposes n: the
 * product decides, since a quotient can land a hair either side of a whole number.
 */
export function csmsFor(demandHours: number, hoursEach: number): number {
  if (!(demandHours > 0)) return 0;
  const n = Math.ceil(demandHours / hoursEach);
  // One step either way at most: the quotient is within a rounding of the true ratio. (No loop: past
  // 2^53 CSMs, n − 1 is n, and a loop stepping down would never end.)
  if (n * hoursEach < demandHours) return n + 1;
  return n > 0 && (n - 1) * hoursEach >= demandHours ? n - 1 : n;
}

/** An empty row of month t: the fields every row has, to be filled. */
function emptyRow(month: number): MonthRow {
  return {
    month,
    accounts: 0,
    mrr: 0,
    newAccounts: 0,
    newMrr: 0,
    expansionMrr: 0,
    contractionMrr: 0,
    churnedMrr: 0,
    churnedAccounts: 0,
    revenue: 0,
    grossProfit: 0,
    cacSpend: 0,
    csms: 0,
    productiveCsms: 0,
    csmCost: 0,
    overheadCost: 0,
    digitalCost: 0,
    csCost: 0,
    contribution: 0,
    cumulativeContribution: 0,
    coverage: 0,
    demandHours: 0,
    nrr: null,
    grr: null,
    logoRetention: null,
  };
}

const ratio = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? numerator / denominator : null;

/**
 * The month loop of MODEL.md for one segment (steps 1 to 7; steps 4 to 6 live in book.ts).
 * test/model/reference.ts keeps the literal cohort-by-cohort reading of MODEL.md and a property test
 * holds the two equal.
 */
export function runSegment(a: Assumptions, s: Segment, options: RunOptions = {}): RunTotals {
  const H = a.horizonMonths;
  const { rows = null, fullCoverage = false, retained } = options;
  const { arpa, cac, csmHoursPerMonth } = s;
  const { grossMargin, team } = a;
  const hiring = team.staffing === 'hireToCoverage' && !fullCoverage;
  const digital = s.digitalCoverage;
  const overheadPerCsmMonth = (team.toolingPerCsmYear + team.managerAnnualCost / team.csmsPerManager) / 12;
  const digitalFixedMonth = s.digitalFixedCostPerYear / 12;

  const bookCount = options.books?.count ?? 1;
  const books: Book[] = [newBook(s.startingAccounts, arpa)];
  for (let i = 1; i < bookCount; i++) books.push(newBook());
  const single = bookCount === 1;
  const main = books[0]!;

  // NOTE: trailing retention follows "the cohorts that existed at t−12". Those are exactly every
  // account on the books at the end of month t−12, so each month starts a tracker, a copy of the book,
  // and ages it with the segment's levers, without later cohorts, for 12 months.
  const tracking = (rows !== null || retained !== undefined) && single && H >= RETENTION_WINDOW;
  const trackers: Book[] = tracking ? Array.from({ length: RETENTION_WINDOW }, () => newBook()) : [];
  if (tracking) copyBook(main, trackers[0]!);
  const retentionOut = retained ?? null;
  if (retentionOut !== null) {
    for (const list of [retentionOut.mrr, retentionOut.grossMrr, retentionOut.accounts]) {
      list.length = H + 1;
      list.fill(0);
    }
  }

  // Hires by month, for the ramp.
  const hires = hiring || team.rampMonths > 0 ? new Array<number>(H + 1).fill(0) : null;
  let headcount = s.csms;
  let productive = s.csms;

  const monthlyDiscount = 1 / compoundFactor(a.annualDiscountRate, 1);
  let discount = 1;
  let discountedGrossProfit = 0;
  let discountedCsCost = 0;
  let cumulative = 0;
  let grossProfitSum = 0;
  let csCostSum = 0;
  let peakDemand = 0;

  let onboarded = s.startingAccounts;
  let pending = 0;
  let mrr = main.mrr;
  if (rows !== null) {
    rows.length = 0;
    // NOTE: row 0 is the starting snapshot: its revenue is the starting MRR, but like every flow and
    // cost its gross profit is 0, since no month has been run (sums over months 1..H stay sums of flows).
    const row0 = emptyRow(0);
    row0.accounts = s.startingAccounts;
    row0.mrr = mrr;
    row0.revenue = mrr;
    row0.csms = s.csms;
    row0.productiveCsms = s.csms;
    rows.push(row0);
  }

  const leversAt = leversAtCoverage(s);
  const levers: LeversInForce = { churn: 0, contraction: 0, success: 0, ttv: 0, growth: 0 };
  let leversK = Number.NaN;
  const flows = noFlows();
  for (let t = 1; t <= H; t++) {
    // 1. New accounts.
    const paid = s.newAccountsPerMonth;
    const arriving = paid + (s.referralsPerAccountYear / 12) * onboarded;

    // 2. Team and coverage.
    const allAccounts = onboarded + pending;
    // NOTE: demand below zero (only reachable by calling the model with out-of-range hours) counts as
    // none, so coverage stays within [0, 1] whatever the caller passes.
    const demand = Math.max(
      0,
      s.impactHoursPerAccountMonth * allAccounts + s.onboardingHoursPerAccount * arriving,
    );
    if (demand > peakDemand) peakDemand = demand;
    if (hires !== null) {
      if (hiring) {
        const hired = Math.max(0, csmsFor(team.targetCoverage * demand, csmHoursPerMonth) - headcount);
        hires[t] = hired;
        headcount += hired;
      }
      // NOTE: a CSM hired in month u gives hours from month u + the ramp-up months; the starting team is
      // productive at once.
      const ready = t - team.rampMonths;
      if (ready >= 1) productive += hires[ready]!;
    }
    let human: number;
    if (fullCoverage) human = 1;
    else if (productive === 0) human = 0;
    else if (demand === 0) human = 1;
    else human = Math.min(1, (productive * csmHoursPerMonth) / demand);
    const k = digital + (1 - digital) * human;

    // 3. Levers in force: they depend on k alone, so a month at last month's coverage (always so
    // without a team, and once fully staffed) reuses them.
    if (k !== leversK) {
      leversK = k;
      leversAt(k, levers);
    }

    // 4 and 5: every book ages a month; 6: the new cohort joins its book.
    flows.churnedAccounts = 0;
    flows.churnedMrr = 0;
    flows.contractionMrr = 0;
    flows.expansionMrr = 0;
    flows.failedAccounts = 0;
    for (const book of books) ageBook(book, t, levers, arpa, flows);
    const joined = joinBook(single ? main : books[options.books!.bookOf(t)]!, t, arriving, levers, arpa);

    onboarded = 0;
    pending = 0;
    let onboardedMrr = 0;
    for (const book of books) {
      onboarded += book.accounts;
      onboardedMrr += book.mrr;
      pending += pendingAccounts(book, t);
    }
    options.books?.observe(t, books);
    mrr = onboardedMrr + pending * arpa;

    // 7. Cost of the CS program.
    const csmCost = (headcount * s.csmAnnualCost) / 12;
    const overheadCost = headcount * overheadPerCsmMonth;
    const digitalCost = digitalFixedMonth + s.digitalCostPerAccountMonth * (allAccounts + arriving);
    const csCost = csmCost + overheadCost + digitalCost;

    const grossProfit = grossMargin * mrr;
    const cacSpend = paid * cac;
    const contribution = grossProfit - cacSpend - csCost;
    cumulative += contribution;
    grossProfitSum += grossProfit;
    csCostSum += csCost;
    discount *= monthlyDiscount;
    discountedGrossProfit += grossProfit * discount;
    discountedCsCost += csCost * discount;

    // Trailing 12 months: the trackers started at u = t − 12 .. t − 1 age this month; the one started
    // at t − 12 is read, and its slot starts over from this month's book.
    let retainedMrr = 0;
    let retainedGrossMrr = 0;
    let retainedAccounts = 0;
    if (tracking) {
      for (let u = Math.max(0, t - RETENTION_WINDOW); u < t && u <= H - RETENTION_WINDOW; u++) {
        ageBook(trackers[u % RETENTION_WINDOW]!, t, levers, arpa, null);
      }
      const slot = trackers[t % RETENTION_WINDOW]!;
      if (t >= RETENTION_WINDOW) {
        const stillPending = pendingAccounts(slot, t);
        retainedMrr = slot.mrr + stillPending * arpa;
        retainedGrossMrr = slot.grossMrr + stillPending * arpa;
        retainedAccounts = slot.accounts + stillPending;
        if (retentionOut !== null) {
          retentionOut.mrr[t] = retainedMrr;
          retentionOut.grossMrr[t] = retainedGrossMrr;
          retentionOut.accounts[t] = retainedAccounts;
        }
      }
      if (t <= H - RETENTION_WINDOW) copyBook(main, slot);
    }

    if (rows === null) continue;
    const row = emptyRow(t);
    row.accounts = onboarded + pending;
    row.mrr = mrr;
    row.newAccounts = joined;
    row.newMrr = joined * arpa;
    row.expansionMrr = flows.expansionMrr;
    row.contractionMrr = flows.contractionMrr;
    row.churnedMrr = flows.churnedMrr;
    row.churnedAccounts = flows.churnedAccounts + flows.failedAccounts;
    row.revenue = mrr;
    row.grossProfit = grossProfit;
    row.cacSpend = cacSpend;
    row.csms = headcount;
    row.productiveCsms = productive;
    row.csmCost = csmCost;
    row.overheadCost = overheadCost;
    row.digitalCost = digitalCost;
    row.csCost = csCost;
    row.contribution = contribution;
    row.cumulativeContribution = cumulative;
    row.coverage = k;
    row.demandHours = demand;
    if (tracking && t >= RETENTION_WINDOW) {
      const then = rows[t - RETENTION_WINDOW]!;
      row.nrr = ratio(retainedMrr, then.mrr);
      row.grr = ratio(retainedGrossMrr, then.mrr);
      row.logoRetention = ratio(retainedAccounts, then.accounts);
    }
    rows.push(row);
  }

  return {
    grossProfit: grossProfitSum,
    csCost: csCostSum,
    discountedGrossProfit,
    discountedCsCost,
    finalMrr: mrr,
    finalAccounts: onboarded + pending,
    // csmsFor only grows with demand, so the busiest month needs the most CSMs.
    csmsNeededAtPeak: csmsFor(peakDemand, csmHoursPerMonth),
  };
}

/**
 * Adds a segment's row into the whole book's: every money, account, headcount, cost and hours field.
 * Written out field by field: a loop over field names reads and writes by a computed key, which cost
 * a third of an evaluation of four segments.
 */
function addRow(into: MonthRow, r: MonthRow): void {
  into.accounts += r.accounts;
  into.mrr += r.mrr;
  into.newAccounts += r.newAccounts;
  into.newMrr += r.newMrr;
  into.expansionMrr += r.expansionMrr;
  into.contractionMrr += r.contractionMrr;
  into.churnedMrr += r.churnedMrr;
  into.churnedAccounts += r.churnedAccounts;
  into.revenue += r.revenue;
  into.grossProfit += r.grossProfit;
  into.cacSpend += r.cacSpend;
  into.csms += r.csms;
  into.productiveCsms += r.productiveCsms;
  into.csmCost += r.csmCost;
  into.overheadCost += r.overheadCost;
  into.digitalCost += r.digitalCost;
  into.csCost += r.csCost;
  into.contribution += r.contribution;
  into.cumulativeContribution += r.cumulativeContribution;
  into.demandHours += r.demandHours;
}

/**
 * The whole book's rows: money, accounts, headcount and cost summed; coverage the demand-weighted mean
 * of the segments' (their plain mean in a month that needs no hours); retention pooled over the cohorts
 * of every segment (the sum of the numerators over the sum of the denominators).
 */
function wholeBook(segments: readonly MonthRow[][], retained: readonly Retained[]): MonthRow[] {
  const H = segments[0]!.length - 1;
  const rows: MonthRow[] = [];
  for (let t = 0; t <= H; t++) {
    const row = emptyRow(t);
    let weighted = 0;
    let plain = 0;
    for (const seg of segments) {
      const r = seg[t]!;
      addRow(row, r);
      weighted += r.coverage * r.demandHours;
      plain += r.coverage;
    }
    if (t > 0) row.coverage = row.demandHours > 0 ? weighted / row.demandHours : plain / segments.length;
    if (t >= RETENTION_WINDOW && H >= RETENTION_WINDOW) {
      const then = rows[t - RETENTION_WINDOW]!;
      let mrr = 0;
      let grossMrr = 0;
      let accounts = 0;
      for (const r of retained) {
        mrr += r.mrr[t]!;
        grossMrr += r.grossMrr[t]!;
        accounts += r.accounts[t]!;
      }
      row.nrr = ratio(mrr, then.mrr);
      row.grr = ratio(grossMrr, then.mrr);
      row.logoRetention = ratio(accounts, then.accounts);
    }
    rows.push(row);
  }
  return rows;
}

/** A simulation with each segment's run totals. */
export interface SimulationWithTotals extends Simulation {
  totals: RunTotals[];
}

/** Months 0..H of every segment and of the whole book, with each segment's totals. */
export function simulateWithTotals(a: Assumptions): SimulationWithTotals {
  const many = a.segments.length > 1;
  const retained: Retained[] = [];
  const totals: RunTotals[] = [];
  const segments = a.segments.map((s): SegmentSimulation => {
    const rows: MonthRow[] = [];
    const own: Retained = { mrr: [], grossMrr: [], accounts: [] };
    totals.push(runSegment(a, s, many ? { rows, retained: own } : { rows }));
    retained.push(own);
    return { name: s.name, rows };
  });
  // One segment is the whole book: its rows serve for both.
  const rows = many
    ? wholeBook(
        segments.map((s) => s.rows),
        retained,
      )
    : segments[0]!.rows;
  return { rows, segments, totals };
}

/** Months 0..H of every segment and of the whole book, as MODEL.md defines them. */
export function simulate(a: Assumptions): Simulation {
  const { rows, segments } = simulateWithTotals(a);
  return { rows, segments };
}

/** The totals of every segment's run, without rows. */
export function runTotals(a: Assumptions): RunTotals[] {
  return a.segments.map((s) => runSegment(a, s));
}

/** The sum of segments' totals. */
export function sumTotals(totals: readonly RunTotals[]): RunTotals {
  const sum: RunTotals = {
    grossProfit: 0,
    csCost: 0,
    discountedGrossProfit: 0,
    discountedCsCost: 0,
    finalMrr: 0,
    finalAccounts: 0,
    csmsNeededAtPeak: 0,
  };
  for (const t of totals) {
    for (const key of Object.keys(sum) as (keyof RunTotals)[]) sum[key] += t[key];
  }
  return sum;
}

/**
 * MODEL.md version 2's worked checks, each written once over any engine with MODEL.md's `simulate` and
 * `evaluateCsProgram`, so the same check holds the literal reference (reference.test.ts) and the app's
 * model (v2-engine.test.ts) to the spec's figures.
 */
import { describe, expect, test } from 'vitest';
import { isClose } from './close.ts';
import {
  DEFAULT_TEAM,
  inForce,
  type Assumptions,
  type Lever,
  type RefRow,
  type RefSimulation,
  type Segment,
  type TeamPolicy,
} from './reference.ts';

export interface Engine {
  simulate(a: Assumptions): RefSimulation;
  evaluateCsProgram(a: Assumptions): { roi: number | null; netBenefit: number; csCost: number };
}

/** The same value with and without a CS program. */
export const flat = (value: number): Lever => ({ base: value, withCs: value });

/**
 * A segment to check by hand: no accounts, no CS team or digital program, every lever flat at a neutral
 * value (success 1, everything else 0), then `fields` on top.
 */
export function segment(fields: Partial<Segment> = {}): Segment {
  return {
    name: 'Segment',
    startingAccounts: 0,
    newAccountsPerMonth: 0,
    arpa: 100,
    cac: 0,
    referralsPerAccountYear: 0,
    onboardingSuccess: flat(1),
    monthlyChurn: flat(0),
    expansionWinRate: flat(0),
    expansionUplift: flat(0),
    expansionsPerYear: flat(0),
    monthlyContraction: flat(0),
    timeToValueMonths: flat(0),
    csms: 0,
    csmAnnualCost: 0,
    csmHoursPerMonth: 120,
    onboardingHoursPerAccount: 0,
    impactHoursPerAccountMonth: 0,
    digitalCoverage: 0,
    digitalCostPerAccountMonth: 0,
    digitalFixedCostPerYear: 0,
    ...fields,
  };
}

/** A scenario of `segments` with grossMargin 1, no discounting and the default team policy, then `team`. */
export function scenario(
  horizonMonths: number,
  segments: Segment[],
  team: Partial<TeamPolicy> = {},
): Assumptions {
  return {
    horizonMonths,
    grossMargin: 1,
    annualDiscountRate: 0,
    team: { ...DEFAULT_TEAM, ...team },
    segments,
  };
}

/** The first month from which `b` stays strictly above `a` to the horizon; null if it does not end ahead. */
export function aheadFrom(a: readonly number[], b: readonly number[]): number | null {
  let month: number | null = null;
  for (let t = a.length - 1; t >= 1 && b[t]! > a[t]!; t--) month = t;
  return month;
}

const cents = (x: number): number => Math.round(x * 100) / 100;

/** The article's race, Company A and B, one segment each, over ten years. */
export function checkRace(engine: Engine): void {
  const company = (newAccountsPerMonth: number, churn: number): Assumptions =>
    scenario(120, [segment({ newAccountsPerMonth, arpa: 50, cac: 100, monthlyChurn: flat(churn) })]);
  const a = engine.simulate(company(100, 0.1)).rows;
  const b = engine.simulate(company(50, 0.05)).rows;

  // Accounts follow N[t] = N[t−1](1 − c) + n.
  let nA = 0;
  let nB = 0;
  for (let t = 1; t <= 120; t++) {
    nA = nA * 0.9 + 100;
    nB = nB * 0.95 + 50;
    expect(a[t]!.accounts).toBeCloseTo(nA, 9);
    expect(b[t]!.accounts).toBeCloseTo(nB, 9);
  }

  expect([a[24]!.accounts, a[24]!.mrr, a[24]!.cumulativeContribution].map(cents)).toEqual([
    920.23, 46011.68, 545894.9,
  ]);
  expect([b[24]!.accounts, b[24]!.mrr, b[24]!.cumulativeContribution].map(cents)).toEqual([
    708.01, 35400.55, 407389.57,
  ]);
  // "B is ahead after 24 months" does not hold.
  expect(b[24]!.mrr).toBeLessThan(a[24]!.mrr);
  expect(b[24]!.cumulativeContribution).toBeLessThan(a[24]!.cumulativeContribution);

  const series = (rows: readonly RefRow[], f: 'contribution' | 'cumulativeContribution' | 'mrr') =>
    rows.map((r) => r[f]);
  expect(aheadFrom(series(a, 'contribution'), series(b, 'contribution'))).toBe(43);
  expect(aheadFrom(series(a, 'cumulativeContribution'), series(b, 'cumulativeContribution'))).toBe(99);
  expect(aheadFrom(series(a, 'mrr'), series(b, 'mrr'))).toBeNull();
  expect(b.filter((r) => r.mrr > a[r.month]!.mrr)).toEqual([]);
}

/** A single cohort with no churn: MRR at t = start × arpa × ((1 − contraction)(1 + g))^t, at k = 0 and k = 1. */
export function checkSingleCohort(engine: Engine): void {
  const book = segment({
    startingAccounts: 100,
    arpa: 50,
    monthlyContraction: { base: 0.01, withCs: 0.004 },
    expansionWinRate: { base: 0.2, withCs: 0.3 },
    expansionUplift: { base: 0.1, withCs: 0.2 },
    expansionsPerYear: { base: 2, withCs: 4 },
  });
  // Without a team k = 0; with a team and no hours to give, k = 1.
  for (const [k, csms] of [
    [0, 0],
    [1, 1],
  ] as const) {
    const rows = engine.simulate(scenario(36, [{ ...book, csms }])).rows;
    const contraction = inForce(book.monthlyContraction, k);
    const g =
      Math.pow(
        1 + inForce(book.expansionWinRate, k) * inForce(book.expansionUplift, k),
        inForce(book.expansionsPerYear, k) / 12,
      ) - 1;
    for (let t = 0; t <= 36; t++) {
      expect(rows[t]!.accounts).toBe(100);
      const want = 100 * 50 * Math.pow((1 - contraction) * (1 + g), t);
      expect(Math.abs(rows[t]!.mrr - want)).toBeLessThanOrEqual(1e-12 * want);
    }
  }
}

/** Zero churn, zero expansion, ttv 0, success 1: accounts at t = start + t × new. */
export function checkLinearGrowth(engine: Engine): void {
  const rows = engine.simulate(
    scenario(60, [segment({ startingAccounts: 40, newAccountsPerMonth: 7.5 })]),
  ).rows;
  for (let t = 0; t <= 60; t++) expect(rows[t]!.accounts).toBeCloseTo(40 + t * 7.5, 9);
}

/** Money, account and headcount fields: the sum over segments. */
const SUMMED_FIELDS = [
  'accounts',
  'mrr',
  'newAccounts',
  'newMrr',
  'expansionMrr',
  'contractionMrr',
  'churnedMrr',
  'churnedAccounts',
  'revenue',
  'grossProfit',
  'cacSpend',
  'csms',
  'productiveCsms',
  'csmCost',
  'overheadCost',
  'digitalCost',
  'csCost',
  'contribution',
  'cumulativeContribution',
  'demandHours',
] as const;

/**
 * A segment with every part of version 2 in play: growth, referrals, onboarding, partial coverage, a
 * digital program and the full cost of the team.
 */
export const BUSY_SEGMENT: Segment = segment({
  name: 'Mid-market',
  startingAccounts: 300,
  newAccountsPerMonth: 12,
  arpa: 1500,
  cac: 9000,
  referralsPerAccountYear: 0.05,
  onboardingSuccess: { base: 0.8, withCs: 0.95 },
  monthlyChurn: { base: 0.02, withCs: 0.008 },
  expansionWinRate: { base: 0.2, withCs: 0.35 },
  expansionUplift: { base: 0.15, withCs: 0.25 },
  expansionsPerYear: { base: 1, withCs: 3 },
  monthlyContraction: { base: 0.006, withCs: 0.003 },
  timeToValueMonths: { base: 3, withCs: 1 },
  csms: 2,
  csmAnnualCost: 110000,
  csmHoursPerMonth: 120,
  onboardingHoursPerAccount: 8,
  impactHoursPerAccountMonth: 0.9,
  digitalCoverage: 0.25,
  digitalCostPerAccountMonth: 3,
  digitalFixedCostPerYear: 18000,
});

export const BUSY_TEAM: Partial<TeamPolicy> = {
  staffing: 'hireToCoverage',
  targetCoverage: 0.8,
  rampMonths: 3,
  csmsPerManager: 6,
  managerAnnualCost: 150000,
  toolingPerCsmYear: 4000,
};

/**
 * Two identical segments: exactly twice every money, account and headcount figure of one, each segment's
 * rows those of the one, and the same NRR, GRR, logo retention and ROI; the same coverage (a weighted
 * mean of two equal values, equal up to the last bit of k × demand ÷ demand).
 */
export function checkTwinSegments(engine: Engine, one: Assumptions): void {
  const only = one.segments[0]!;
  const two = { ...one, segments: [only, { ...only, name: `${only.name} twin` }] };
  const single = engine.simulate(one);
  const double = engine.simulate(two);
  expect(double.segments.map((s) => s.name)).toEqual([only.name, `${only.name} twin`]);
  for (const s of double.segments) expect(s.rows).toEqual(single.segments[0]!.rows);
  for (let t = 0; t <= one.horizonMonths; t++) {
    const r1 = single.rows[t]!;
    const r2 = double.rows[t]!;
    for (const f of SUMMED_FIELDS) {
      if (r2[f] !== 2 * r1[f]) throw new Error(`month ${t} ${f}: ${r2[f]} is not twice ${r1[f]}`);
    }
    for (const f of ['nrr', 'grr', 'logoRetention'] as const) {
      if (r2[f] !== r1[f]) throw new Error(`month ${t} ${f}: ${r2[f]}, one segment ${r1[f]}`);
    }
    // Coverage is a ratio of hours summed over segments: summing reorders the floating-point steps, so it
    // agrees to rounding (1.1e-15 apart was seen with a digital program covering nearly all hours).
    if (!(Math.abs(r2.coverage - r1.coverage) <= 1e-12)) {
      throw new Error(`month ${t} coverage: ${r2.coverage}, one segment ${r1.coverage}`);
    }
  }
  const e1 = engine.evaluateCsProgram(one);
  const e2 = engine.evaluateCsProgram(two);
  expect(e2.netBenefit).toBe(2 * e1.netBenefit);
  expect(e2.csCost).toBe(2 * e1.csCost);
  expect(e2.roi).toBe(e1.roi);
}

/** The worked check's book: a busy segment hiring to 80 % coverage, with every cost of the team. */
export const BUSY_SCENARIO: Assumptions = scenario(48, [BUSY_SEGMENT], BUSY_TEAM);

/**
 * Hiring: 100 accounts needing 13 hours each, CSMs of 130 hours, none at the start, hiring to full coverage
 * with a 2-month ramp: 10 CSMs hired in month 1 and paid from month 1; coverage 0 in months 1–2, 1 from 3.
 */
export function checkHiring(engine: Engine): void {
  const a = scenario(
    12,
    [
      segment({
        startingAccounts: 100,
        impactHoursPerAccountMonth: 13,
        csmHoursPerMonth: 130,
        csmAnnualCost: 120000,
      }),
    ],
    { staffing: 'hireToCoverage', targetCoverage: 1, rampMonths: 2 },
  );
  const rows = engine.simulate(a).segments[0]!.rows;
  expect(rows[0]!.csms).toBe(0);
  expect(rows[0]!.csmCost).toBe(0);
  for (let t = 1; t <= 12; t++) {
    expect(rows[t]!.csms).toBe(10);
    expect(rows[t]!.csmCost).toBe(100000);
    expect(rows[t]!.productiveCsms).toBe(t <= 2 ? 0 : 10);
    expect(rows[t]!.coverage).toBe(t <= 2 ? 0 : 1);
    expect(rows[t]!.demandHours).toBe(1300);
  }
}

/**
 * Digital only: no CSMs and digitalCoverage 0.4, so every lever sits 40 % of the way from base to withCs,
 * every month: churn, contraction and expansion on a standing book; success and time to value on new ones.
 */
export function checkDigitalOnly(engine: Engine): void {
  const digital = { csms: 0, digitalCoverage: 0.4 };
  const standing = segment({
    ...digital,
    startingAccounts: 1000,
    arpa: 80,
    monthlyChurn: { base: 0.05, withCs: 0.01 },
    monthlyContraction: { base: 0.01, withCs: 0 },
    expansionWinRate: { base: 0.1, withCs: 0.3 },
    expansionUplift: { base: 0.2, withCs: 0.2 },
    expansionsPerYear: { base: 1, withCs: 4 },
  });
  const rows = engine.simulate(scenario(24, [standing])).rows;
  const churn = 0.05 + 0.4 * (0.01 - 0.05);
  const growth = Math.pow(1 + (0.1 + 0.4 * 0.2) * 0.2, (1 + 0.4 * 3) / 12);
  for (let t = 1; t <= 24; t++) {
    expect(rows[t]!.coverage).toBeCloseTo(0.4, 15);
    expect(rows[t]!.accounts).toBeCloseTo(1000 * Math.pow(1 - churn, t), 9);
    const perAccount = 80 * Math.pow((1 - 0.006) * growth, t);
    expect(rows[t]!.mrr / rows[t]!.accounts).toBeCloseTo(perAccount, 9);
  }

  // Success 0.5 → 1 and time to value 5 → 0 in force at 0.7 and 3: each month's 10 new accounts pay for
  // three months, then 30 % of them leave.
  const joining = segment({
    ...digital,
    newAccountsPerMonth: 10,
    onboardingSuccess: { base: 0.5, withCs: 1 },
    timeToValueMonths: { base: 5, withCs: 0 },
  });
  const newRows = engine.simulate(scenario(24, [joining])).rows;
  for (let t = 1; t <= 24; t++) {
    expect(newRows[t]!.coverage).toBeCloseTo(0.4, 15);
    expect(newRows[t]!.newAccounts).toBe(10);
    expect(newRows[t]!.churnedAccounts).toBeCloseTo(t > 3 ? 3 : 0, 9);
    expect(newRows[t]!.accounts).toBeCloseTo(10 * t - 3 * Math.max(0, t - 3), 9);
  }
}

/**
 * The full cost of the program, month by month: CSMs at their cost, managers as a share and tools per CSM,
 * the digital program's platform and per-account cost.
 */
export function checkFullCost(engine: Engine): void {
  const book = segment({
    startingAccounts: 200,
    newAccountsPerMonth: 10,
    csms: 4,
    csmAnnualCost: 96000,
    impactHoursPerAccountMonth: 1,
    digitalCoverage: 0.1,
    digitalCostPerAccountMonth: 5,
    digitalFixedCostPerYear: 24000,
  });
  const team = { csmsPerManager: 8, managerAnnualCost: 120000, toolingPerCsmYear: 6000 };
  const rows = engine.simulate(scenario(12, [book], team)).rows;
  for (let t = 1; t <= 12; t++) {
    expect(rows[t]!.csms).toBe(4);
    expect(rows[t]!.csmCost).toBeCloseTo(32000, 9);
    expect(rows[t]!.overheadCost).toBeCloseTo((4 * (6000 + 120000 / 8)) / 12, 9);
    // The book at the end of t − 1 (200 + 10(t − 1)) and this month's 10 new accounts.
    expect(rows[t]!.digitalCost).toBeCloseTo(2000 + 5 * (200 + 10 * t), 9);
    expect(rows[t]!.csCost).toBeCloseTo(rows[t]!.csmCost + rows[t]!.overheadCost + rows[t]!.digitalCost, 9);
    expect(rows[t]!.contribution).toBeCloseTo(rows[t]!.grossProfit - rows[t]!.csCost, 9);
  }
}

const COSTS = ['cacSpend', 'csmCost', 'overheadCost', 'digitalCost', 'csCost'] as const;

/**
 * What MODEL.md promises of any scenario's rows: the MRR and account bridges in every segment, a team
 * that never shrinks when it hires to coverage (and is fixed otherwise), productive CSMs no more than
 * the team, coverage in [0, 1] (0 in month 0), every cost ≥ 0, every number finite.
 */
export function checkInvariants(a: Assumptions, sim: RefSimulation): void {
  const fail = (where: string, what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  const check = (rows: readonly RefRow[], where: string): void => {
    if (rows[0]!.coverage !== 0) fail(where, `coverage ${rows[0]!.coverage} in month 0`);
    rows.forEach((r, t) => {
      const at = `${where} month ${t}`;
      for (const [f, v] of Object.entries(r)) if (v !== null && !Number.isFinite(v)) fail(at, `${f} = ${v}`);
      if (!(r.coverage >= 0 && r.coverage <= 1)) fail(at, `coverage ${r.coverage}`);
      for (const f of COSTS) if (!(r[f] >= 0)) fail(at, `${f} = ${r[f]}`);
      if (r.productiveCsms > r.csms) fail(at, `${r.productiveCsms} productive of ${r.csms}`);
    });
  };
  check(sim.rows, 'whole book');
  a.segments.forEach((s, j) => {
    const rows = sim.segments[j]!.rows;
    const where = `segment ${j}`;
    check(rows, where);
    for (let t = 1; t < rows.length; t++) {
      const r = rows[t]!;
      const before = rows[t - 1]!;
      if (a.team.staffing === 'fixed' && r.csms !== s.csms) fail(where, `team ${r.csms} of fixed ${s.csms}`);
      if (r.csms < before.csms) fail(where, `team shrank from ${before.csms} to ${r.csms} in month ${t}`);
      const mrrTerms = [before.mrr, r.newMrr, r.expansionMrr, r.contractionMrr, r.churnedMrr, r.mrr];
      const bridged = before.mrr + r.newMrr + r.expansionMrr - r.contractionMrr - r.churnedMrr;
      if (!isClose(r.mrr, bridged, Math.max(...mrrTerms))) fail(where, `MRR bridge month ${t}`);
      const accountTerms = [before.accounts, r.newAccounts, r.churnedAccounts, r.accounts];
      const accounts = before.accounts + r.newAccounts - r.churnedAccounts;
      if (!isClose(r.accounts, accounts, Math.max(...accountTerms))) fail(where, `account bridge month ${t}`);
    }
  });
}

/** Every worked check of MODEL.md v2 as one test each, run against `engine` (the model, or the literal reading). */
export function describeWorkedChecks(title: string, engine: Engine): void {
  describe(title, () => {
    test('the acquisition vs retention race: 920.23 / 46,011.68 / 545,894.90 and 708.01 / 35,400.55 / 407,389.57', () =>
      checkRace(engine));
    test('a single cohort with no churn: MRR = start × arpa × ((1 − contraction)(1 + g))^t', () =>
      checkSingleCohort(engine));
    test('zero churn, zero expansion, ttv 0, success 1: accounts = start + t × new', () =>
      checkLinearGrowth(engine));
    test('two identical segments: twice every money and account figure, the same ratios and ROI', () =>
      checkTwinSegments(engine, BUSY_SCENARIO));
    test('two identical segments with a fixed team too', () =>
      checkTwinSegments(engine, { ...BUSY_SCENARIO, team: DEFAULT_TEAM }));
    test('hiring: 10 CSMs hired and paid from month 1, productive (coverage 1) from month 3', () =>
      checkHiring(engine));
    test('digital only: every lever 40 % of the way from base to withCs', () => checkDigitalOnly(engine));
    test('the full cost: CSMs, managers as a share, tools, the digital platform and per account', () =>
      checkFullCost(engine));
  });
}

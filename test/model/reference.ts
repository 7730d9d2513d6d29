/**
 * A deliberately literal, slow reading of shared/MODEL.md (version 2): for each segment a list of cohort
 * objects, each updated on its own, the team hired month by month, trailing retention recomputed from every
 * cohort's history; the whole book summed from the segments afterwards. It is written from the
 * specification's words only, not from src/model, and imports nothing from it: its types carry MODEL.md's
 * names, so the model's own types fit them structurally and the property tests can hold the two equal.
 */

/** MODEL.md: "the value without a CS program and the value with a fully covered one". */
export interface Lever {
  base: number;
  withCs: number;
}

export interface TeamPolicy {
  staffing: 'fixed' | 'hireToCoverage';
  targetCoverage: number;
  rampMonths: number;
  csmsPerManager: number;
  managerAnnualCost: number;
  toolingPerCsmYear: number;
}

export interface Segment {
  name: string;
  startingAccounts: number;
  newAccountsPerMonth: number;
  arpa: number;
  cac: number;
  referralsPerAccountYear: number;
  onboardingSuccess: Lever;
  monthlyChurn: Lever;
  expansionWinRate: Lever;
  expansionUplift: Lever;
  expansionsPerYear: Lever;
  monthlyContraction: Lever;
  timeToValueMonths: Lever;
  csms: number;
  csmAnnualCost: number;
  csmHoursPerMonth: number;
  onboardingHoursPerAccount: number;
  impactHoursPerAccountMonth: number;
  digitalCoverage: number;
  digitalCostPerAccountMonth: number;
  digitalFixedCostPerYear: number;
}

export interface Assumptions {
  horizonMonths: number;
  grossMargin: number;
  annualDiscountRate: number;
  team: TeamPolicy;
  segments: Segment[];
}

export interface RefRow {
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
  csms: number;
  productiveCsms: number;
  csmCost: number;
  overheadCost: number;
  digitalCost: number;
  csCost: number;
  contribution: number;
  cumulativeContribution: number;
  coverage: number;
  demandHours: number;
  nrr: number | null;
  grr: number | null;
  logoRetention: number | null;
}

export interface RefSimulation {
  rows: RefRow[];
  segments: { name: string; rows: RefRow[] }[];
}

/** MODEL.md's defaults of the team policy: what a version-1 scenario runs with. */
export const DEFAULT_TEAM: TeamPolicy = {
  staffing: 'fixed',
  targetCoverage: 1,
  rampMonths: 0,
  csmsPerManager: 8,
  managerAnnualCost: 0,
  toolingPerCsmYear: 0,
};

/** A version-1 scenario: the segment's fields at the top level, no team policy, no digital program. */
export type Version1Assumptions = Pick<Assumptions, 'horizonMonths' | 'grossMargin' | 'annualDiscountRate'> &
  Omit<Segment, 'name' | 'digitalCoverage' | 'digitalCostPerAccountMonth' | 'digitalFixedCostPerYear'>;

/**
 * MODEL.md: a version-1 scenario "is read as one segment with default team policy and no digital program".
 */
export function fromVersion1(v1: Version1Assumptions, name = 'Segment 1'): Assumptions {
  const { horizonMonths, grossMargin, annualDiscountRate, ...segment } = v1;
  return {
    horizonMonths,
    grossMargin,
    annualDiscountRate,
    team: DEFAULT_TEAM,
    segments: [
      { ...segment, name, digitalCoverage: 0, digitalCostPerAccountMonth: 0, digitalFixedCostPerYear: 0 },
    ],
  };
}

/** MODEL.md: "the value in force is base + k × (withCs − base)". */
export const inForce = (lever: Lever, k: number): number => lever.base + k * (lever.withCs - lever.base);

/** Half up: 2.5 → 3, 2.49 → 2. */
const roundHalfUp = (x: number): number => Math.floor(x + 0.5);

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

/**
 * MODEL.md's world without a CS program: every segment with no CSMs and no digital program, fixed staffing.
 */
export function withoutCsProgram(a: Assumptions): Assumptions {
  return {
    ...a,
    team: { ...a.team, staffing: 'fixed' },
    segments: a.segments.map((s) => ({
      ...s,
      csms: 0,
      digitalCoverage: 0,
      digitalCostPerAccountMonth: 0,
      digitalFixedCostPerYear: 0,
    })),
  };
}

interface Cohort {
  /** Month the cohort joined (0 for the starting accounts). */
  joinMonth: number;
  accounts: number;
  mrr: number;
  status: 'onboarding' | 'onboarded';
  /** Month its onboarding resolves (its join month when it joined already onboarded). */
  resolveMonth: number;
  /** Share that reaches first value, fixed when it joined. */
  successRate: number;
  /** Accounts and MRR at the end of each month since it joined, indexed by month. */
  accountsAt: Map<number, number>;
  mrrAt: Map<number, number>;
  /** The factor its MRR took in each month, expansion left out (churn × contraction, or success at resolve). */
  grossFactorAt: Map<number, number>;
}

/** The numerators and denominators of trailing retention at one month, kept so the whole book can pool them. */
interface Trailing {
  mrrThen: number;
  mrrNow: number;
  grossNow: number;
  accountsThen: number;
  accountsNow: number;
}

interface SegmentRun {
  rows: RefRow[];
  /** By month; null before month 12. */
  trailing: (Trailing | null)[];
}

/** Null where the denominator is 0, as MODEL.md says for every trailing ratio. */
const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

/** The smallest whole n with n × hours ≥ wanted, comparing the product as MODEL.md asks. */
function smallestTeam(wanted: number, hoursPerCsm: number): number {
  let n = Math.max(0, Math.ceil(wanted / hoursPerCsm));
  while (n > 0 && (n - 1) * hoursPerCsm >= wanted) n--;
  while (n * hoursPerCsm < wanted) n++;
  return n;
}

function runSegment(a: Assumptions, s: Segment): SegmentRun {
  const H = a.horizonMonths;
  const start: Cohort = {
    joinMonth: 0,
    accounts: s.startingAccounts,
    mrr: s.startingAccounts * s.arpa,
    status: 'onboarded',
    resolveMonth: 0,
    successRate: 1,
    accountsAt: new Map([[0, s.startingAccounts]]),
    mrrAt: new Map([[0, s.startingAccounts * s.arpa]]),
    grossFactorAt: new Map(),
  };
  const cohorts: Cohort[] = [start];
  const team = [s.csms];
  const hires = [0];

  const rows: RefRow[] = [
    {
      month: 0,
      accounts: start.accounts,
      mrr: start.mrr,
      newAccounts: 0,
      newMrr: 0,
      expansionMrr: 0,
      contractionMrr: 0,
      churnedMrr: 0,
      churnedAccounts: 0,
      // NOTE: MODEL.md says both "revenue = mrr of month t" and "row 0 has zero flows"; revenue follows
      // the first (it is the MRR snapshot), gross profit and the other money flows the second, as in v1.
      revenue: start.mrr,
      grossProfit: 0,
      cacSpend: 0,
      csms: s.csms,
      productiveCsms: s.csms,
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
    },
  ];
  const trailing: (Trailing | null)[] = [null];

  let cumulativeContribution = 0;
  for (let t = 1; t <= H; t++) {
    // State at the end of month t − 1.
    const onboardedAccounts = sum(cohorts.filter((c) => c.status === 'onboarded').map((c) => c.accounts));
    const allAccounts = sum(cohorts.map((c) => c.accounts));

    // 1. New accounts.
    const paid = s.newAccountsPerMonth;
    const referred = (s.referralsPerAccountYear / 12) * onboardedAccounts;
    const arriving = paid + referred;

    // 2. Team and coverage.
    const demand = s.impactHoursPerAccountMonth * allAccounts + s.onboardingHoursPerAccount * arriving;
    if (a.team.staffing === 'fixed') {
      hires.push(0);
      team.push(s.csms);
    } else {
      const need = smallestTeam(a.team.targetCoverage * demand, s.csmHoursPerMonth);
      const hired = Math.max(0, need - team[t - 1]!);
      hires.push(hired);
      team.push(team[t - 1]! + hired);
    }
    let productive = s.csms;
    for (let u = 1; u <= t - a.team.rampMonths; u++) productive += hires[u]!;
    let humanCoverage: number;
    if (productive === 0) humanCoverage = 0;
    else if (demand === 0) humanCoverage = 1;
    else humanCoverage = Math.min(1, (productive * s.csmHoursPerMonth) / demand);
    const k = s.digitalCoverage + (1 - s.digitalCoverage) * humanCoverage;

    // 3. Levers in force.
    const churn = inForce(s.monthlyChurn, k);
    const contraction = inForce(s.monthlyContraction, k);
    const success = inForce(s.onboardingSuccess, k);
    const ttv = roundHalfUp(inForce(s.timeToValueMonths, k));
    const g =
      Math.pow(
        1 + inForce(s.expansionWinRate, k) * inForce(s.expansionUplift, k),
        inForce(s.expansionsPerYear, k) / 12,
      ) - 1;

    let expansionMrr = 0;
    let contractionMrr = 0;
    let churnedMrr = 0;
    let churnedAccounts = 0;
    for (const c of cohorts) {
      if (c.status === 'onboarded') {
        // 4. Churn first (accounts and MRR × (1 − churn)), then contraction on what is left
        // (MRR × (1 − contraction)), then expansion (MRR × (1 + g)).
        const lostAccounts = c.accounts * churn;
        const lostMrr = c.mrr * churn;
        c.accounts *= 1 - churn;
        c.mrr *= 1 - churn;
        const contracted = c.mrr * contraction;
        c.mrr *= 1 - contraction;
        const expanded = c.mrr * g;
        c.mrr += expanded;
        churnedAccounts += lostAccounts;
        churnedMrr += lostMrr;
        contractionMrr += contracted;
        expansionMrr += expanded;
        c.grossFactorAt.set(t, (1 - churn) * (1 - contraction));
      } else if (c.resolveMonth === t) {
        // 5. Onboarding resolves: the share (1 − success) leaves, its MRR counted as churned; the rest stay.
        const failedAccounts = c.accounts * (1 - c.successRate);
        const failedMrr = c.mrr * (1 - c.successRate);
        c.accounts *= c.successRate;
        c.mrr *= c.successRate;
        c.status = 'onboarded';
        churnedAccounts += failedAccounts;
        churnedMrr += failedMrr;
        c.grossFactorAt.set(t, c.successRate);
      } else {
        // Still onboarding: pays, no churn, no contraction, no expansion.
        c.grossFactorAt.set(t, 1);
      }
    }

    // 6. The new cohort joins.
    const joined = ttv === 0 ? arriving * success : arriving;
    cohorts.push({
      joinMonth: t,
      accounts: joined,
      mrr: joined * s.arpa,
      status: ttv === 0 ? 'onboarded' : 'onboarding',
      resolveMonth: t + ttv,
      successRate: success,
      accountsAt: new Map(),
      mrrAt: new Map(),
      grossFactorAt: new Map(),
    });
    for (const c of cohorts) {
      c.accountsAt.set(t, c.accounts);
      c.mrrAt.set(t, c.mrr);
    }

    // 7. Cost of the CS program.
    const csmCost = (team[t]! * s.csmAnnualCost) / 12;
    const overheadCost =
      (team[t]! * (a.team.toolingPerCsmYear + a.team.managerAnnualCost / a.team.csmsPerManager)) / 12;
    const digitalCost =
      s.digitalFixedCostPerYear / 12 + s.digitalCostPerAccountMonth * (allAccounts + arriving);
    const csCost = csmCost + overheadCost + digitalCost;

    const accounts = sum(cohorts.map((c) => c.accounts));
    const mrr = sum(cohorts.map((c) => c.mrr));
    const grossProfit = a.grossMargin * mrr;
    const cacSpend = paid * s.cac;
    const contribution = grossProfit - cacSpend - csCost;
    cumulativeContribution += contribution;

    // Trailing 12 months over the cohorts that joined at or before t − 12.
    let window: Trailing | null = null;
    if (t >= 12) {
      const old = cohorts.filter((c) => c.joinMonth <= t - 12);
      window = {
        mrrThen: sum(old.map((c) => c.mrrAt.get(t - 12)!)),
        mrrNow: sum(old.map((c) => c.mrrAt.get(t)!)),
        grossNow: sum(
          old.map((c) => {
            let factor = 1;
            for (let m = t - 11; m <= t; m++) factor *= c.grossFactorAt.get(m)!;
            return c.mrrAt.get(t - 12)! * factor;
          }),
        ),
        accountsThen: sum(old.map((c) => c.accountsAt.get(t - 12)!)),
        accountsNow: sum(old.map((c) => c.accountsAt.get(t)!)),
      };
    }
    trailing.push(window);

    rows.push({
      month: t,
      accounts,
      mrr,
      newAccounts: joined,
      newMrr: joined * s.arpa,
      expansionMrr,
      contractionMrr,
      churnedMrr,
      churnedAccounts,
      revenue: mrr,
      grossProfit,
      cacSpend,
      csms: team[t]!,
      productiveCsms: productive,
      csmCost,
      overheadCost,
      digitalCost,
      csCost,
      contribution,
      cumulativeContribution,
      coverage: k,
      demandHours: demand,
      nrr: window && ratio(window.mrrNow, window.mrrThen),
      grr: window && ratio(window.grossNow, window.mrrThen),
      logoRetention: window && ratio(window.accountsNow, window.accountsThen),
    });
  }
  return { rows, trailing };
}

/** Fields of the whole book's row that are the sum over segments (MODEL.md: every account, money, headcount and cost field). */
const SUMMED = [
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

function wholeBookRow(runs: readonly SegmentRun[], t: number): RefRow {
  const parts = runs.map((run) => run.rows[t]!);
  const total = (field: (typeof SUMMED)[number]): number => sum(parts.map((r) => r[field]));
  const summed = Object.fromEntries(SUMMED.map((f) => [f, total(f)])) as Record<
    (typeof SUMMED)[number],
    number
  >;
  const demand = summed.demandHours;
  let coverage: number;
  if (t === 0) coverage = 0;
  else if (demand === 0) coverage = sum(parts.map((r) => r.coverage)) / parts.length;
  else coverage = sum(parts.map((r) => r.coverage * r.demandHours)) / demand;
  const windows = runs.map((run) => run.trailing[t]!);
  const pooled = (field: keyof Trailing): number => sum(windows.map((w) => w[field]));
  const hasWindow = t >= 12;
  return {
    month: t,
    ...summed,
    coverage,
    nrr: hasWindow ? ratio(pooled('mrrNow'), pooled('mrrThen')) : null,
    grr: hasWindow ? ratio(pooled('grossNow'), pooled('mrrThen')) : null,
    logoRetention: hasWindow ? ratio(pooled('accountsNow'), pooled('accountsThen')) : null,
  };
}

export function referenceSimulate(a: Assumptions): RefSimulation {
  const runs = a.segments.map((s) => runSegment(a, s));
  const rows: RefRow[] = [];
  for (let t = 0; t <= a.horizonMonths; t++) rows.push(wholeBookRow(runs, t));
  return { rows, segments: a.segments.map((s, i) => ({ name: s.name, rows: runs[i]!.rows })) };
}

/** The program figures MODEL.md computes the same way on the whole book and on each segment. */
export interface ReferenceProgram {
  deltaGrossProfit: number;
  csCost: number;
  netBenefit: number;
  roi: number | null;
  paybackMonth: number | null;
  npv: number;
  endingArrLift: number;
  accountsSaved: number;
  roiByYear: (number | null)[];
  csCostShareOfArr: number | null;
}

export interface ReferenceSegmentProgram extends ReferenceProgram {
  name: string;
  equivalentNewLogos: number | null;
  acquisitionSpendAvoided: number | null;
}

export interface ReferenceEvaluation extends ReferenceProgram {
  equivalentNewLogos: number | null;
  acquisitionSpendAvoided: number | null;
  segments: ReferenceSegmentProgram[];
  baseline: RefSimulation;
  withCs: RefSimulation;
}

function program(a: Assumptions, baseline: readonly RefRow[], withCs: readonly RefRow[]): ReferenceProgram {
  const H = a.horizonMonths;
  const i = Math.pow(1 + a.annualDiscountRate, 1 / 12) - 1;
  const deltaAt = (t: number): number => withCs[t]!.grossProfit - baseline[t]!.grossProfit;
  let deltaGrossProfit = 0;
  let csCost = 0;
  let npv = 0;
  const cumulative = [0];
  for (let t = 1; t <= H; t++) {
    const net = deltaAt(t) - withCs[t]!.csCost;
    deltaGrossProfit += deltaAt(t);
    csCost += withCs[t]!.csCost;
    npv += net / Math.pow(1 + i, t);
    cumulative.push(cumulative[t - 1]! + net);
  }
  let paybackMonth: number | null = null;
  for (let t = 1; t <= H && paybackMonth === null && csCost !== 0; t++) {
    if (cumulative.slice(t).every((v) => v >= 0)) paybackMonth = t;
  }
  const roiByYear: (number | null)[] = [];
  for (let first = 1; first <= H; first += 12) {
    let blockDelta = 0;
    let blockCost = 0;
    for (let t = first; t <= Math.min(H, first + 11); t++) {
      blockDelta += deltaAt(t);
      blockCost += withCs[t]!.csCost;
    }
    roiByYear.push(blockCost === 0 ? null : (blockDelta - blockCost) / blockCost);
  }
  const netBenefit = deltaGrossProfit - csCost;
  return {
    deltaGrossProfit,
    csCost,
    netBenefit,
    roi: csCost === 0 ? null : netBenefit / csCost,
    paybackMonth,
    npv,
    endingArrLift: 12 * (withCs[H]!.mrr - baseline[H]!.mrr),
    accountsSaved: withCs[H]!.accounts - baseline[H]!.accounts,
    roiByYear,
    csCostShareOfArr: ratio(withCs[H]!.csCost, withCs[H]!.mrr),
  };
}

/** evaluateCsProgram as MODEL.md words it, from two literal runs (recommendedCsms aside: see below). */
export function referenceEvaluate(a: Assumptions): ReferenceEvaluation {
  const H = a.horizonMonths;
  const baseline = referenceSimulate(withoutCsProgram(a));
  const withCs = referenceSimulate(a);
  const segments = a.segments.map((s, j): ReferenceSegmentProgram => {
    const base = baseline.segments[j]!.rows;
    const cs = withCs.segments[j]!.rows;
    const equivalentNewLogos = s.arpa === 0 ? null : (cs[H]!.mrr - base[H]!.mrr) / s.arpa;
    return {
      name: s.name,
      ...program(a, base, cs),
      equivalentNewLogos,
      acquisitionSpendAvoided: equivalentNewLogos === null ? null : equivalentNewLogos * s.cac,
    };
  });
  const sumOfKnown = (values: (number | null)[]): number | null => {
    const known = values.filter((v): v is number => v !== null);
    return known.length === 0 ? null : sum(known);
  };
  return {
    ...program(a, baseline.rows, withCs.rows),
    equivalentNewLogos: sumOfKnown(segments.map((s) => s.equivalentNewLogos)),
    acquisitionSpendAvoided: sumOfKnown(segments.map((s) => s.acquisitionSpendAvoided)),
    segments,
    baseline,
    withCs,
  };
}

/** The scenario with one segment's team set to `csms` and fixed staffing for everyone. */
function withFixedTeams(a: Assumptions, csms: readonly number[]): Assumptions {
  return {
    ...a,
    team: { ...a.team, staffing: 'fixed' },
    segments: a.segments.map((s, j) => ({ ...s, csms: csms[j]! })),
  };
}

/**
 * MODEL.md's recommendedCsms by brute force: csms = 0, 1, 2, … with fixed staffing until the segment's
 * coverage is 1 in every month 1..H. Slow; for small books only (it gives up above `limit`).
 */
export function referenceRecommendedCsms(a: Assumptions, segment: number, limit = 10_000): number {
  for (let csms = 0; csms <= limit; csms++) {
    const fixed = withFixedTeams(
      a,
      a.segments.map((s, j) => (j === segment ? csms : s.csms)),
    );
    const rows = runSegment(fixed, fixed.segments[segment]!).rows;
    if (rows.slice(1).every((r) => r.coverage === 1)) return csms;
  }
  throw new Error(`no team up to ${limit} CSMs covers segment ${segment}`);
}

/** Every way to split `total` CSMs over `parts` segments (compositions), in lexicographic order. */
function splits(total: number, parts: number): number[][] {
  if (parts === 1) return [[total]];
  const out: number[][] = [];
  for (let first = 0; first <= total; first++) {
    for (const rest of splits(total - first, parts - 1)) out.push([first, ...rest]);
  }
  return out;
}

/**
 * MODEL.md's allocateTeam by brute force: the whole-book net benefit of every split of `total` CSMs over
 * the segments (fixed staffing), and the best. Exponential in the segments: small cases only.
 */
export function referenceAllocateTeam(
  a: Assumptions,
  total: number,
): { best: { csms: number[]; netBenefit: number }; all: { csms: number[]; netBenefit: number }[] } {
  const all = splits(total, a.segments.length).map((csms) => ({
    csms,
    netBenefit: referenceEvaluate(withFixedTeams(a, csms)).netBenefit,
  }));
  const best = all.reduce((b, x) => (x.netBenefit > b.netBenefit ? x : b));
  return { best, all };
}

/**
 * Within `tolerance` of a whole number other than 0: where the last bit of a sum picks the side. A whole
 * number itself counts, since another summation order may land one bit off it; 0 does not (no demand, or
 * no target, is 0 in any order).
 */
const nearWhole = (y: number, tolerance: number): boolean =>
  y !== 0 && Math.abs(y - Math.round(y)) < tolerance * Math.max(1, y);

/**
 * Whether any month of any segment sits within `tolerance` of one of the model's steps: time to value
 * rounded half up, or (hiring to coverage) the whole number of CSMs needed. On such an edge the last bit
 * of a sum decides the step, and two correct summation orders may take different sides.
 */
export function nearStepEdge(a: Assumptions, sim: RefSimulation, tolerance = 1e-9): boolean {
  return a.segments.some((s, j) =>
    sim.segments[j]!.rows.slice(1).some((row) => {
      const x = inForce(s.timeToValueMonths, row.coverage);
      if (Math.abs(x - Math.floor(x) - 0.5) < tolerance) return true;
      if (a.team.staffing === 'fixed') return false;
      return nearWhole((a.team.targetCoverage * row.demandHours) / s.csmHoursPerMonth, tolerance);
    }),
  );
}

/**
 * Whether, with `csms` CSMs on `segment` (fixed staffing), some month's demand is within `tolerance` of a
 * whole number of CSMs' hours: there the last bit of the demand decides whether that team covers the
 * month, so the recommended team may be one more or one fewer.
 */
export function nearCoverageEdge(a: Assumptions, segment: number, csms: number, tolerance = 1e-9): boolean {
  const fixed = withFixedTeams(
    a,
    a.segments.map((s, j) => (j === segment ? csms : s.csms)),
  );
  const s = fixed.segments[segment]!;
  // NOTE: k = d + (1 − d) × kh rounds to exactly 1 when the human shortfall 1 − kh is below about
  // 2^-52 / (1 − d): with a digital coverage d near 1, a team a hair short of the hours still "gives k = 1"
  // in floating point. That zone is an edge too (the model may ask for the hours themselves).
  const zone = s.digitalCoverage < 1 ? 2 ** -52 / (1 - s.digitalCoverage) : 0;
  return runSegment(fixed, s)
    .rows.slice(1)
    .some((row) => nearWhole(row.demandHours / s.csmHoursPerMonth, tolerance + zone));
}

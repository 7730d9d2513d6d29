import { count, decimal, money, multiple, percent, type Formatting } from '../format.ts';
import { startingCsms, type Projection } from '../store/projection.ts';

export type KpiName =
  | 'roi'
  | 'payback'
  | 'npv'
  | 'arr-lift'
  | 'arr-with-cs'
  | 'arr-without-cs'
  | 'nrr'
  | 'grr'
  | 'logo-retention'
  | 'clv'
  | 'ltv-cac'
  | 'equivalent-logos'
  | 'acquisition-avoided'
  | 'recommended-csms'
  | 'accounts-per-csm'
  | 'coverage';

export interface Kpi {
  name: KpiName;
  label: string;
  value: string;
  detail: string;
  tone: 'good' | 'bad' | 'neutral';
  /** How the number is computed, in one sentence. */
  formula: string;
}

const tone = (x: number | null): Kpi['tone'] => (x === null || x === 0 ? 'neutral' : x > 0 ? 'good' : 'bad');

/** Every KPI card's text, from one projection: pure, so it is tested without a DOM. */
export function buildKpis(p: Projection, fmt: Formatting): Kpi[] {
  const a = p.inputs;
  const e = p.evaluation;
  const H = a.horizonMonths;
  const csms = startingCsms(a);
  const last = e.withCs.rows[H]!;
  const lastBase = e.baseline.rows[H]!;
  // Trailing-12-month retention at the horizon, with CS, against the same without it. Only NRR has a
  // threshold everyone knows (100 %), so only NRR is coloured.
  const retention = (
    name: KpiName,
    label: string,
    field: 'nrr' | 'grr' | 'logoRetention',
    formula: string,
  ): Kpi => {
    const withCs = last[field];
    const without = lastBase[field];
    return {
      name,
      label,
      value: withCs === null ? 'Needs 12 months' : percent(fmt, withCs, 1),
      detail:
        without === null
          ? `The horizon is ${H} months; trailing retention needs 12.`
          : `${percent(fmt, without, 1)} without CS`,
      tone: field !== 'nrr' || withCs === null ? 'neutral' : withCs >= 1 ? 'good' : 'bad',
      formula,
    };
  };
  let lowest = { coverage: 1, month: 0 };
  for (const r of e.withCs.rows.slice(1))
    if (r.coverage < lowest.coverage) lowest = { coverage: r.coverage, month: r.month };

  return [
    {
      name: 'roi',
      label: 'CS program ROI',
      value: e.roi === null ? 'No CS cost' : percent(fmt, e.roi, 0),
      detail:
        e.roi === null
          ? 'With no CSMs there is no program to return on.'
          : `${money(fmt, e.netBenefit, true)} net on ${money(fmt, e.csCost, true)} of CS cost over ${H} months`,
      tone: tone(e.roi),
      formula:
        '(Gross profit with CS − gross profit without CS − CS cost) ÷ CS cost, summed over the horizon.',
    },
    {
      name: 'payback',
      label: 'Payback',
      value:
        e.paybackMonth === null
          ? e.csCost > 0
            ? `Not within ${H} months`
            : 'Nothing to pay back'
          : `Month ${e.paybackMonth}`,
      detail:
        e.paybackMonth === null
          ? e.csCost > 0
            ? `Cumulative net benefit is ${money(fmt, e.cumulativeNetBenefit[H]!, true)} at month ${H}.`
            : 'The program costs nothing.'
          : 'From this month on, the program has returned more than it cost.',
      tone: e.paybackMonth === null ? (e.csCost > 0 ? 'bad' : 'neutral') : 'good',
      formula:
        'First month from which cumulative (extra gross profit − CS cost) stays at or above zero to the horizon.',
    },
    {
      name: 'npv',
      label: 'Net present value',
      value: money(fmt, e.npv, true),
      detail: `Net benefit discounted at ${percent(fmt, a.annualDiscountRate, 1)} a year`,
      tone: tone(e.npv),
      formula:
        'Σ monthly net benefit ÷ (1 + i)^t, with i the monthly rate equal to the annual discount rate.',
    },
    {
      name: 'arr-lift',
      label: `ARR lift at month ${H}`,
      value: money(fmt, e.endingArrLift, true),
      detail: `${count(fmt, Math.abs(e.accountsSaved))} ${e.accountsSaved < 0 ? 'fewer' : 'more'} accounts than without CS`,
      tone: tone(e.endingArrLift),
      formula: '12 × (MRR with CS − MRR without CS) at the horizon.',
    },
    {
      name: 'arr-with-cs',
      label: `ARR at month ${H}, with CS`,
      value: money(fmt, 12 * last.mrr, true),
      detail: `${count(fmt, last.accounts)} accounts`,
      tone: 'neutral',
      formula: '12 × MRR at the horizon, with the CS team as staffed.',
    },
    {
      name: 'arr-without-cs',
      label: `ARR at month ${H}, without CS`,
      value: money(fmt, 12 * lastBase.mrr, true),
      detail: `${count(fmt, lastBase.accounts)} accounts`,
      tone: 'neutral',
      formula: '12 × MRR at the horizon with no CS program: every lever at its without-CS value.',
    },
    retention(
      'nrr',
      'Net revenue retention',
      'nrr',
      'MRR now of the accounts on the books 12 months ago ÷ their MRR then (trailing 12 months, at the horizon).',
    ),
    retention(
      'grr',
      'Gross revenue retention',
      'grr',
      'As NRR, with expansion left out: only churn, contraction and onboarding failures count.',
    ),
    retention(
      'logo-retention',
      'Logo retention',
      'logoRetention',
      'Accounts now of those on the books 12 months ago ÷ their number then.',
    ),
    {
      name: 'clv',
      label: 'Customer lifetime value',
      value: money(fmt, p.clvWithCs, true),
      detail: `${money(fmt, p.clvBaseline, true)} without CS`,
      tone: 'neutral',
      formula:
        'Gross margin of one new account over 120 months, at the coverage the team delivers on average.',
    },
    {
      name: 'ltv-cac',
      label: 'LTV : CAC',
      value: p.ltvToCacWithCs === null ? 'No CAC' : multiple(fmt, p.ltvToCacWithCs),
      detail:
        p.ltvToCacBaseline === null
          ? 'Acquisition is free'
          : `${multiple(fmt, p.ltvToCacBaseline)} without CS`,
      tone: p.ltvToCacWithCs === null ? 'neutral' : p.ltvToCacWithCs >= 3 ? 'good' : 'bad',
      formula: 'Customer lifetime value ÷ acquisition cost of one account.',
    },
    {
      name: 'equivalent-logos',
      label: 'Equivalent new logos',
      value: e.equivalentNewLogos === null ? 'No ARPA' : count(fmt, e.equivalentNewLogos),
      detail: 'New accounts it would take to add the same MRR',
      tone: tone(e.equivalentNewLogos),
      formula: 'MRR lift at the horizon ÷ revenue per new account.',
    },
    {
      name: 'acquisition-avoided',
      label: 'Acquisition spend avoided',
      value: e.acquisitionSpendAvoided === null ? 'No ARPA' : money(fmt, e.acquisitionSpendAvoided, true),
      detail:
        a.segments.length === 1
          ? `Equivalent logos × ${money(fmt, a.segments[0]!.cac)} CAC`
          : 'Equivalent logos of each segment × its CAC',
      tone: tone(e.acquisitionSpendAvoided),
      formula: 'Equivalent new logos × CAC: what Sales would spend to win the same MRR.',
    },
    {
      name: 'recommended-csms',
      label: 'Recommended CSMs',
      value: decimal(fmt, e.recommendedCsms, 0),
      detail: `You have ${decimal(fmt, csms, 0)}; this many cover every month in full`,
      tone: e.recommendedCsms > csms ? 'bad' : 'good',
      formula: 'Smallest team whose hours meet onboarding plus impact hours in every month of the horizon.',
    },
    {
      name: 'accounts-per-csm',
      label: `Accounts per CSM at month ${H}`,
      value: csms > 0 ? decimal(fmt, last.accounts / csms, 0) : 'No CSMs',
      detail: `${decimal(fmt, last.accounts / e.recommendedCsms, 0)} with the recommended team`,
      tone: 'neutral',
      formula: 'Accounts at the horizon ÷ CSMs. The right ratio follows from hours of impact, not revenue.',
    },
    {
      name: 'coverage',
      label: 'CS coverage',
      value: percent(fmt, p.averageCoverage, 0),
      detail:
        lowest.coverage < 1
          ? `Average; lowest ${percent(fmt, lowest.coverage, 0)} in month ${lowest.month}`
          : 'Every month fully covered',
      tone: p.averageCoverage >= 0.999 ? 'good' : 'bad',
      formula: 'CSM hours available ÷ hours needed, capped at 100 %, averaged over the months.',
    },
  ];
}

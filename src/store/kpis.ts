import { count, decimal, money, multiple, percent, type Formatting } from '../format.ts';
import type { Assumptions } from '../model/index.ts';
import { segmentIn, startingCsms, type Projection } from './projection-of.ts';
import { segmentRows } from './segment-rows.ts';

/**
 * The KPI registry: every key figure defined once. The KPI cards, the compare table, the key-figures CSV
 * and the methodology view all read this list, so a KPI is added, renamed or explained here and nowhere
 * else. "The month table" in the recipes is the one docs/model.md defines: one row per month, run twice,
 * as entered ("with CS") and with no CSMs ("without CS").
 */

export type FigureUnit = 'money' | 'percent' | 'month' | 'count' | 'ratio';
export type Tone = 'good' | 'bad' | 'neutral';

/** A figure as numbers, for a scenario: with CS, and the same with no CS program (null where meaningless). */
export interface FigureValues {
  withCs: number | null;
  withoutCs: number | null;
}

/** A number the CSV export and the compare table list. */
export interface FigureDefinition {
  /** The KPI card's `data-kpi` hook, the compare row's and the methodology entry's name. */
  name: string;
  /** Its name where scenarios of different horizons meet (compare table, CSV). */
  label: string;
  unit: FigureUnit;
  /** Which way is better, for reading a difference; null when neither is. */
  better: 'higher' | 'lower' | null;
  /** Set on a figure of the run with no CS program: the compare table compares its without-CS values. */
  run?: 'withoutCs';
  /** Set on a figure of one segment (a new account's worth): it is read for the segment on screen, and named. */
  perSegment?: true;
  /** The figure of projection `p`; a per-segment figure is that of segment `segment`. */
  read: (p: Projection, segment: number) => FigureValues;
}

/** What one KPI card says. */
export interface CardText {
  value: string;
  detail: string;
  tone: Tone;
}

export interface KpiDefinition extends FigureDefinition {
  /** One of the four cards that tell the story (the first row, and the whole compact embed). */
  headline?: true;
  /** The card's and methodology's label, where it differs from `label` (it may name the horizon month). */
  cardLabel?: (horizonMonths: number) => string;
  /** The card's text, from the figure `read` gave and the projection it came from. */
  card: (f: FigureValues, p: Projection, fmt: Formatting) => CardText;
  /** How the number is computed, in one sentence. */
  formula: string;
  /** What the number says, for the person reading it. */
  meaning: string;
  /** How to rebuild it from the month table in a spreadsheet. */
  spreadsheet: string;
  /** Figures the card's detail line quotes: each is its own row in the CSV and the compare table. */
  quotes?: readonly FigureDefinition[];
}

/** Positive is good, negative bad; zero or no value says nothing. */
const signTone = (x: number | null): Tone => (x === null || x === 0 ? 'neutral' : x > 0 ? 'good' : 'bad');

/**
 * A return that pays back in plain sums can still lose money once later months count for less: with NPV
 * below zero, ROI and payback are not shown as good news.
 */
const unlessNpvNegative = (p: Projection, tone: Tone): Tone =>
  tone === 'good' && p.evaluation.npv < 0 ? 'neutral' : tone;

const horizonRow = (p: Projection) => p.evaluation.withCs.rows[p.inputs.horizonMonths]!;
const horizonBaseRow = (p: Projection) => p.evaluation.baseline.rows[p.inputs.horizonMonths]!;

/**
 * Trailing-12-month retention at the horizon, with CS, against the same without it. Only NRR has a
 * threshold everyone knows (100 %), so only NRR is coloured.
 */
function retention(field: 'nrr' | 'grr' | 'logoRetention', colour: boolean) {
  return {
    unit: 'percent' as const,
    better: 'higher' as const,
    read: (p: Projection): FigureValues => ({
      withCs: horizonRow(p)[field],
      withoutCs: horizonBaseRow(p)[field],
    }),
    card: ({ withCs, withoutCs }: FigureValues, p: Projection, fmt: Formatting): CardText => ({
      value: withCs === null ? 'Needs 12 months' : percent(fmt, withCs, 1),
      detail:
        withoutCs === null
          ? `The horizon is ${p.inputs.horizonMonths} months; trailing retention needs 12.`
          : `${percent(fmt, withoutCs, 1)} without CS`,
      tone: !colour || withCs === null ? 'neutral' : withCs >= 1 ? 'good' : 'bad',
    }),
  };
}

export const KPIS: readonly KpiDefinition[] = [
  {
    name: 'roi',
    label: 'CS program ROI',
    headline: true,
    unit: 'percent',
    better: 'higher',
    read: (p) => ({ withCs: p.evaluation.roi, withoutCs: null }),
    card: ({ withCs: roi }, p, fmt) => ({
      value: roi === null ? 'No CS cost' : percent(fmt, roi, 0),
      detail:
        roi === null
          ? 'With no CSMs there is no program to return on.'
          : `${money(fmt, p.evaluation.netBenefit, true)} net on ${money(fmt, p.evaluation.csCost, true)} of CS cost over ${p.inputs.horizonMonths} months` +
            (p.evaluation.npv < 0 && roi > 0 ? '; discounted, it loses money (NPV below zero)' : ''),
      tone: unlessNpvNegative(p, signTone(roi)),
    }),
    formula: '(Gross profit with CS − gross profit without CS − CS cost) ÷ CS cost, summed over the horizon.',
    meaning:
      'What each unit spent on CS returns over the horizon after paying for itself: 150 % means every 1 of CS cost came back as 2.50 of extra gross profit.',
    spreadsheet:
      'Run the month table with CS and without. Per month, extra gross profit = gross profit with CS − gross profit without. CS cost a month = CSMs × annual cost ÷ 12. ROI = (Σ extra gross profit − Σ CS cost) ÷ Σ CS cost, over months 1 to H.',
    quotes: [
      {
        name: 'net-benefit',
        label: 'Net benefit over the horizon',
        unit: 'money',
        better: 'higher',
        read: (p) => ({ withCs: p.evaluation.netBenefit, withoutCs: null }),
      },
      {
        name: 'cs-cost',
        label: 'CS cost over the horizon',
        unit: 'money',
        better: null,
        read: (p) => ({ withCs: p.evaluation.csCost, withoutCs: 0 }),
      },
    ],
  },
  {
    name: 'payback',
    label: 'Payback month',
    cardLabel: () => 'Payback',
    headline: true,
    unit: 'month',
    better: 'lower',
    read: (p) => ({ withCs: p.evaluation.paybackMonth, withoutCs: null }),
    card: ({ withCs: month }, p, fmt) => {
      const e = p.evaluation;
      const H = p.inputs.horizonMonths;
      if (month !== null)
        return {
          value: `Month ${month}`,
          detail:
            e.npv < 0
              ? 'From this month on it has returned more than it cost, in sums not discounted; its NPV is below zero.'
              : 'From this month on, the program has returned more than it cost.',
          tone: unlessNpvNegative(p, 'good'),
        };
      return e.csCost > 0
        ? {
            value: `Not within ${H} months`,
            detail: `Cumulative net benefit is ${money(fmt, e.cumulativeNetBenefit[H]!, true)} at month ${H}.`,
            tone: 'bad',
          }
        : { value: 'Nothing to pay back', detail: 'The program costs nothing.', tone: 'neutral' };
    },
    formula:
      'First month from which cumulative (extra gross profit − CS cost) stays at or above zero to the horizon.',
    meaning:
      'The month from which the program has returned, in total, more than it has cost, and stays there.',
    spreadsheet:
      'Add a running total of (extra gross profit − CS cost) month by month. Payback is the first month from which the running total is at or above zero in every later month to the horizon.',
  },
  {
    name: 'npv',
    label: 'Net present value',
    headline: true,
    unit: 'money',
    better: 'higher',
    read: (p) => ({ withCs: p.evaluation.npv, withoutCs: null }),
    card: ({ withCs: npv }, p, fmt) => ({
      value: money(fmt, npv!, true),
      detail: `Net benefit discounted at ${percent(fmt, p.inputs.annualDiscountRate, 1)} a year`,
      tone: signTone(npv),
    }),
    formula: 'Σ monthly net benefit ÷ (1 + i)^t, with i the monthly rate equal to the annual discount rate.',
    meaning: 'The net benefit in today’s money: later months count for less, at the discount rate.',
    spreadsheet:
      'Monthly rate i = (1 + annual rate)^(1/12) − 1. NPV = Σ over months t = 1..H of (extra gross profit − CS cost) in month t ÷ (1 + i)^t.',
  },
  {
    name: 'arr-lift',
    label: 'ARR lift at the horizon',
    cardLabel: (H) => `ARR lift at month ${H}`,
    headline: true,
    unit: 'money',
    better: 'higher',
    read: (p) => ({ withCs: p.evaluation.endingArrLift, withoutCs: null }),
    card: ({ withCs: lift }, p, fmt) => {
      const saved = p.evaluation.accountsSaved;
      return {
        value: money(fmt, lift!, true),
        detail: `${count(fmt, Math.abs(saved))} ${saved < 0 ? 'fewer' : 'more'} accounts than without CS`,
        tone: signTone(lift),
      };
    },
    formula: '12 × (MRR with CS − MRR without CS) at the horizon.',
    meaning: 'How much more recurring revenue a year the business runs at by the end, thanks to CS.',
    spreadsheet:
      '12 × (MRR with CS − MRR without CS) in month H. Accounts saved = accounts with CS − accounts without, in month H.',
  },
  {
    name: 'arr-with-cs',
    label: 'ARR at the horizon',
    cardLabel: (H) => `ARR at month ${H}, with CS`,
    unit: 'money',
    better: 'higher',
    read: (p) => ({ withCs: 12 * horizonRow(p).mrr, withoutCs: 12 * horizonBaseRow(p).mrr }),
    card: ({ withCs: arr }, p, fmt) => ({
      value: money(fmt, arr!, true),
      detail: `${count(fmt, horizonRow(p).accounts)} accounts`,
      tone: 'neutral',
    }),
    formula: '12 × MRR at the horizon, with the CS team as staffed.',
    meaning: 'Annual recurring revenue at the end of the horizon with the CS team as staffed.',
    spreadsheet: '12 × MRR in month H of the table with CS.',
    quotes: [
      {
        name: 'accounts',
        label: 'Accounts at the horizon',
        unit: 'count',
        better: 'higher',
        read: (p) => ({ withCs: horizonRow(p).accounts, withoutCs: horizonBaseRow(p).accounts }),
      },
    ],
  },
  {
    name: 'arr-without-cs',
    label: 'ARR at the horizon, without CS',
    cardLabel: (H) => `ARR at month ${H}, without CS`,
    unit: 'money',
    better: 'higher',
    run: 'withoutCs',
    read: (p) => ({ withCs: null, withoutCs: 12 * horizonBaseRow(p).mrr }),
    card: ({ withoutCs: arr }, p, fmt) => ({
      value: money(fmt, arr!, true),
      detail: `${count(fmt, horizonBaseRow(p).accounts)} accounts`,
      tone: 'neutral',
    }),
    formula: '12 × MRR at the horizon with no CS program: every lever at its without-CS value.',
    meaning: 'Annual recurring revenue at the end of the horizon with no CS program at all.',
    spreadsheet: '12 × MRR in month H of the table without CS (every lever at its without-CS value).',
  },
  {
    name: 'nrr',
    label: 'Net revenue retention',
    ...retention('nrr', true),
    formula:
      'MRR now of the accounts on the books 12 months ago ÷ their MRR then (trailing 12 months, at the horizon).',
    meaning:
      'Whether existing customers grow or shrink their spend over a year, new customers left out: above 100 % they grow on their own.',
    spreadsheet:
      'Take every account on the books at the end of month H − 12. Follow only them (no later joiners) to month H with the same monthly churn, contraction and expansion; accounts still onboarding count at ARPA and lose their failures when they resolve. NRR = their MRR in month H ÷ their MRR in month H − 12.',
  },
  {
    name: 'grr',
    label: 'Gross revenue retention',
    ...retention('grr', false),
    formula: 'As NRR, with expansion left out: only churn, contraction and onboarding failures count.',
    meaning: 'The same year of existing customers, counting only what is lost: it can never exceed 100 %.',
    spreadsheet:
      'As NRR, but their MRR in month H is rebuilt without expansion: MRR in month H − 12 × the product of the monthly churn, contraction and onboarding-failure factors of months H − 11 to H.',
  },
  {
    name: 'logo-retention',
    label: 'Logo retention, trailing 12 months',
    ...retention('logoRetention', false),
    formula: 'Accounts now of those on the books 12 months ago ÷ their number then.',
    meaning:
      'The share of customers (not revenue) on the books a year ago that are still with you, onboarding failures included. Not the same as the annual logo retention rate 1 − annual churn that “Retention or acquisition?” moves, which counts churn of onboarded accounts only.',
    spreadsheet: 'Accounts of that same group in month H ÷ their number in month H − 12.',
  },
  {
    name: 'clv',
    label: 'Customer lifetime value',
    unit: 'money',
    better: 'higher',
    perSegment: true,
    read: (p, i) => ({ withCs: p.segments[i]!.clvWithCs, withoutCs: p.segments[i]!.clvBaseline }),
    card: ({ withCs, withoutCs }, _p, fmt) => ({
      value: money(fmt, withCs!, true),
      detail: `${money(fmt, withoutCs!, true)} without CS`,
      tone: 'neutral',
    }),
    formula: 'Gross margin of one new account over 120 months, at the coverage the team delivers on average.',
    meaning:
      'What one new customer is worth in gross margin over ten years, at the coverage the team delivers.',
    spreadsheet:
      'One account, 120 monthly rows: it pays ARPA while onboarding; in its time-to-value month only the success share stays; after that its MRR is multiplied each month by (1 − churn) × (1 − contraction) × (1 + g). CLV = gross margin × Σ MRR, levers at the team’s average coverage (0 for "without CS").',
  },
  {
    name: 'ltv-cac',
    label: 'LTV : CAC',
    unit: 'ratio',
    better: 'higher',
    perSegment: true,
    read: (p, i) => ({ withCs: p.segments[i]!.ltvToCacWithCs, withoutCs: p.segments[i]!.ltvToCacBaseline }),
    card: ({ withCs, withoutCs }, _p, fmt) => ({
      value: withCs === null ? 'No CAC' : multiple(fmt, withCs),
      detail: withoutCs === null ? 'Acquisition is free' : `${multiple(fmt, withoutCs)} without CS`,
      tone: withCs === null ? 'neutral' : withCs >= 3 ? 'good' : 'bad',
    }),
    formula: 'Customer lifetime value ÷ acquisition cost of one account.',
    meaning: 'How many times a new customer pays back what it cost to win; 3× is a common bar.',
    spreadsheet: 'CLV ÷ CAC.',
  },
  {
    name: 'equivalent-logos',
    label: 'Equivalent new logos',
    unit: 'count',
    better: 'higher',
    read: (p) => ({ withCs: p.evaluation.equivalentNewLogos, withoutCs: null }),
    card: ({ withCs: logos }, _p, fmt) => ({
      value: logos === null ? 'No ARPA' : count(fmt, logos),
      detail: 'New accounts it would take to add the same MRR',
      tone: signTone(logos),
    }),
    formula: 'MRR lift at the horizon ÷ revenue per new account.',
    meaning: 'How many extra customers Sales would have to win to add the MRR that CS adds.',
    spreadsheet: '(MRR with CS − MRR without CS) in month H ÷ ARPA.',
  },
  {
    name: 'acquisition-avoided',
    label: 'Acquisition spend avoided',
    unit: 'money',
    better: 'higher',
    read: (p) => ({ withCs: p.evaluation.acquisitionSpendAvoided, withoutCs: null }),
    card: ({ withCs: avoided }, p, fmt) => ({
      value: avoided === null ? 'No ARPA' : money(fmt, avoided, true),
      detail:
        p.inputs.segments.length === 1
          ? `Equivalent logos × ${money(fmt, p.inputs.segments[0]!.cac)} CAC`
          : 'Equivalent logos of each segment × its CAC',
      tone: signTone(avoided),
    }),
    formula: 'Equivalent new logos × CAC: what Sales would spend to win the same MRR.',
    meaning: 'What Sales and Marketing would spend to win those customers instead.',
    spreadsheet: 'Equivalent new logos × CAC.',
  },
  {
    name: 'recommended-csms',
    label: 'Recommended CSMs',
    unit: 'count',
    better: null,
    read: (p) => ({ withCs: p.evaluation.recommendedCsms, withoutCs: null }),
    card: ({ withCs: recommended }, p, fmt) => {
      const csms = startingCsms(p.inputs);
      return {
        value: decimal(fmt, recommended!, 0),
        detail: `You have ${decimal(fmt, csms, 0)}; this many cover every month in full`,
        tone: recommended! > csms ? 'bad' : 'good',
      };
    },
    formula: 'Smallest team whose hours meet onboarding plus impact hours in every month of the horizon.',
    meaning: 'The smallest team that gives every account the hours it needs, in every month of the horizon.',
    spreadsheet:
      'Run the table with coverage forced to 100 %. Hours needed in month t = impact hours × all accounts at the end of month t − 1 + onboarding hours × accounts joining in month t. The team is the largest of those ÷ CSM hours a month, rounded up (at least 1).',
  },
  {
    name: 'accounts-per-csm',
    label: 'Accounts per CSM at the horizon',
    cardLabel: (H) => `Accounts per CSM at month ${H}`,
    unit: 'count',
    better: null,
    read: (p) => {
      const csms = startingCsms(p.inputs);
      return { withCs: csms > 0 ? horizonRow(p).accounts / csms : null, withoutCs: null };
    },
    card: ({ withCs: perCsm }, p, fmt) => ({
      value: perCsm === null ? 'No CSMs' : decimal(fmt, perCsm, 0),
      detail: `${decimal(fmt, horizonRow(p).accounts / p.evaluation.recommendedCsms, 0)} with the recommended team`,
      tone: 'neutral',
    }),
    formula: 'Accounts at the horizon ÷ CSMs. The right ratio follows from hours of impact, not revenue.',
    meaning: 'The book each CSM carries at the end; the right ratio follows from hours, not from revenue.',
    spreadsheet: 'Accounts in month H ÷ CSMs (and ÷ the recommended team for comparison).',
  },
  {
    name: 'coverage',
    label: 'Average CS coverage',
    cardLabel: () => 'CS coverage',
    unit: 'percent',
    better: 'higher',
    read: (p) => ({ withCs: p.coverage.average, withoutCs: null }),
    card: ({ withCs: average }, p, fmt) => ({
      value: percent(fmt, average!, 0),
      detail:
        p.coverage.lowest < 1
          ? `Average; lowest ${percent(fmt, p.coverage.lowest, 0)} in month ${p.coverage.lowestMonth}`
          : 'Every month fully covered',
      tone: average! >= 0.999 ? 'good' : 'bad',
    }),
    formula: 'CSM hours available ÷ hours needed, capped at 100 %, averaged over the months.',
    meaning:
      'How much of the CS time the accounts need the team can give; below 100 % the with-CS levers only partly apply.',
    spreadsheet:
      'Per month: k = 0 with no CSMs, 1 when no hours are needed, otherwise min(1, CSMs × CSM hours ÷ hours needed). The card shows the average of k over months 1 to H and its lowest month.',
  },
  {
    name: 'roi-year-1',
    label: 'CS program ROI in year 1',
    cardLabel: () => 'ROI by year',
    unit: 'percent',
    better: 'higher',
    read: (p) => ({ withCs: p.evaluation.roiByYear[0] ?? null, withoutCs: null }),
    card: ({ withCs: first }, p, fmt) => {
      const later = p.evaluation.roiByYear
        .slice(1)
        .map((roi, i) => `year ${i + 2}: ${roi === null ? 'no CS cost' : percent(fmt, roi, 0)}`);
      return {
        value: first === null ? 'No CS cost' : `Year 1: ${percent(fmt, first, 0)}`,
        detail: later.length === 0 ? 'The horizon is one year or less.' : later.join(', '),
        tone: first === null ? 'neutral' : signTone(first),
      };
    },
    formula: 'Within each year of the horizon: (extra gross profit − CS cost) ÷ CS cost of that year.',
    meaning:
      'When the program earns its keep: a first year below zero is usual, as onboarding and retention gains build on the book month after month.',
    spreadsheet:
      'From the month table, per year (months 1–12, 13–24, …): (Σ extra gross profit − Σ CS cost) ÷ Σ CS cost. A last part-year counts its own months.',
  },
  {
    name: 'cs-cost-share',
    label: 'CS cost as a share of ARR, at the horizon',
    cardLabel: () => 'CS cost share of ARR',
    unit: 'percent',
    better: 'lower',
    read: (p) => ({ withCs: p.evaluation.csCostShareOfArr, withoutCs: null }),
    card: ({ withCs: share }, p, fmt) => ({
      value: share === null ? 'No ARR' : percent(fmt, share, 1),
      detail: `In month ${p.inputs.horizonMonths}: CS cost a year ÷ ARR with CS`,
      tone: 'neutral',
    }),
    formula: 'CS cost in the last month ÷ MRR in the last month, with CS (the same as annual CS cost ÷ ARR).',
    meaning:
      'What CS costs against the revenue it looks after; published benchmarks put CS spend near 10 % of revenue.',
    spreadsheet: 'CS cost in month H ÷ MRR in month H, from the month table with CS.',
  },
];

/** A KPI's label on its card and in the methodology, for a horizon of `horizonMonths`. */
export const cardLabelOf = (k: KpiDefinition, horizonMonths: number): string =>
  k.cardLabel?.(horizonMonths) ?? k.label;

/** A figure's label for scenario `a`: a per-segment figure names its segment when there are several. */
function labelFor(label: string, f: FigureDefinition, a: Assumptions, segment: number): string {
  return f.perSegment && a.segments.length > 1 ? `${label} (${a.segments[segment]!.name})` : label;
}

/** One KPI card: what the registry says about it, and its text for one projection. */
export interface KpiCardText extends CardText {
  name: string;
  label: string;
  formula: string;
  headline: boolean;
}

/** Every KPI card's text, from one projection and the segment on screen: pure, so it is tested without a DOM. */
const cardsCache = new WeakMap<Projection, { fmt: Formatting; segment: number; cards: KpiCardText[] }>();

/**
 * Every KPI card's text for projection `p`. Kept per projection (for the last formatting and segment asked):
 * the KPI grid and the phone's results bar read the same cards on every step, and format them once.
 */
export function kpiCards(p: Projection, fmt: Formatting, segment: number): KpiCardText[] {
  const kept = cardsCache.get(p);
  // Each component holds its own Formatting object: the same locale and currency are the same texts.
  const same =
    kept?.segment === segment && kept.fmt.locale === fmt.locale && kept.fmt.currency === fmt.currency;
  if (kept && same) return kept.cards;
  const cards = cardsOf(p, fmt, segment);
  cardsCache.set(p, { fmt, segment, cards });
  return cards;
}

function cardsOf(p: Projection, fmt: Formatting, segment: number): KpiCardText[] {
  const i = segmentIn(p.inputs, segment);
  return KPIS.map((k) => ({
    name: k.name,
    label: labelFor(cardLabelOf(k, p.inputs.horizonMonths), k, p.inputs, i),
    formula: k.formula,
    headline: k.headline === true,
    ...k.card(k.read(p, i), p, fmt),
  }));
}

/** One key figure as numbers (the cards show it as text): what the compare table and the CSV export read. */
export interface KpiFigure extends FigureValues {
  name: string;
  label: string;
  unit: FigureUnit;
  better: FigureDefinition['better'];
  /** The value that stands for the scenario, for a side-by-side compare. */
  value: number | null;
  /** Set on a figure of one segment (segmentFigures): the segment's name. */
  segment?: string;
}

/** Every KPI and each figure its card quotes, in card order, as numbers; per-segment ones of `segment`. */
export function kpiFigures(p: Projection, segment: number): KpiFigure[] {
  const i = segmentIn(p.inputs, segment);
  return KPIS.flatMap((k) => [k, ...(k.quotes ?? [])]).map((f) => {
    const values = f.read(p, i);
    return {
      name: f.name,
      label: labelFor(f.label, f, p.inputs, i),
      unit: f.unit,
      better: f.better,
      ...values,
      value: f.run === 'withoutCs' ? values.withoutCs : values.withCs,
    };
  });
}

/**
 * Each segment's own figures, named after it (what the segment table shows, and what a new account of
 * it is worth), for the CSV and the compare table. None with one segment: its figures are the book's.
 */
export function segmentFigures(p: Projection): KpiFigure[] {
  if (p.inputs.segments.length < 2) return [];
  const seen = new Map<string, number>();
  return segmentRows(p).rows.flatMap((r) => {
    // Two segments of one name stay two rows: the second is numbered.
    const count = (seen.get(r.name) ?? 0) + 1;
    seen.set(r.name, count);
    const name = count === 1 ? r.name : `${r.name} (${count})`;
    const own = p.segments[r.index]!;
    const figure = (
      key: string,
      label: string,
      unit: FigureUnit,
      better: FigureDefinition['better'],
      withCs: number | null,
      withoutCs: number | null = null,
    ): KpiFigure => ({
      name: `segment:${name}:${key}`,
      label: `${name}: ${label}`,
      unit,
      better,
      withCs,
      withoutCs,
      value: withCs,
      segment: name,
    });
    return [
      figure('roi', 'CS program ROI', 'percent', 'higher', r.roi),
      figure('net-benefit', 'Net benefit', 'money', 'higher', r.netBenefit),
      figure('nrr', 'Net revenue retention', 'percent', 'higher', r.nrr),
      figure('coverage', 'Average CS coverage', 'percent', 'higher', r.coverage),
      figure('csms', 'CSMs', 'count', null, r.csms),
      figure('recommended-csms', 'Recommended CSMs', 'count', null, r.recommended),
      figure('best-csms', 'Best team (fixed)', 'count', null, r.best),
      figure('cs-cost-share', 'CS cost share of ARR', 'percent', 'lower', r.csCostShare),
      figure('clv', 'Customer lifetime value', 'money', 'higher', own.clvWithCs, own.clvBaseline),
      figure('ltv-cac', 'LTV : CAC', 'ratio', 'higher', own.ltvToCacWithCs, own.ltvToCacBaseline),
    ];
  });
}

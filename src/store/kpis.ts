import { count, decimal, money, multiple, percent, type Formatting } from '../format.ts';
import type { KpisWords } from '../i18n/messages/en/kpis.ts';
import { plural } from '../i18n/plural.ts';
import { currentLanguage, words } from '../i18n/words.ts';
import type { Assumptions } from '../model/index.ts';
import { segmentIn, startingCsms, type Projection } from './projection-of.ts';
import { segmentRows } from './segment-rows.ts';

/**
 * The KPI registry: every key figure defined once. The KPI cards, the compare table, the key-figures CSV
 * and the methodology view all read this list, so a KPI is added, renamed or explained here and nowhere
 * else. "The month table" in the recipes is the one docs/model.md defines: one row per month, run twice,
 * as entered ("with CS") and with no CSMs ("without CS"). Its words are in the kpis catalogue
 * (src/i18n/messages/<language>/kpis.ts), under the figure's name.
 */

export type FigureUnit = 'money' | 'percent' | 'month' | 'count' | 'ratio';
export type Tone = 'good' | 'bad' | 'neutral';

/** The name of a key figure: its entry in the catalogue's `figures`. */
export type FigureName = keyof KpisWords['figures'];
/** The name of a figure with a card (a KPI): its catalogue entry says how it is made. */
type KpiName = {
  [K in FigureName]: KpisWords['figures'][K] extends { formula: string } ? K : never;
}[FigureName];

/** A figure as numbers, for a scenario: with CS, and the same with no CS program (null where meaningless). */
export interface FigureValues {
  withCs: number | null;
  withoutCs: number | null;
}

/** A number the CSV export and the compare table list. */
export interface FigureDefinition {
  /** The KPI card's `data-kpi` hook, the compare row's and the methodology entry's name. */
  name: FigureName;
  /** Its name where scenarios of different horizons meet (compare table, CSV), in the page's language. */
  readonly label: string;
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
  name: KpiName;
  /** One of the four cards that tell the story (the first row, and the whole compact embed). */
  headline?: true;
  /** The card's text, from the figure `read` gave, the projection it came from and the page's words. */
  card: (f: FigureValues, p: Projection, fmt: Formatting, t: KpisWords) => CardText;
  /** How the number is computed, in one sentence. */
  readonly formula: string;
  /** What the number says, for the person reading it. */
  readonly meaning: string;
  /** How to rebuild it from the month table in a spreadsheet. */
  readonly spreadsheet: string;
  /** Figures the card's detail line quotes: each is its own row in the CSV and the compare table. */
  quotes?: readonly FigureDefinition[];
}

/** A definition as written below: its words are the catalogue's. */
type Unworded<D> = Omit<D, 'label' | 'formula' | 'meaning' | 'spreadsheet'>;

// NOTE: the registry is built once, but its words are read from the page's language each time they are
// read (getters): the cards, compare table, CSV and methodology keep reading `label` and `formula` as
// before, and a language change needs no new registry.
/** Quoted figure `d` with its label, in the page's language. */
function quote(d: Unworded<FigureDefinition>): FigureDefinition {
  return Object.defineProperty(d, 'label', {
    enumerable: true,
    get: () => words().kpis.figures[d.name].label,
  }) as FigureDefinition;
}

/** KPI `d` with its label and explanations, in the page's language. */
function kpi(d: Unworded<KpiDefinition>): KpiDefinition {
  const own = () => words().kpis.figures[d.name];
  return Object.defineProperties(d, {
    label: { enumerable: true, get: () => own().label },
    formula: { enumerable: true, get: () => own().formula },
    meaning: { enumerable: true, get: () => own().meaning },
    spreadsheet: { enumerable: true, get: () => own().spreadsheet },
  }) as KpiDefinition;
}

/** "36 months" in the form `forms` gives (a span, "over 36 months", "within 36 months"). */
export const spanOf = (months: number, forms: KpisWords['span'][keyof KpisWords['span']]): string =>
  plural(months, String(months), forms);

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
    card: ({ withCs, withoutCs }: FigureValues, p: Projection, fmt: Formatting, t: KpisWords): CardText => ({
      value: withCs === null ? t.cards.retention.needs12 : percent(fmt, withCs, 1),
      detail:
        withoutCs === null
          ? t.cards.retention.shortHorizon(spanOf(p.inputs.horizonMonths, t.span.months))
          : t.cards.withoutCs(percent(fmt, withoutCs, 1)),
      tone: !colour || withCs === null ? 'neutral' : withCs >= 1 ? 'good' : 'bad',
    }),
  };
}

export const KPIS: readonly KpiDefinition[] = [
  kpi({
    name: 'roi',
    headline: true,
    unit: 'percent',
    better: 'higher',
    read: (p) => ({ withCs: p.evaluation.roi, withoutCs: null }),
    card: ({ withCs: roi }, p, fmt, t) => {
      const e = p.evaluation;
      const net = roi !== null && e.npv < 0 && roi > 0 ? t.cards.roi.netNpvNegative : t.cards.roi.net;
      return {
        value: roi === null ? t.cards.noCsCost : percent(fmt, roi, 0),
        detail:
          roi === null
            ? t.cards.roi.noProgram
            : net(
                money(fmt, e.netBenefit, true),
                money(fmt, e.csCost, true),
                spanOf(p.inputs.horizonMonths, t.span.overMonths),
              ),
        tone: unlessNpvNegative(p, signTone(roi)),
      };
    },
    quotes: [
      quote({
        name: 'net-benefit',
        unit: 'money',
        better: 'higher',
        read: (p) => ({ withCs: p.evaluation.netBenefit, withoutCs: null }),
      }),
      quote({
        name: 'cs-cost',
        unit: 'money',
        better: null,
        read: (p) => ({ withCs: p.evaluation.csCost, withoutCs: 0 }),
      }),
    ],
  }),
  kpi({
    name: 'payback',
    headline: true,
    unit: 'month',
    better: 'lower',
    read: (p) => ({ withCs: p.evaluation.paybackMonth, withoutCs: null }),
    card: ({ withCs: month }, p, fmt, t) => {
      const e = p.evaluation;
      const H = p.inputs.horizonMonths;
      const w = t.cards.payback;
      if (month !== null)
        return {
          value: w.month(String(month)),
          detail: e.npv < 0 ? w.paidBackNpvNegative : w.paidBack,
          tone: unlessNpvNegative(p, 'good'),
        };
      return e.csCost > 0
        ? {
            value: w.notWithin(spanOf(H, t.span.withinMonths)),
            detail: w.cumulative(money(fmt, e.cumulativeNetBenefit[H]!, true), String(H)),
            tone: 'bad',
          }
        : { value: w.nothing, detail: w.free, tone: 'neutral' };
    },
  }),
  kpi({
    name: 'npv',
    headline: true,
    unit: 'money',
    better: 'higher',
    read: (p) => ({ withCs: p.evaluation.npv, withoutCs: null }),
    card: ({ withCs: npv }, p, fmt, t) => ({
      value: money(fmt, npv!, true),
      detail: t.cards.npv.discounted(percent(fmt, p.inputs.annualDiscountRate, 1)),
      tone: signTone(npv),
    }),
  }),
  kpi({
    name: 'arr-lift',
    headline: true,
    unit: 'money',
    better: 'higher',
    read: (p) => ({ withCs: p.evaluation.endingArrLift, withoutCs: null }),
    card: ({ withCs: lift }, p, fmt, t) => {
      const saved = p.evaluation.accountsSaved;
      return {
        value: money(fmt, lift!, true),
        detail: (saved < 0 ? t.cards.arrLift.fewer : t.cards.arrLift.more)(count(fmt, Math.abs(saved))),
        tone: signTone(lift),
      };
    },
  }),
  kpi({
    name: 'arr-with-cs',
    unit: 'money',
    better: 'higher',
    read: (p) => ({ withCs: 12 * horizonRow(p).mrr, withoutCs: 12 * horizonBaseRow(p).mrr }),
    card: ({ withCs: arr }, p, fmt, t) => ({
      value: money(fmt, arr!, true),
      detail: t.cards.accounts(count(fmt, horizonRow(p).accounts)),
      tone: 'neutral',
    }),
    quotes: [
      quote({
        name: 'accounts',
        unit: 'count',
        better: 'higher',
        read: (p) => ({ withCs: horizonRow(p).accounts, withoutCs: horizonBaseRow(p).accounts }),
      }),
    ],
  }),
  kpi({
    name: 'arr-without-cs',
    unit: 'money',
    better: 'higher',
    run: 'withoutCs',
    read: (p) => ({ withCs: null, withoutCs: 12 * horizonBaseRow(p).mrr }),
    card: ({ withoutCs: arr }, p, fmt, t) => ({
      value: money(fmt, arr!, true),
      detail: t.cards.accounts(count(fmt, horizonBaseRow(p).accounts)),
      tone: 'neutral',
    }),
  }),
  kpi({ name: 'nrr', ...retention('nrr', true) }),
  kpi({ name: 'grr', ...retention('grr', false) }),
  kpi({ name: 'logo-retention', ...retention('logoRetention', false) }),
  kpi({
    name: 'clv',
    unit: 'money',
    better: 'higher',
    perSegment: true,
    read: (p, i) => ({ withCs: p.segments[i]!.clvWithCs, withoutCs: p.segments[i]!.clvBaseline }),
    card: ({ withCs, withoutCs }, _p, fmt, t) => ({
      value: money(fmt, withCs!, true),
      detail: t.cards.withoutCs(money(fmt, withoutCs!, true)),
      tone: 'neutral',
    }),
  }),
  kpi({
    name: 'ltv-cac',
    unit: 'ratio',
    better: 'higher',
    perSegment: true,
    read: (p, i) => ({ withCs: p.segments[i]!.ltvToCacWithCs, withoutCs: p.segments[i]!.ltvToCacBaseline }),
    card: ({ withCs, withoutCs }, _p, fmt, t) => ({
      value: withCs === null ? t.cards.ltvCac.noCac : multiple(fmt, withCs),
      detail: withoutCs === null ? t.cards.ltvCac.free : t.cards.withoutCs(multiple(fmt, withoutCs)),
      tone: withCs === null ? 'neutral' : withCs >= 3 ? 'good' : 'bad',
    }),
  }),
  kpi({
    name: 'equivalent-logos',
    unit: 'count',
    better: 'higher',
    read: (p) => ({ withCs: p.evaluation.equivalentNewLogos, withoutCs: null }),
    card: ({ withCs: logos }, _p, fmt, t) => ({
      value: logos === null ? t.cards.noArpa : count(fmt, logos),
      detail: t.cards.logos.detail,
      tone: signTone(logos),
    }),
  }),
  kpi({
    name: 'acquisition-avoided',
    unit: 'money',
    better: 'higher',
    read: (p) => ({ withCs: p.evaluation.acquisitionSpendAvoided, withoutCs: null }),
    card: ({ withCs: avoided }, p, fmt, t) => ({
      value: avoided === null ? t.cards.noArpa : money(fmt, avoided, true),
      detail:
        p.inputs.segments.length === 1
          ? t.cards.avoided.oneSegment(money(fmt, p.inputs.segments[0]!.cac))
          : t.cards.avoided.segments,
      tone: signTone(avoided),
    }),
  }),
  kpi({
    name: 'recommended-csms',
    unit: 'count',
    better: null,
    read: (p) => ({ withCs: p.evaluation.recommendedCsms, withoutCs: null }),
    card: ({ withCs: recommended }, p, fmt, t) => {
      const csms = startingCsms(p.inputs);
      return {
        value: decimal(fmt, recommended!, 0),
        detail: t.cards.recommended.detail(decimal(fmt, csms, 0)),
        tone: recommended! > csms ? 'bad' : 'good',
      };
    },
  }),
  kpi({
    name: 'accounts-per-csm',
    unit: 'count',
    better: null,
    read: (p) => {
      const csms = startingCsms(p.inputs);
      return { withCs: csms > 0 ? horizonRow(p).accounts / csms : null, withoutCs: null };
    },
    card: ({ withCs: perCsm }, p, fmt, t) => ({
      value: perCsm === null ? t.cards.perCsm.none : decimal(fmt, perCsm, 0),
      detail: t.cards.perCsm.recommended(
        decimal(fmt, horizonRow(p).accounts / p.evaluation.recommendedCsms, 0),
      ),
      tone: 'neutral',
    }),
  }),
  kpi({
    name: 'coverage',
    unit: 'percent',
    better: 'higher',
    read: (p) => ({ withCs: p.coverage.average, withoutCs: null }),
    card: ({ withCs: average }, p, fmt, t) => ({
      value: percent(fmt, average!, 0),
      detail:
        p.coverage.lowest < 1
          ? t.cards.coverage.lowest(percent(fmt, p.coverage.lowest, 0), String(p.coverage.lowestMonth))
          : t.cards.coverage.full,
      tone: average! >= 0.999 ? 'good' : 'bad',
    }),
  }),
  kpi({
    name: 'roi-year-1',
    unit: 'percent',
    better: 'higher',
    read: (p) => ({ withCs: p.evaluation.roiByYear[0] ?? null, withoutCs: null }),
    card: ({ withCs: first }, p, fmt, t) => {
      const w = t.cards.roiByYear;
      const later = p.evaluation.roiByYear
        .slice(1)
        .map((roi, i) => w.later(String(i + 2), roi === null ? w.noCost : percent(fmt, roi, 0)));
      return {
        value: first === null ? t.cards.noCsCost : w.first(percent(fmt, first, 0)),
        detail: later.length === 0 ? w.oneYear : later.join(', '),
        tone: first === null ? 'neutral' : signTone(first),
      };
    },
  }),
  kpi({
    name: 'cs-cost-share',
    unit: 'percent',
    better: 'lower',
    read: (p) => ({ withCs: p.evaluation.csCostShareOfArr, withoutCs: null }),
    card: ({ withCs: share }, p, fmt, t) => ({
      value: share === null ? t.cards.costShare.noArr : percent(fmt, share, 1),
      detail: t.cards.costShare.detail(String(p.inputs.horizonMonths)),
      tone: 'neutral',
    }),
  }),
];

/** A KPI's label on its card and in the methodology, for a horizon of `horizonMonths`. */
export function cardLabelOf(k: KpiDefinition, horizonMonths: number): string {
  const own: { label: string; cardLabel?: (month: string) => string } = words().kpis.figures[k.name];
  return own.cardLabel?.(String(horizonMonths)) ?? own.label;
}

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
const cardsCache = new WeakMap<
  Projection,
  { fmt: Formatting; segment: number; language: string; cards: KpiCardText[] }
>();

/**
 * Every KPI card's text for projection `p`. Kept per projection (for the last formatting, segment and
 * language asked): the KPI grid and the phone's results bar read the same cards on every step, and format
 * them once.
 */
export function kpiCards(p: Projection, fmt: Formatting, segment: number): KpiCardText[] {
  const kept = cardsCache.get(p);
  const language = currentLanguage();
  // Each component holds its own Formatting object: the same locale and currency are the same texts.
  const same =
    kept?.segment === segment &&
    kept.language === language &&
    kept.fmt.locale === fmt.locale &&
    kept.fmt.currency === fmt.currency;
  if (kept && same) return kept.cards;
  const cards = cardsOf(p, fmt, segment);
  cardsCache.set(p, { fmt, segment, language, cards });
  return cards;
}

function cardsOf(p: Projection, fmt: Formatting, segment: number): KpiCardText[] {
  const i = segmentIn(p.inputs, segment);
  const t = words().kpis;
  return KPIS.map((k) => ({
    name: k.name,
    label: labelFor(cardLabelOf(k, p.inputs.horizonMonths), k, p.inputs, i),
    formula: k.formula,
    headline: k.headline === true,
    ...k.card(k.read(p, i), p, fmt, t),
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
  const w = words().kpis.segmentFigures;
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
      label: w.named(name, label),
      unit,
      better,
      withCs,
      withoutCs,
      value: withCs,
      segment: name,
    });
    return [
      figure('roi', w.roi, 'percent', 'higher', r.roi),
      figure('net-benefit', w.netBenefit, 'money', 'higher', r.netBenefit),
      figure('nrr', w.nrr, 'percent', 'higher', r.nrr),
      figure('coverage', w.coverage, 'percent', 'higher', r.coverage),
      figure('csms', w.csms, 'count', null, r.csms),
      figure('recommended-csms', w.recommended, 'count', null, r.recommended),
      figure('best-csms', w.best, 'count', null, r.best),
      figure('cs-cost-share', w.costShare, 'percent', 'lower', r.csCostShare),
      figure('clv', w.clv, 'money', 'higher', own.clvWithCs, own.clvBaseline),
      figure('ltv-cac', w.ltvCac, 'ratio', 'higher', own.ltvToCacWithCs, own.ltvToCacBaseline),
    ];
  });
}

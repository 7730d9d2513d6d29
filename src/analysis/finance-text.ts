import { cacPaybackMonths, type Assumptions } from '../model/index.ts';
import { decimal, money, multiple, NO_VALUE, percent, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import type { Projection } from '../store/projection-of.ts';

/** One figure of the finance view: what it is called, how it is computed, and its value in words. */
export interface FinanceFigure {
  name: string;
  label: string;
  formula: string;
  value: string;
}

/** The ROI of one year of the horizon (the last one possibly shorter). */
export interface YearRoi {
  label: string;
  value: string;
  negative: boolean;
}

/** EV/ARR multiples a person may set; beyond these no valuation is meant seriously. */
export const MULTIPLE_RANGE = { min: 0, max: 100 } as const;
// NOTE: the multiple is the person's to set; 5× ARR is a placeholder in the range private SaaS companies
// are commonly valued at, not a benchmark this project sourced.
export const DEFAULT_EV_ARR_MULTIPLE = 5;

/** ROI by year: year 1 often costs more than it returns, which the whole-horizon ROI hides. */
export function roiByYear(p: Projection, fmt: Formatting): YearRoi[] {
  const t = words().analysis.finance;
  return p.evaluation.roiByYear.map((roi, i) => ({
    label: t.year(i + 1, 12 * i + 1, Math.min(p.inputs.horizonMonths, 12 * (i + 1))),
    value: roi === null ? t.noCsCost : percent(fmt, roi, 0),
    negative: roi !== null && roi < 0,
  }));
}

/** Churn a month in force at coverage k: the lever's value between its two sides. */
const churnAt = (a: Assumptions, segment: number, k: number) => {
  const c = a.segments[segment]!.monthlyChurn;
  return c.base + k * (c.withCs - c.base);
};

/** ARPA × gross margin ÷ monthly churn: the spreadsheet LTV; null when churn is 0 (no end to it). */
export function simpleLtv(a: Assumptions, segment: number, k: number): number | null {
  const churn = churnAt(a, segment, k);
  return churn > 0 ? (a.segments[segment]!.arpa * a.grossMargin) / churn : null;
}

/** The finance figures, each with its formula, for the scenario; per-account figures of `segment`. */
export function financeFigures(
  p: Projection,
  segment: number,
  fmt: Formatting,
  evArrMultiple: number,
): FinanceFigure[] {
  const t = words().analysis.finance;
  const a = p.inputs;
  const e = p.evaluation;
  const H = a.horizonMonths;
  const own = p.segments[segment]!;
  const k = own.coverage.average;
  const cacMonths = cacPaybackMonths(a, segment);
  const ltv = (x: number | null) => (x === null ? t.noLimit : money(fmt, x, true));
  const named = a.segments.length > 1 ? t.ofSegment(a.segments[segment]!.name) : '';
  return [
    {
      name: 'cs-cost-share',
      ...t.csCostShare(H),
      value: e.csCostShareOfArr === null ? t.noArr : percent(fmt, e.csCostShareOfArr, 1),
    },
    {
      name: 'cs-program-payback',
      ...t.programPayback,
      value:
        e.paybackMonth === null
          ? e.csCost > 0
            ? t.notWithin(H)
            : t.nothingToPayBack
          : t.month(e.paybackMonth),
    },
    {
      name: 'cac-payback',
      ...t.cacPayback(named),
      value: cacMonths === null ? NO_VALUE : t.months(decimal(fmt, cacMonths, 1)),
    },
    {
      name: 'simple-ltv',
      ...t.simpleLtv(named, percent(fmt, k, 0)),
      value: t.withAndWithout(ltv(simpleLtv(a, segment, k)), ltv(simpleLtv(a, segment, 0))),
    },
    {
      name: 'model-clv',
      ...t.modelClv(named),
      value: t.withAndWithout(money(fmt, own.clvWithCs, true), money(fmt, own.clvBaseline, true)),
    },
    {
      name: 'ltv-cac',
      ...t.ltvCac(named),
      value: own.ltvToCacWithCs === null ? t.noCac : multiple(fmt, own.ltvToCacWithCs),
    },
    {
      name: 'arr-lift-value',
      ...t.arrLiftValue(multiple(fmt, evArrMultiple), H),
      value: money(fmt, e.endingArrLift * evArrMultiple, true),
    },
  ];
}

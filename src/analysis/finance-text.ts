import { cacPaybackMonths, type Assumptions } from '../model/index.ts';
import { decimal, money, multiple, NO_VALUE, percent, type Formatting } from '../format.ts';
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

/** "Months 1–12", "Months 25–30". */
const monthsOf = (year: number, horizonMonths: number) =>
  `Months ${12 * year + 1}–${Math.min(horizonMonths, 12 * (year + 1))}`;

/** ROI by year: year 1 often costs more than it returns, which the whole-horizon ROI hides. */
export function roiByYear(p: Projection, fmt: Formatting): YearRoi[] {
  return p.evaluation.roiByYear.map((roi, i) => ({
    label: `Year ${i + 1} (${monthsOf(i, p.inputs.horizonMonths).toLowerCase()})`,
    value: roi === null ? 'No CS cost' : percent(fmt, roi, 0),
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
  const a = p.inputs;
  const e = p.evaluation;
  const H = a.horizonMonths;
  const own = p.segments[segment]!;
  const k = own.coverage.average;
  const cacMonths = cacPaybackMonths(a, segment);
  const ltv = (x: number | null) => (x === null ? 'No limit: churn is 0' : money(fmt, x, true));
  const named = a.segments.length > 1 ? ` (segment “${a.segments[segment]!.name}”)` : '';
  return [
    {
      name: 'cs-cost-share',
      label: `CS cost as a share of ARR, month ${H}`,
      formula: `CS cost in month ${H} ÷ MRR in month ${H}, with CS (the same as annual CS cost ÷ ARR).`,
      value: e.csCostShareOfArr === null ? 'No ARR' : percent(fmt, e.csCostShareOfArr, 1),
    },
    {
      name: 'cs-program-payback',
      label: 'CS program payback',
      formula:
        'First month from which the CS program’s cumulative extra gross profit minus its cost stays at or above zero. About the CS program, not about winning customers.',
      value:
        e.paybackMonth === null
          ? e.csCost > 0
            ? `Not within ${H} months`
            : 'Nothing to pay back'
          : `Month ${e.paybackMonth}`,
    },
    {
      name: 'cac-payback',
      label: `CAC payback${named}`,
      formula:
        'CAC ÷ (ARPA × gross margin): months of one new account’s gross margin that pay back its acquisition cost.',
      value: cacMonths === null ? NO_VALUE : `${decimal(fmt, cacMonths, 1)} months`,
    },
    {
      name: 'simple-ltv',
      label: `LTV, ARPA × margin ÷ churn${named}`,
      formula: `ARPA × gross margin ÷ monthly churn, churn at the team’s average coverage (${percent(fmt, k, 0)}); without CS, at the without-CS churn. No expansion, contraction, onboarding or 120-month cap.`,
      value: `${ltv(simpleLtv(a, segment, k))} with CS, ${ltv(simpleLtv(a, segment, 0))} without`,
    },
    {
      name: 'model-clv',
      label: `Customer lifetime value, the model’s${named}`,
      formula:
        'Gross margin of one new account over 120 months, through onboarding, churn, contraction and expansion, at the team’s average coverage.',
      value: `${money(fmt, own.clvWithCs, true)} with CS, ${money(fmt, own.clvBaseline, true)} without`,
    },
    {
      name: 'ltv-cac',
      label: `LTV : CAC, the model’s CLV${named}`,
      formula: 'Customer lifetime value ÷ CAC; 3× is the usual bar.',
      value: own.ltvToCacWithCs === null ? 'No CAC' : multiple(fmt, own.ltvToCacWithCs),
    },
    {
      name: 'arr-lift-value',
      label: `Value of the ARR lift at ${multiple(fmt, evArrMultiple)} ARR`,
      formula: `ARR lift at month ${H} (12 × MRR with CS − MRR without) × the EV/ARR multiple you set.`,
      value: money(fmt, e.endingArrLift * evArrMultiple, true),
    },
  ];
}

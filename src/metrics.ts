import type { GoalMetric, SensitivityMetric } from './model/index.ts';
import { money, percent, type Formatting } from './format.ts';

export type AnalysisMetric = SensitivityMetric | GoalMetric;

export const METRIC_LABEL: Readonly<Record<AnalysisMetric, string>> = {
  roi: 'ROI',
  netBenefit: 'Net benefit',
  npv: 'Net present value',
  endingArrLift: 'ARR lift at the horizon',
  paybackMonth: 'Payback month',
  nrr: 'NRR at the horizon',
  endingArr: 'ARR at the horizon',
};

/** A metric with no value, in words: "no ROI (no CS cost)". */
export const METRIC_NONE: Readonly<Record<AnalysisMetric, string>> = {
  roi: 'no ROI (no CS cost)',
  netBenefit: 'no net benefit',
  npv: 'no net present value',
  endingArrLift: 'no ARR lift',
  paybackMonth: 'no payback',
  nrr: 'no NRR (it needs 12 months)',
  endingArr: 'no ARR',
};

/** A metric's value as a person reads it: ROI and NRR in percent, money compact, payback as a month. */
export function formatMetric(metric: AnalysisMetric, value: number | null, fmt: Formatting): string {
  if (value === null) return METRIC_NONE[metric];
  switch (metric) {
    case 'roi':
      return percent(fmt, value, 0);
    case 'nrr':
      return percent(fmt, value, 1);
    case 'paybackMonth':
      return `month ${Math.round(value)}`;
    default:
      return money(fmt, value, true);
  }
}

/** A change in a metric: percentage points for ROI and NRR, months for payback, money otherwise. */
export function formatMetricChange(metric: AnalysisMetric, change: number, fmt: Formatting): string {
  switch (metric) {
    case 'roi':
    case 'nrr':
      return `${percent(fmt, change, 0).replace(/\s?%$/, '')} pts`;
    case 'paybackMonth':
      return `${Math.round(change)} mo`;
    default:
      return money(fmt, change, true);
  }
}

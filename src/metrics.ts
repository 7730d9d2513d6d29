import type { GoalMetric, SensitivityMetric } from './model/index.ts';
import { money, percent, type Formatting } from './format.ts';
import type { KpisWords } from './i18n/messages/en/kpis.ts';
import { words } from './i18n/words.ts';

export type AnalysisMetric = SensitivityMetric | GoalMetric;

const METRICS: readonly AnalysisMetric[] = [
  'roi',
  'netBenefit',
  'npv',
  'endingArrLift',
  'paybackMonth',
  'nrr',
  'endingArr',
];

// NOTE: read as records (METRIC_LABEL[metric]) by the analysis views; each entry reads the page's language
// when it is read, so a language change needs no new table.
/** A text per metric, read from the page's words each time it is read. */
function byMetric(read: (w: KpisWords['metrics'], metric: AnalysisMetric) => string) {
  const entries = METRICS.map((m) => [m, { enumerable: true, get: () => read(words().kpis.metrics, m) }]);
  return Object.defineProperties({}, Object.fromEntries(entries)) as Readonly<Record<AnalysisMetric, string>>;
}

/** A metric's name: "Net present value". */
export const METRIC_LABEL = byMetric((w, m) => w.label[m]);

/** A metric with no value, in words: "no ROI (no CS cost)". */
export const METRIC_NONE = byMetric((w, m) => w.none[m]);

/**
 * A metric's value as a person reads it: ROI and NRR in percent, money compact, payback as a month. A chart
 * that formats many values passes `w`, the words it read once.
 */
export function formatMetric(
  metric: AnalysisMetric,
  value: number | null,
  fmt: Formatting,
  w: KpisWords['metrics'] = words().kpis.metrics,
): string {
  if (value === null) return w.none[metric];
  switch (metric) {
    case 'roi':
      return percent(fmt, value, 0);
    case 'nrr':
      return percent(fmt, value, 1);
    case 'paybackMonth':
      return w.month(String(Math.round(value)));
    default:
      return money(fmt, value, true);
  }
}

/** A change in a metric: percentage points for ROI and NRR, months for payback, money otherwise. */
export function formatMetricChange(
  metric: AnalysisMetric,
  change: number,
  fmt: Formatting,
  w: KpisWords['metrics'] = words().kpis.metrics,
): string {
  switch (metric) {
    case 'roi':
    case 'nrr':
      return w.points(percent(fmt, change, 0).replace(/\s?%$/, ''));
    case 'paybackMonth':
      return w.months(String(Math.round(change)));
    default:
      return money(fmt, change, true);
  }
}

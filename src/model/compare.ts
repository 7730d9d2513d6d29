import type { Assumptions } from './assumptions.ts';
import { simulate, type MonthRow } from './simulate.ts';

export type RaceMetricName = 'mrr' | 'contribution' | 'cumulativeContribution';

export interface RaceMetric {
  /** b − a at the last compared month. */
  leadAtHorizon: number;
  /** First month from which b stays strictly ahead of a to the last compared month; null if never. */
  bAheadFrom: number | null;
}

export interface CompanyComparison {
  a: MonthRow[];
  b: MonthRow[];
  /** The last compared month. */
  months: number;
  race: Record<RaceMetricName, RaceMetric>;
}

export const RACE_METRICS: readonly RaceMetricName[] = ['mrr', 'contribution', 'cumulativeContribution'];

export function raceMetric(
  a: readonly MonthRow[],
  b: readonly MonthRow[],
  metric: RaceMetricName,
  months: number,
): RaceMetric {
  let bAheadFrom: number | null = null;
  for (let t = months; t >= 1 && b[t]![metric] > a[t]![metric]; t--) bAheadFrom = t;
  return { leadAtHorizon: b[months]![metric] - a[months]![metric], bAheadFrom };
}

export function compareCompanies(a: Assumptions, b: Assumptions): CompanyComparison {
  const rowsA = simulate(a).rows;
  const rowsB = simulate(b).rows;
  // NOTE: companies with different horizons are compared over the shorter one; past it one of
  // them has no numbers to compare.
  const months = Math.min(a.horizonMonths, b.horizonMonths);
  const race = {} as Record<RaceMetricName, RaceMetric>;
  for (const metric of RACE_METRICS) race[metric] = raceMetric(rowsA, rowsB, metric, months);
  return { a: rowsA, b: rowsB, months, race };
}

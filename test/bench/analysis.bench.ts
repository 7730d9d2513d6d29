import { bench, describe } from 'vitest';
import {
  cohortLayers,
  DEFAULT_ASSUMPTIONS,
  goalSeek,
  monteCarlo,
  retentionVsAcquisition,
  sensitivity,
  sweepHeadcount,
  type Assumptions,
} from '../../src/model/index.ts';
import { spreadRanges } from '../../src/analysis/uncertainty.ts';

// What each analysis view computes after one slider move, on the defaults (36 months) and over ten years.
for (const [name, a] of [
  ['defaults, 36 months', DEFAULT_ASSUMPTIONS],
  ['defaults, 120 months', { ...DEFAULT_ASSUMPTIONS, horizonMonths: 120 }],
] as [string, Assumptions][]) {
  const ranges = spreadRanges(a, 0);
  describe(`analysis views, ${name}`, () => {
    bench('team size: sweepHeadcount (0 to twice the full-coverage team)', () => {
      sweepHeadcount(a, 0);
    });
    bench('tornado: sensitivity(roi)', () => {
      sensitivity(a, 'roi');
    });
    bench('tornado: sensitivity(paybackMonth)', () => {
      sensitivity(a, 'paybackMonth');
    });
    bench('cohort layers', () => {
      cohortLayers(a, 'all');
    });
    bench('retention vs acquisition', () => {
      retentionVsAcquisition(a);
    });
    bench('goal seek: churn with CS for an NRR of 96 %', () => {
      goalSeek(a, { metric: 'nrr', target: 0.96 }, 'segments.0.monthlyChurn.withCs');
    });
    bench('goal seek: CSM cost for payback by month 18', () => {
      goalSeek(a, { metric: 'paybackMonth', target: 18 }, 'segments.0.csmAnnualCost');
    });
    bench('Monte Carlo: 1,000 runs, ±20 % on the seven with-CS levers', () => {
      monteCarlo(a, { ranges, seed: 1, runs: 1000 });
    });
    bench('Monte Carlo: 2,000 runs (the view’s default)', () => {
      monteCarlo(a, { ranges, seed: 1, runs: 2000 });
    });
  });
}

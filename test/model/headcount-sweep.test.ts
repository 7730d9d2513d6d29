import { describe, expect, test } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  runProgram,
  sweepHeadcount,
  teamSize,
  withInput,
  type Assumptions,
} from '../../src/model/index.ts';
import { only, oneSegment, rowsOf } from './builders.ts';
import { PRESETS } from '../../src/store/presets.ts';
import { expectClose } from './close.ts';

/** The whole book's net benefit for every headcount 0..max of the first segment, the slow way. */
const bruteForce = (a: Assumptions, max: number) =>
  Array.from({ length: max + 1 }, (_, csms) => runProgram(withInput(a, 'segments.0.csms', csms)).netBenefit);

describe('sweepHeadcount', () => {
  test.each([...PRESETS.map((p) => [p.id, p.assumptions] as const)])(
    'finds the true maximum of net benefit (%s)',
    (_, a) => {
      const sweep = sweepHeadcount(a, 0);
      const upper = sweep.points.at(-1)!.csms;
      const all = bruteForce(a, upper);
      const best = Math.max(...all);
      expectClose(sweep.optimum.netBenefit, best, 'optimum net benefit', Math.abs(best));
      expectClose(all[sweep.optimum.csms]!, best, 'net benefit at the optimum', Math.abs(best));
      for (const p of sweep.points) expectClose(p.netBenefit, all[p.csms]!, `net benefit at ${p.csms}`, best);
    },
  );

  test('finds the true maximum when it samples a large range', () => {
    // A book that needs hundreds of CSMs: the plotted curve is sampled, but every size up to the
    // recommended team is evaluated for the best.
    const a: Assumptions = oneSegment(
      { startingAccounts: 40000, newAccountsPerMonth: 800, csms: 300 },
      DEFAULT_ASSUMPTIONS,
    );
    const sweep = sweepHeadcount(a, 0);
    const upper = sweep.points.at(-1)!.csms;
    expect(upper).toBeGreaterThan(400);
    expect(sweep.points.length).toBeLessThan(upper);
    const all = bruteForce(a, upper);
    const best = Math.max(...all);
    expectClose(sweep.optimum.netBenefit, best, 'optimum net benefit', Math.abs(best));
  });

  test('cutting and adding one CSM are the differences of neighbouring points', () => {
    const sweep = sweepHeadcount(DEFAULT_ASSUMPTIONS, 0);
    const n = only(DEFAULT_ASSUMPTIONS).csms;
    const at = (csms: number) => runProgram(oneSegment({ csms }, DEFAULT_ASSUMPTIONS));
    const cost = (only(DEFAULT_ASSUMPTIONS).csmAnnualCost / 12) * DEFAULT_ASSUMPTIONS.horizonMonths;
    expectClose(sweep.cutOne!.costChange, -cost, 'cost saved by cutting one');
    expectClose(
      sweep.cutOne!.grossProfitChange,
      at(n - 1).deltaGrossProfit - at(n).deltaGrossProfit,
      'gross profit lost by cutting one',
      at(n).deltaGrossProfit,
    );
    expectClose(
      sweep.addOne.netChange,
      at(n + 1).netBenefit - at(n).netBenefit,
      'net change of adding one',
      at(n).deltaGrossProfit,
    );
  });
});

describe('teamSize', () => {
  test('reports coverage and load for a chosen team from the simulated months', () => {
    const a = DEFAULT_ASSUMPTIONS;
    const t = teamSize(a, 0, 3);
    const rows = rowsOf(oneSegment({ csms: 3 }, a));
    const coverage = rows.slice(1).map((r) => r.coverage);
    expectClose(t.averageCoverage, coverage.reduce((s, k) => s + k, 0) / coverage.length, 'average');
    expect(t.lowestCoverage).toBe(Math.min(...coverage));
    expect(rows[t.lowestCoverageMonth]!.coverage).toBe(t.lowestCoverage);
    expectClose(t.accountsPerCsm!, rows.at(-1)!.accounts / 3, 'accounts per CSM');
    expectClose(t.netBenefit, runProgram(oneSegment({ csms: 3 }, a)).netBenefit, 'net benefit');
  });

  test('has no load per CSM and no ROI without CSMs', () => {
    const t = teamSize(DEFAULT_ASSUMPTIONS, 0, 0);
    expect(t.accountsPerCsm).toBeNull();
    expect(t.roi).toBeNull();
    expect(t.averageCoverage).toBe(0);
  });
});

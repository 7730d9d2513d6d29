import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_ASSUMPTIONS, evaluateCsProgram, simulate, type Assumptions } from '../../src/model/index.ts';
import { anyAssumptionsArb } from './arbitraries.ts';
import { expectClose, expectCloseOrNull, expectRowsClose, isClose } from './close.ts';
import { referenceEvaluate, referenceSimulate, ttvEdgeDistance } from './reference.ts';

/** Property tests run hundreds of cases; on a busy machine they need more than the default 5 s. */
const SLOW = { timeout: 30_000 };

const arb = anyAssumptionsArb({ maxHorizon: 60 });

describe('simulate equals the literal cohort-by-cohort reading of MODEL.md', SLOW, () => {
  test('on the defaults', () => {
    const a = { ...DEFAULT_ASSUMPTIONS };
    expectRowsClose(simulate(a), referenceSimulate(a), a.arpa);
  });

  test('on the defaults over 120 months, where trailing retention runs for 108 months', () => {
    const a = { ...DEFAULT_ASSUMPTIONS, horizonMonths: 120 };
    const rows = simulate(a);
    expect(rows[120]!.nrr).not.toBeNull();
    expectRowsClose(rows, referenceSimulate(a), a.arpa);
  });

  test('for any valid assumptions (horizons 1..60), every field of every month', () => {
    fc.assert(
      fc.property(arb, (a) => {
        const expected = referenceSimulate(a);
        // Rounding ttv half up is a step: on its edge the last bit of coverage picks the side.
        fc.pre(ttvEdgeDistance(a, expected) > 1e-9);
        expectRowsClose(simulate(a), expected, a.arpa);
      }),
      { numRuns: 300 },
    );
  });
});

describe('evaluateCsProgram equals the program figures computed from two literal runs', SLOW, () => {
  function check(a: Assumptions): void {
    const got = evaluateCsProgram(a);
    fc.pre(ttvEdgeDistance(a, got.withCs) > 1e-9 && ttvEdgeDistance(a, got.baseline) > 1e-9);
    const want = referenceEvaluate(a);
    // Differences of two runs are judged against the size of the runs.
    const gpScale = got.withCs.reduce((s, r) => s + Math.abs(r.grossProfit), 0) + got.csCost;
    const mrrScale = Math.max(got.withCs.at(-1)!.mrr, got.baseline.at(-1)!.mrr);
    const accountScale = Math.max(got.withCs.at(-1)!.accounts, got.baseline.at(-1)!.accounts);
    expectClose(got.deltaGrossProfit, want.deltaGrossProfit, 'deltaGrossProfit', gpScale);
    expectClose(got.csCost, want.csCost, 'csCost');
    expectClose(got.netBenefit, want.netBenefit, 'netBenefit', gpScale);
    expectClose(got.npv, want.npv, 'npv', gpScale);
    expectClose(got.endingArrLift, want.endingArrLift, 'endingArrLift', 12 * mrrScale);
    expectCloseOrNull(
      got.equivalentNewLogos,
      want.equivalentNewLogos,
      'equivalentNewLogos',
      mrrScale / a.arpa,
    );
    expectClose(got.accountsSaved, want.accountsSaved, 'accountsSaved', accountScale);
    if (want.roi === null) expect(got.roi).toBeNull();
    else expectClose(got.roi!, want.roi, 'roi', gpScale / want.csCost);
    // Payback: the same month, unless the cumulative net benefit touches 0 within rounding somewhere.
    if (got.csCost > 0 && got.cumulativeNetBenefit.every((v) => !isClose(v, 0, gpScale))) {
      expect(got.paybackMonth).toBe(want.paybackMonth);
    }
  }

  test('on the defaults', () => {
    check({ ...DEFAULT_ASSUMPTIONS });
  });

  test('for any valid assumptions (horizons 1..60)', () => {
    fc.assert(
      fc.property(arb, (a) => check(a)),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { v2AssumptionsArb } from './arbitraries.ts';
import {
  fromVersion1,
  referenceAllocateTeam,
  referenceEvaluate,
  referenceRecommendedCsms,
  referenceSimulate,
} from './reference.ts';
import { expectVersion1Numbers, V1_SCENARIOS } from './v1-fixture.ts';
import { checkInvariants, BUSY_SEGMENT, scenario, type Engine, describeWorkedChecks } from './v2-checks.ts';

/** Property tests run hundreds of cases; on a busy machine they need more than the default 5 s. */
const SLOW = { timeout: 60_000 };

const reference: Engine = { simulate: referenceSimulate, evaluateCsProgram: referenceEvaluate };

describeWorkedChecks("the literal reading of MODEL.md v2 meets the spec's worked checks", reference);

describe('the literal reading reproduces the version-1 model on version-1 scenarios', SLOW, () => {
  for (const v1 of V1_SCENARIOS) {
    test(v1.id, () => {
      const a = fromVersion1(v1.assumptions);
      const evaluation = referenceEvaluate(a);
      expectVersion1Numbers(v1, referenceSimulate(a), {
        ...evaluation,
        recommendedCsms: referenceRecommendedCsms(a, 0),
      });
    });
  }
});

describe('the literal reading keeps MODEL.md promises on any scenario', SLOW, () => {
  test('bridges, a team that never shrinks, coverage in [0, 1], costs ≥ 0, finite numbers', () => {
    fc.assert(
      fc.property(v2AssumptionsArb(), (a) => checkInvariants(a, referenceSimulate(a))),
      { numRuns: 150 },
    );
  });

  test('the world without a CS program has no cost and coverage 0', () => {
    fc.assert(
      fc.property(v2AssumptionsArb(), (a) => {
        for (const row of referenceEvaluate(a).baseline.rows) {
          expect([row.csCost, row.coverage]).toEqual([0, 0]);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('the brute-force searches', () => {
  test('recommendedCsms: the smallest team that covers every month, 0 with a full digital program', () => {
    // 300 accounts at 0.9 h, 12 new at 8 h: the book grows, so the last month decides.
    const a = scenario(24, [{ ...BUSY_SEGMENT, digitalCoverage: 0 }]);
    const n = referenceRecommendedCsms(a, 0);
    const coverage = (csms: number) =>
      referenceSimulate(scenario(24, [{ ...BUSY_SEGMENT, digitalCoverage: 0, csms }])).rows.map(
        (r) => r.coverage,
      );
    expect(
      coverage(n)
        .slice(1)
        .every((k) => k === 1),
    ).toBe(true);
    expect(
      coverage(n - 1)
        .slice(1)
        .every((k) => k === 1),
    ).toBe(false);
    expect(referenceRecommendedCsms(scenario(24, [{ ...BUSY_SEGMENT, digitalCoverage: 1 }]), 0)).toBe(0);
  });

  test('allocateTeam: every split of the total is tried, and the best one kept', () => {
    const a = scenario(24, [BUSY_SEGMENT, { ...BUSY_SEGMENT, arpa: 300, name: 'Small' }]);
    const { best, all } = referenceAllocateTeam(a, 4);
    expect(all.map((s) => s.csms)).toEqual([
      [0, 4],
      [1, 3],
      [2, 2],
      [3, 1],
      [4, 0],
    ]);
    expect(best.netBenefit).toBe(Math.max(...all.map((s) => s.netBenefit)));
  });
});

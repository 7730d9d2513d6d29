/**
 * The app's model (src/model) held to MODEL.md version 2: its worked checks, the frozen version-1
 * numbers, and, over random scenarios, the literal reading in reference.ts, field by field.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  allocateTeam,
  evaluateCsProgram,
  recommendedCsms,
  simulate,
  validateAssumptions,
} from '../../src/model/index.ts';
import { partialSegmentArb, teamPolicyArb, v2AssumptionsArb } from './arbitraries.ts';
import { expectEvaluationClose, expectRowsClose, expectSimulationClose, isClose } from './close.ts';
import {
  DEFAULT_TEAM,
  fromVersion1,
  nearCoverageEdge,
  nearStepEdge,
  referenceAllocateTeam,
  referenceEvaluate,
  referenceRecommendedCsms,
  referenceSimulate,
  type Assumptions,
  type Version1Assumptions,
} from './reference.ts';
import { expectVersion1Numbers, V1_SCENARIOS } from './v1-fixture.ts';
import {
  BUSY_SCENARIO,
  checkInvariants,
  checkTwinSegments,
  type Engine,
  describeWorkedChecks,
} from './v2-checks.ts';

/** Property tests run hundreds of cases against a slow reference; a busy machine needs the time. */
const SLOW = { timeout: 120_000 };

const model: Engine = { simulate, evaluateCsProgram };

/** Scenarios of small books (partial coverage, short horizons) where brute force is quick. */
const smallArb = (minSegments: number, maxSegments: number): fc.Arbitrary<Assumptions> =>
  fc
    .record({
      a: v2AssumptionsArb({ maxHorizon: 24, minSegments, maxSegments }),
      segments: fc.array(partialSegmentArb(), { minLength: maxSegments, maxLength: maxSegments }),
    })
    .map(({ a, segments }) => ({
      ...a,
      segments: a.segments.map((s, j) => ({ ...segments[j]!, name: s.name, referralsPerAccountYear: 0.1 })),
    }));

describeWorkedChecks("the model meets MODEL.md v2's worked checks", model);

describe('every version-1 number is unchanged: a version-1 scenario read as one segment', SLOW, () => {
  for (const v1 of V1_SCENARIOS) {
    test(v1.id, () => {
      const { assumptions: a, problems } = validateAssumptions(v1.assumptions);
      expect(problems).toEqual([]);
      const simulation = simulate(a);
      expectVersion1Numbers(v1, simulation, evaluateCsProgram(a));
      // The version-2 fields: the fixed team, paid as CSMs alone.
      for (const row of simulation.rows.slice(1)) {
        expect([row.csms, row.productiveCsms]).toEqual([v1.assumptions.csms, v1.assumptions.csms]);
        expect([row.csmCost, row.overheadCost, row.digitalCost]).toEqual([row.csCost, 0, 0]);
      }
    });
  }
});

describe(
  'any version-1 scenario reads as one segment with the default team and no digital program',
  SLOW,
  () => {
    test('validated, it gives the rows of that one-segment scenario', () => {
      // A one-segment scenario's fields at the top level: the version-1 shape.
      const segmentOnly = [
        'name',
        'digitalCoverage',
        'digitalCostPerAccountMonth',
        'digitalFixedCostPerYear',
      ];
      const oneSegment = v2AssumptionsArb({ maxSegments: 1 }).map(
        ({ horizonMonths, grossMargin, annualDiscountRate, segments }) =>
          ({
            horizonMonths,
            grossMargin,
            annualDiscountRate,
            ...Object.fromEntries(Object.entries(segments[0]!).filter(([f]) => !segmentOnly.includes(f))),
          }) as Version1Assumptions,
      );
      fc.assert(
        fc.property(oneSegment, (v1) => {
          const want = fromVersion1(v1);
          const expected = referenceSimulate(want);
          fc.pre(!nearStepEdge(want, expected));
          const { assumptions, problems } = validateAssumptions(v1);
          expect(problems).toEqual([]);
          expect(assumptions.team).toEqual(DEFAULT_TEAM);
          const got = simulate(assumptions);
          expectRowsClose(got.rows, expected.rows, v1.arpa);
          expectRowsClose(got.segments[0]!.rows, expected.rows, v1.arpa);
        }),
        { numRuns: 100 },
      );
    });
  },
);

describe('simulate and evaluateCsProgram equal the literal reading of MODEL.md', SLOW, () => {
  test('the worked checks’ busy scenario, every field of every month', () => {
    expectSimulationClose(simulate(BUSY_SCENARIO), referenceSimulate(BUSY_SCENARIO), BUSY_SCENARIO);
    const want = referenceEvaluate(BUSY_SCENARIO);
    expectEvaluationClose(evaluateCsProgram(BUSY_SCENARIO), want, BUSY_SCENARIO);
  });

  test('any scenario (1–5 segments, either staffing, horizons 1..60): whole book and each segment', () => {
    fc.assert(
      fc.property(v2AssumptionsArb(), (a) => {
        const want = referenceSimulate(a);
        // Rounding ttv and whole CSMs are steps: on their edge the last bit of a sum picks the side.
        fc.pre(!nearStepEdge(a, want));
        expectSimulationClose(simulate(a), want, a);
      }),
      { numRuns: 200 },
    );
  });

  test('any scenario: every program figure, whole book and each segment', () => {
    fc.assert(
      fc.property(v2AssumptionsArb(), (a) => {
        const want = referenceEvaluate(a);
        fc.pre(!nearStepEdge(a, want.withCs) && !nearStepEdge(a, want.baseline));
        expectEvaluationClose(evaluateCsProgram(a), want, a);
      }),
      { numRuns: 80 },
    );
  });
});

describe('the book as a sum of independent segments', SLOW, () => {
  test('two identical segments of any kind: exactly twice the money and accounts, the same ratios', () => {
    fc.assert(
      fc.property(v2AssumptionsArb({ maxSegments: 1 }), (a) => checkTwinSegments(model, a)),
      { numRuns: 100 },
    );
  });

  test('the order of the segments does not change the whole book, nor any segment', () => {
    fc.assert(
      fc.property(
        v2AssumptionsArb({ minSegments: 2 }).chain((a) =>
          fc.tuple(fc.constant(a), fc.shuffledSubarray(a.segments, { minLength: a.segments.length })),
        ),
        ([a, shuffled]) => {
          const original = simulate(a);
          const reordered = simulate({ ...a, segments: shuffled });
          for (const s of reordered.segments) {
            expect(s.rows).toEqual(original.segments.find((o) => o.name === s.name)!.rows);
          }
          expectRowsClose(reordered.rows, original.rows, Math.max(...a.segments.map((s) => s.arpa)));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('what MODEL.md promises of any scenario', SLOW, () => {
  test('bridges, a team that never shrinks under hireToCoverage, coverage in [0, 1], costs ≥ 0', () => {
    fc.assert(
      fc.property(v2AssumptionsArb(), (a) => checkInvariants(a, simulate(a))),
      { numRuns: 200 },
    );
  });
});

describe('the headcount searches equal brute force', SLOW, () => {
  test('recommendedCsms: the smallest fixed team with coverage 1 in every month', () => {
    fc.assert(
      fc.property(smallArb(1, 3), fc.nat(2), teamPolicyArb, (a, pick, team) => {
        const j = pick % a.segments.length;
        const scenario = { ...a, team };
        let want: number;
        try {
          want = referenceRecommendedCsms(scenario, j, 3000);
        } catch {
          return fc.pre(false);
        }
        fc.pre(!nearCoverageEdge(scenario, j, want));
        expect(recommendedCsms(scenario, j)).toBe(want);
      }),
      { numRuns: 60 },
    );
  });

  test('allocateTeam: the split of at most 6 CSMs over 2–3 segments with the highest net benefit', () => {
    fc.assert(
      fc.property(smallArb(2, 3), fc.integer({ min: 0, max: 6 }), (a, total) => {
        const got = allocateTeam(a, total);
        const { best, all } = referenceAllocateTeam(a, total);
        expect(got.csms).toHaveLength(a.segments.length);
        expect(got.csms.reduce((s, n) => s + n, 0)).toBe(total);
        const chosen = all.find((s) => s.csms.join() === got.csms.join())!;
        // Judged against the size of the figures that cancel in a net benefit.
        const scale = Math.max(...all.map((s) => Math.abs(s.netBenefit)));
        expect(isClose(got.netBenefit, chosen.netBenefit, scale)).toBe(true);
        expect(isClose(chosen.netBenefit, best.netBenefit, scale)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

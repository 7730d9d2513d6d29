import { describe, expect, test } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_SEGMENT,
  allocateTeam,
  evaluateCsProgram,
  goalSeek,
  inputPaths,
  monteCarlo,
  readInput,
  sensitivity,
  sweepHeadcount,
  withInput,
  type Assumptions,
} from '../../src/model/index.ts';
import { expectClose } from './close.ts';

/** Three tiers, hiring with ramp: every analysis must take any segment's or the team's input. */
const tiers: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  team: { ...DEFAULT_ASSUMPTIONS.team, staffing: 'hireToCoverage', targetCoverage: 0.7, rampMonths: 2 },
  segments: [
    {
      ...DEFAULT_SEGMENT,
      name: 'Enterprise',
      startingAccounts: 50,
      arpa: 10_000,
      csms: 4,
      impactHoursPerAccountMonth: 8,
    },
    { ...DEFAULT_SEGMENT, name: 'Mid-market', csms: 3 },
    {
      ...DEFAULT_SEGMENT,
      name: 'SMB',
      startingAccounts: 2_000,
      arpa: 200,
      csms: 1,
      digitalCoverage: 0.3,
      digitalCostPerAccountMonth: 2,
    },
  ],
};

describe('analyses on any input path', () => {
  test('goal seek on a segment lever finds the value where the whole book meets the target', () => {
    const path = 'segments.2.monthlyChurn.withCs' as const;
    const arr = (a: Assumptions) => 12 * evaluateCsProgram(a).withCs.rows.at(-1)!.mrr;
    const target = arr(tiers) * 1.01;
    const r = goalSeek(tiers, { metric: 'endingArr', target }, path);
    expect(r.status).toBe('found');
    expect(arr(withInput(tiers, path, r.value!))).toBeGreaterThanOrEqual(target);
    expect(r.value!).toBeLessThan(readInput(tiers, path));
  });

  test('goal seek on the team policy: the target coverage that brings NRR to a level', () => {
    const path = 'team.targetCoverage' as const;
    const low = evaluateCsProgram(withInput(tiers, path, 0.3)).withCs.rows.at(-1)!.nrr!;
    const high = evaluateCsProgram(withInput(tiers, path, 1)).withCs.rows.at(-1)!.nrr!;
    expect(high).toBeGreaterThan(low);
    const target = (low + high) / 2;
    const r = goalSeek(tiers, { metric: 'nrr', target }, path);
    expect(r.status).toBe('found');
    expect(r.achieved!).toBeGreaterThanOrEqual(target);
  });

  test('Monte Carlo draws segment and team inputs, and repeats for a seed', () => {
    const ranges = {
      'segments.1.monthlyChurn.withCs': { low: 0.004, high: 0.012 },
      'team.rampMonths': { low: 0, high: 6 },
    };
    const one = monteCarlo(tiers, { ranges, seed: 9, runs: 200 });
    const two = monteCarlo(tiers, { ranges, seed: 9, runs: 200 });
    expect(one).toEqual(two);
    expect(one.uncertain).toEqual(Object.keys(ranges).sort());
    expect(one.netBenefit.p90).toBeGreaterThan(one.netBenefit.p10);
  });

  test('the tornado has a bar for every segment and team input, each evaluated as a whole scenario', () => {
    const t = sensitivity(tiers, 'netBenefit');
    const paths = inputPaths(tiers).filter((p) => p !== 'horizonMonths');
    expect([...t.bars.map((b) => b.path), ...t.leftOut].sort()).toEqual([...paths].sort());
    for (const bar of t.bars.filter((b) => /segments\.2\.|team\./.test(b.path))) {
      const scenario = withInput(tiers, bar.path, bar.high.input);
      expectClose(
        bar.high.value!,
        evaluateCsProgram(scenario).netBenefit,
        bar.path,
        evaluateCsProgram(tiers).csCost,
      );
    }
  });

  test('allocateTeam: equal options go to the earlier segments; a total that is not a number is 0', () => {
    const twins: Assumptions = { ...DEFAULT_ASSUMPTIONS, segments: [DEFAULT_SEGMENT, DEFAULT_SEGMENT] };
    expect(allocateTeam(twins, 1).csms).toEqual([1, 0]);
    expect(allocateTeam(twins, 3).csms).toEqual([3, 0]);
    expect(allocateTeam(twins, Number.NaN)).toEqual({ csms: [0, 0], netBenefit: 0 });
  });

  test('sweepHeadcount and monteCarlo ignore inputs that are not numbers or not in the scenario', () => {
    expect(sweepHeadcount(tiers, 1, Number.NaN).points.length).toBeGreaterThan(2);
    const r = monteCarlo(tiers, {
      ranges: {
        'segments.4.arpa': { low: 1, high: 2 },
        'segments.0.arpa': { low: Number.NaN, high: 2 },
      },
      seed: 1,
      runs: Number.NaN,
    });
    expect(r.uncertain).toEqual([]);
    expect(Number.isFinite(r.netBenefit.p50)).toBe(true);
  });
});

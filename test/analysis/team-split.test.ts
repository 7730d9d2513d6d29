import { describe, expect, test } from 'vitest';
import { bestSplitCurve, nextCsms, teamSplit } from '../../src/analysis/team-split.ts';
import { allocateTeam, segmentNetBenefit } from '../../src/model/index.ts';
import { presetById } from '../../src/store/presets.ts';

const a = presetById('three-tier')!.assumptions;
const today = a.segments.reduce((n, s) => n + s.csms, 0);

describe('the team split', () => {
  test('the curve is allocateTeam’s best split at each size, from none past full coverage, today’s size in', () => {
    const curve = bestSplitCurve(a, 40);
    expect(curve[0]!.csms).toBe(0);
    expect(curve.at(-1)!.csms).toBe(50);
    expect(curve.length).toBeLessThanOrEqual(22);
    expect(curve.map((p) => p.csms)).toContain(today);
    for (const p of curve) expect(p.netBenefit).toBe(allocateTeam(a, p.csms).netBenefit);
  });

  test('today’s split is never better than the best split of the same team', () => {
    const split = teamSplit(a);
    expect(split.total).toBe(today);
    expect(split.best.reduce((n, x) => n + x, 0)).toBe(today);
    expect(split.bestNetBenefit).toBeGreaterThanOrEqual(split.todayNetBenefit);
  });

  test('the next CSM of each segment, best first, is one CSM’s difference', () => {
    const next = nextCsms(a);
    expect(next.map((n) => n.netChange)).toEqual([...next.map((n) => n.netChange)].sort((x, y) => y - x));
    const mid = next.find((n) => n.segment === 1)!;
    const at = segmentNetBenefit(a, 1);
    expect(mid.netChange).toBe(at(4).netBenefit - at(3).netBenefit);
  });
});

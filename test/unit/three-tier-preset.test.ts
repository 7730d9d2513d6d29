import { describe, expect, test } from 'vitest';
import {
  allocateTeam,
  evaluateCsProgram,
  segmentNetBenefit,
  validateAssumptions,
} from '../../src/model/index.ts';
import { presetById } from '../../src/store/presets.ts';
import { projectionOf } from '../../src/store/projection-of.ts';

const a = presetById('three-tier')!.assumptions;
const e = evaluateCsProgram(a);
const H = a.horizonMonths;
const [enterprise, midMarket, smb] = [0, 1, 2];

describe('the three-tier organisation preset tells its story', () => {
  test('is valid as it stands', () => {
    expect(validateAssumptions(a).problems).toEqual([]);
    expect(a.segments.map((s) => s.name)).toEqual([
      'Enterprise high-touch',
      'Mid-market pooled',
      'SMB digital / tech-touch',
    ]);
  });

  test('SMB digital pays back first', () => {
    const payback = e.segments.map((s) => s.paybackMonth);
    expect(payback.every((m) => m !== null)).toBe(true);
    expect(payback[smb]!).toBeLessThan(Math.min(payback[enterprise]!, payback[midMarket]!));
  });

  test('enterprise high-touch carries NRR: above 100 %, the highest of the three', () => {
    const nrr = e.withCs.segments.map((s) => s.rows[H]!.nrr!);
    expect(nrr[enterprise]).toBeGreaterThan(1);
    expect(nrr[enterprise]).toBeGreaterThan(Math.max(nrr[midMarket]!, nrr[smb]!));
  });

  test('mid-market is understaffed, and the next CSM earns the most there', () => {
    const coverage = projectionOf(a).segments.map((s) => s.coverage.average);
    expect(coverage[midMarket]).toBeLessThan(Math.min(coverage[enterprise]!, coverage[smb]!));
    expect(a.segments[midMarket]!.csms).toBeLessThan(e.segments[midMarket]!.recommendedCsms);
    const next = a.segments.map((s, i) => {
      const at = segmentNetBenefit(a, i);
      return at(s.csms + 1).netBenefit - at(s.csms).netBenefit;
    });
    expect(next[midMarket]).toBeGreaterThan(0);
    expect(next[midMarket]).toBeGreaterThan(Math.max(next[enterprise]!, next[smb]!));
    // The best split of the same team moves CSMs into mid-market.
    const total = a.segments.reduce((n, s) => n + s.csms, 0);
    expect(allocateTeam(a, total).csms[midMarket]).toBeGreaterThan(a.segments[midMarket]!.csms);
  });
});

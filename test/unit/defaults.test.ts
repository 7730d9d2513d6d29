import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_ASSUMPTIONS, evaluateCsProgram, recommendedCsms } from '../../src/model/index.ts';
import { PRESETS } from '../../src/store/presets.ts';
import { BELIEVABLE, within } from '../believable.ts';

describe('the defaults', () => {
  const e = evaluateCsProgram(DEFAULT_ASSUMPTIONS);
  const H = DEFAULT_ASSUMPTIONS.horizonMonths;

  test('land in the benchmarks’ ranges', () => {
    expect(H).toBe(36);
    expect(within(e.roi, BELIEVABLE.roi)).toBe(true);
    expect(within(e.paybackMonth, BELIEVABLE.paybackMonth)).toBe(true);
    expect(within(e.baseline.rows[H]!.grr, BELIEVABLE.grrWithoutCs)).toBe(true);
    expect(within(e.withCs.rows[H]!.nrr, BELIEVABLE.nrrWithCs)).toBe(true);
    expect(within(e.csCostShareOfArr, BELIEVABLE.csCostShareOfArr)).toBe(true);
  });

  test('still tell a story: the program pays, inside the horizon, with a team too small for the book', () => {
    expect(e.roi!).toBeGreaterThan(0);
    expect(e.npv).toBeGreaterThan(0);
    expect(e.paybackMonth!).toBeLessThanOrEqual(H);
    const segment = DEFAULT_ASSUMPTIONS.segments[0]!;
    expect(recommendedCsms(DEFAULT_ASSUMPTIONS, 0)).toBeGreaterThan(segment.csms);
  });
});

describe('the presets', () => {
  const docs = readFileSync('docs/presets.md', 'utf8');

  test.each(PRESETS.map((p) => [p.label, p] as const))(
    '%s lists its sources, here and in docs',
    (label, p) => {
      expect(p.sources.length).toBeGreaterThan(0);
      expect(docs).toContain(label);
      for (const s of p.sources) {
        expect(s.took.trim()).not.toBe('');
        expect(docs).toContain(s.name);
      }
    },
  );

  test.each(['smb', 'typical', 'enterprise'])(
    'the %s contract size pays back inside its horizon, from published figures',
    (id) => {
      const p = PRESETS.find((x) => x.id === id)!;
      const e = evaluateCsProgram(p.assumptions);
      expect(e.roi!).toBeGreaterThan(0);
      expect(e.paybackMonth).not.toBeNull();
      expect(p.sources.some((s) => s.year !== null)).toBe(true);
    },
  );
});

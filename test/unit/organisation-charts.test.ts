import { describe, expect, test } from 'vitest';
import { costChartSpec } from '../../src/charts/cost-chart-spec.ts';
import { paletteFor } from '../../src/charts/palette.ts';
import { segmentMrrChartSpec } from '../../src/charts/segment-mrr-chart-spec.ts';
import { teamChartSpec } from '../../src/charts/team-chart-spec.ts';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../../src/model/index.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { SEGMENT_TEMPLATES } from '../../src/store/segment-templates.ts';

const fmt = { locale: 'en-US', currency: 'USD' };
const palette = paletteFor('light');
const threeTiers: Assumptions = { ...DEFAULT_ASSUMPTIONS, segments: SEGMENT_TEMPLATES.map((t) => t.segment) };
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('MRR by segment', () => {
  test('stacks each named segment up to the whole book, with the book without CS apart', () => {
    const p = projectionOf(threeTiers);
    const spec = segmentMrrChartSpec(p, palette, fmt);
    const [a, b, c, without] = spec.data.datasets;
    expect(spec.data.datasets.map((d) => d.label)).toEqual([
      'Enterprise high-touch',
      'Mid-market pooled',
      'SMB digital / tech-touch',
      'Whole book without CS',
    ]);
    for (let t = 0; t <= threeTiers.horizonMonths; t++) {
      const stacked = a!.data[t]!.y + b!.data[t]!.y + c!.data[t]!.y;
      expect(close(stacked, p.evaluation.withCs.rows[t]!.mrr)).toBe(true);
    }
    // The line without CS is in a stack of its own, so it is not added on top of the segments.
    expect(new Set(spec.data.datasets.map((d) => (d as { stack?: string }).stack))).toEqual(
      new Set(['segments', 'baseline']),
    );
    expect(without!.data.at(-1)!.y).toBe(p.evaluation.baseline.rows.at(-1)!.mrr);
    expect(spec.headline).toContain('without CS the book would be at');
  });
});

describe('the team over time', () => {
  test('with hiring and a ramp-up, new hires are paid before they are productive', () => {
    const hiring: Assumptions = {
      ...threeTiers,
      team: { ...threeTiers.team, staffing: 'hireToCoverage', rampMonths: 3 },
    };
    const spec = teamChartSpec(projectionOf(hiring), palette, fmt);
    const [payroll, productive, needed] = spec.data.datasets;
    const gap = payroll!.data.some((pt, t) => pt.y > productive!.data[t]!.y);
    expect(gap).toBe(true);
    expect(payroll!.data.at(-1)!.y).toBeGreaterThan(payroll!.data[0]!.y);
    expect(needed!.data.every((pt) => Number.isInteger(pt.y) && pt.y >= 0)).toBe(true);
    expect(spec.headline).toMatch(/^Hiring takes the team from 11 to/);
    const fixed = teamChartSpec(projectionOf(threeTiers), palette, fmt);
    expect(fixed.headline).toMatch(/^A fixed team of 11 CSMs/);
    expect(fixed.data.datasets[0]!.data.every((pt) => pt.y === 11)).toBe(true);
  });
});

describe('CS cost by kind', () => {
  test('the kinds add up to the CS cost each month, against the gross profit CS adds', () => {
    const a: Assumptions = {
      ...threeTiers,
      team: { ...threeTiers.team, managerAnnualCost: 180000, toolingPerCsmYear: 3000 },
    };
    const p = projectionOf(a);
    const spec = costChartSpec(p, palette, fmt);
    const [csms, overhead, digital, gain] = spec.data.datasets;
    for (let t = 1; t <= a.horizonMonths; t++) {
      const row = p.evaluation.withCs.rows[t]!;
      const i = t - 1;
      expect(close(csms!.data[i]!.y + overhead!.data[i]!.y + digital!.data[i]!.y, row.csCost)).toBe(true);
      expect(close(gain!.data[i]!.y, row.grossProfit - p.evaluation.baseline.rows[t]!.grossProfit)).toBe(
        true,
      );
    }
    expect(overhead!.data[0]!.y).toBeGreaterThan(0);
    expect(spec.table.rows).toHaveLength(a.horizonMonths);
  });
});

import { describe, expect, test } from 'vitest';
import { compareRows } from '../../src/components/share/compare-table.ts';
import { kpiCsv, monthlyCsv } from '../../src/export/csv.ts';
import { DEFAULT_ASSUMPTIONS, withInput, type Assumptions } from '../../src/model/index.ts';
import { kpiFigures, segmentFigures } from '../../src/store/kpis.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { presetById } from '../../src/store/presets.ts';
import { readCsv } from './read-csv.ts';

const meta = { title: 'Tiers', currency: 'USD', createdAt: '2026-01-02T03:04:05.000Z' };
const fmt = { locale: 'en-US', currency: 'USD' };
const tiers = presetById('three-tier')!.assumptions;

describe('CSV by segment', () => {
  test('the key figures list each segment’s own figures, named; one segment adds none', () => {
    const figures = (a: Assumptions) => {
      const rows = readCsv(kpiCsv(projectionOf(a), meta, 0));
      return rows.slice(rows.findIndex((r) => r[0] === 'Key figure') + 1);
    };
    const rows = figures(tiers);
    const net = rows.find((r) => r[0] === 'Mid-market pooled: Net benefit')!;
    expect(Number(net[1])).toBeCloseTo(projectionOf(tiers).evaluation.segments[1]!.netBenefit, 0);
    expect(rows.filter((r) => r[0]!.startsWith('SMB digital / tech-touch: '))).toHaveLength(10);
    expect(figures(DEFAULT_ASSUMPTIONS)).toHaveLength(
      kpiFigures(projectionOf(DEFAULT_ASSUMPTIONS), 0).length,
    );
  });

  test('the monthly file has each segment’s months after the book’s, its name first', () => {
    const rows = readCsv(monthlyCsv(projectionOf(tiers), meta));
    const H = tiers.horizonMonths;
    const start = rows.findIndex((r) => r[0] === 'Segment');
    expect(rows[start]![1]).toBe('Month');
    const block = rows.slice(start + 1).filter((r) => r[0] === 'Enterprise high-touch');
    expect(block).toHaveLength(H + 1);
    const mrr = rows[start]!.indexOf('With CS: MRR');
    expect(Number(block[H]![mrr])).toBeCloseTo(
      projectionOf(tiers).evaluation.withCs.segments[0]!.rows[H]!.mrr,
      3,
    );
    expect(readCsv(monthlyCsv(projectionOf(DEFAULT_ASSUMPTIONS), meta)).some((r) => r[0] === 'Segment')).toBe(
      false,
    );
  });

  test('a segment named like a formula is written as text', () => {
    const hostile: Assumptions = {
      ...tiers,
      segments: tiers.segments.map((s, i) => (i === 1 ? { ...s, name: '=HYPERLINK("http://x","y")' } : s)),
    };
    const p = projectionOf(hostile);
    for (const csv of [monthlyCsv(p, meta), kpiCsv(p, meta, 1)]) {
      const cells = readCsv(csv).flat();
      expect(cells.some((c) => c.startsWith("'=HYPERLINK"))).toBe(true);
      expect(cells.some((c) => c.startsWith('=HYPERLINK'))).toBe(false);
    }
  });
});

describe('compare by segment', () => {
  test('shows a segment’s rows only where the scenarios differ', () => {
    const changed = withInput(tiers, 'segments.1.arpa', 3500);
    const rows = compareRows(
      [tiers, changed].map((a) => [...kpiFigures(projectionOf(a), 0), ...segmentFigures(projectionOf(a))]),
      fmt,
    );
    const segmentRows = rows.filter((r) => r.name.startsWith('segment:'));
    expect(segmentRows.length).toBeGreaterThan(0);
    expect(segmentRows.every((r) => r.label.startsWith('Mid-market pooled: '))).toBe(true);
    const net = segmentRows.find((r) => r.name === 'segment:Mid-market pooled:net-benefit')!;
    expect(net.differences[0]!.tone).toBe('good');
    // The book's KPI rows are all there, as before.
    expect(rows.filter((r) => !r.name.startsWith('segment:'))).toHaveLength(
      kpiFigures(projectionOf(tiers), 0).length,
    );
  });
});

import { describe, expect, test } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_SEGMENT,
  evaluateCsProgram,
  type Assumptions,
} from '../../src/model/index.ts';
import { kpiCsv } from '../../src/export/csv.ts';
import { keyAssumptions } from '../../src/export/key-assumptions.ts';
import { oneSegment } from '../../src/store/presets.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { CAUTION_LIMITS, cautionsOf, illustrativeLabel } from '../../src/warnings.ts';

const fmt = { locale: 'en-US', currency: 'USD' };
const cautions = (a: Assumptions) => cautionsOf(a, evaluateCsProgram(a), fmt);
const rules = (a: Assumptions) => cautions(a).map((c) => c.rule);
const base = DEFAULT_SEGMENT.monthlyChurn.base;

describe('cautions', () => {
  test('the defaults, built from benchmarks, earn none and are not illustrative', () => {
    expect(cautions(DEFAULT_ASSUMPTIONS)).toEqual([]);
    expect(illustrativeLabel([])).toBeNull();
  });

  test('churn cut by more than half: names the churn lever, what it assumes and what studies say', () => {
    const a = oneSegment(DEFAULT_ASSUMPTIONS, { monthlyChurn: { base, withCs: base * 0.4 } });
    const [c] = cautions(a);
    expect(c).toMatchObject({
      rule: 'churn-cut',
      segment: 0,
      assumption: 'Logo churn (CR6), with CS',
      effect: true,
    });
    expect(c!.scenario).toBe('CS cuts monthly logo churn from 0.8% to 0.32%, by 60%.');
    expect(c!.studies).toMatch(/more than half/);
    // Exactly half is what studies allow.
    expect(rules(oneSegment(DEFAULT_ASSUMPTIONS, { monthlyChurn: { base, withCs: base / 2 } }))).toEqual([]);
  });

  test('time to value cut by more than two thirds', () => {
    const cut = (withCs: number) =>
      rules(oneSegment(DEFAULT_ASSUMPTIONS, { timeToValueMonths: { base: 6, withCs } }));
    expect(cut(1)).toEqual(['ttv-cut']);
    expect(cut(2)).toEqual([]);
  });

  test('NRR up by more than 15 points, whatever lever drives it', () => {
    const a = oneSegment(DEFAULT_ASSUMPTIONS, { expansionsPerYear: { base: 1, withCs: 6 }, csms: 20 });
    const e = evaluateCsProgram(a);
    const lift = e.withCs.rows[36]!.nrr! - e.baseline.rows[36]!.nrr!;
    expect(lift).toBeGreaterThan(CAUTION_LIMITS.nrrLift);
    const c = cautionsOf(a, e, fmt).find((x) => x.rule === 'nrr-lift')!;
    expect(c.scenario).toMatch(/^CS lifts NRR at month 36 from \d+\.\d% to \d+\.\d%, \d+\.\d points\.$/);
    expect(c.effect).toBe(true);
  });

  test('CS cost above 15 % of ARR is a caution on cost, not on the size of the effect', () => {
    const a = oneSegment(DEFAULT_ASSUMPTIONS, { csms: 40 });
    const c = cautions(a).find((x) => x.rule === 'cs-cost-share')!;
    expect(evaluateCsProgram(a).csCostShareOfArr!).toBeGreaterThan(0.15);
    expect(c.effect).toBe(false);
    expect(illustrativeLabel([c])).toBeNull();
  });

  test('levers that never apply (no CSMs, no digital program) earn no caution', () => {
    const a = oneSegment(DEFAULT_ASSUMPTIONS, { monthlyChurn: { base, withCs: 0 }, csms: 0 });
    expect(rules(a)).toEqual([]);
  });

  test('with several segments, each caution names its segment', () => {
    const a: Assumptions = {
      ...DEFAULT_ASSUMPTIONS,
      segments: [DEFAULT_SEGMENT, { ...DEFAULT_SEGMENT, name: 'SMB', monthlyChurn: { base, withCs: 0 } }],
    };
    const [c] = cautions(a);
    expect(c).toMatchObject({ rule: 'churn-cut', segment: 1 });
    expect(c!.scenario).toMatch(/^SMB: CS cuts monthly logo churn/);
  });
});

describe('exports of an illustrative scenario', () => {
  const bold = oneSegment(DEFAULT_ASSUMPTIONS, { monthlyChurn: { base, withCs: 0.001 } });

  test('the CSV says it is illustrative, and why, at its head', () => {
    const csv = kpiCsv(projectionOf(bold), { title: 'x', currency: 'USD', createdAt: 'now' }, 0);
    expect(csv).toContain(
      'Illustrative,Illustrative scenario: it assumes CS effects larger than published studies report.',
    );
    expect(csv).toMatch(/Caution,"?Logo churn \(CR6\), with CS: CS cuts monthly logo churn/);
    expect(
      kpiCsv(projectionOf(DEFAULT_ASSUMPTIONS), { title: 'x', currency: 'USD', createdAt: 'now' }, 0),
    ).not.toMatch(/Illustrative/);
  });

  test('the PNG caption starts with the label', () => {
    expect(keyAssumptions(bold, fmt)[0]).toMatch(/^Illustrative scenario/);
    expect(keyAssumptions(DEFAULT_ASSUMPTIONS, fmt)[0]).not.toMatch(/Illustrative/);
  });
});

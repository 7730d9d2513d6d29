import { describe, expect, test } from 'vitest';
import { clv, DEFAULT_ASSUMPTIONS, DEFAULT_SEGMENT, type Assumptions } from '../../src/model/index.ts';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { kpiCards } from '../../src/store/kpis.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { SEGMENT_TEMPLATES } from '../../src/store/segment-templates.ts';

const fmt = { locale: 'en-US', currency: 'USD' };
const twoSegments: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  segments: [DEFAULT_SEGMENT, SEGMENT_TEMPLATES[0]!.segment],
};

describe('the segment on screen', () => {
  test('is always one the scenario has, whatever replaces the scenario', () => {
    const store = createCalculatorStore({ inputs: twoSegments });
    store.getState().selectSegment(1);
    expect(store.getState().activeSegment).toBe(1);
    store.getState().loadInputs({ segments: [DEFAULT_SEGMENT] }, 'The link');
    expect(store.getState().activeSegment).toBe(0);
    store.getState().selectSegment(7);
    expect(store.getState().activeSegment).toBe(0);
  });

  test('removing a segment before it keeps the same segment on screen', () => {
    const store = createCalculatorStore({
      inputs: { ...twoSegments, segments: [...twoSegments.segments, SEGMENT_TEMPLATES[2]!.segment] },
    });
    store.getState().selectSegment(2);
    store.getState().removeSegment(0);
    expect(store.getState().inputs.segments[store.getState().activeSegment]!.name).toBe(
      'SMB digital / tech-touch',
    );
  });

  test('a new account’s worth on the KPI cards is the segment on screen’s, named', () => {
    const p = projectionOf(twoSegments);
    const card = (segment: number) => kpiCards(p, fmt, segment).find((k) => k.name === 'clv')!;
    expect(card(1).label).toBe('Customer lifetime value (Enterprise high-touch)');
    expect(card(0).label).toBe('Customer lifetime value (All accounts)');
    expect(p.segments[1]!.clvBaseline).toBe(clv(twoSegments, 1, 0));
    expect(card(1).value).not.toBe(card(0).value);
    // With one segment the card reads as it did before segments.
    expect(kpiCards(projectionOf(DEFAULT_ASSUMPTIONS), fmt, 0).find((k) => k.name === 'clv')!.label).toBe(
      'Customer lifetime value',
    );
  });
});

describe('a segment name that looks like markup', () => {
  test('is kept as written, and the person is told it is shown as text', () => {
    const store = createCalculatorStore();
    store.getState().renameSegment(0, '<img src=x onerror=alert(1)> EMEA');
    expect(store.getState().inputs.segments[0]!.name).toBe('<img src=x onerror=alert(1)> EMEA');
    expect(
      store
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(
      /^Segment name: the segment name “<img src=x onerror=alert\(1\)>.*” looks like markup; it is kept as written and shown as plain text, never run\.$/,
    );
  });

  test('in a loaded scenario, says so too; a plain name says nothing', () => {
    const store = createCalculatorStore();
    const a = store.getState().inputs;
    store
      .getState()
      .loadInputs({ ...a, segments: [{ ...a.segments[0]!, name: 'Mid &amp; large' }] }, 'The link');
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0]!.text).toMatch(
      /^The link: the segment name “Mid &amp; large” looks like markup/,
    );
    store.getState().renameSegment(0, 'Mid & large <10k>');
    expect(store.getState().notices).toHaveLength(1);
  });
});

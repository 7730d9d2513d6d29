// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import GoalSeekView from '../../src/analysis/goal-seek-view.tsx';
import { goalText } from '../../src/analysis/goal-text.ts';
import { ViewStateProvider } from '../../src/analysis/view-state.tsx';
import { paletteFor } from '../../src/charts/palette.ts';
import { tornadoChartSpec } from '../../src/charts/tornado-chart-spec.ts';
import { DEFAULT_SETTINGS } from '../../src/store/settings.ts';
import { goalSeek, sensitivity } from '../../src/model/index.ts';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { loadLink } from '../../src/store/load-link.ts';
import { presetById } from '../../src/store/presets.ts';
import { encodeLink } from '../../src/store/url-state.ts';
import { renderWithStore } from '../components/render.tsx';

vi.mock('../../src/charts/chart-canvas.tsx', () => ({ default: () => null }));
beforeAll(() => {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList;
});

const fmt = { locale: 'en-US', currency: 'USD' };
const tiers = presetById('three-tier')!.assumptions;

describe('inputs of a segment are named with it', () => {
  test('in goal seek’s answer and the tornado, with several segments only', () => {
    const r = goalSeek(tiers, { metric: 'nrr', target: 1 }, 'segments.1.monthlyChurn.withCs');
    expect(goalText(r, tiers, fmt)).toContain('“Mid-market pooled: Logo churn (CR6), with CS”');
    const spec = tornadoChartSpec(sensitivity(tiers, 'roi'), tiers, paletteFor('light'), fmt);
    expect(spec.table.rows.some((row) => row[0]!.startsWith('SMB digital / tech-touch: '))).toBe(true);
    const one = presetById('typical')!.assumptions;
    const plain = goalSeek(one, { metric: 'nrr', target: 1 }, 'segments.0.monthlyChurn.withCs');
    expect(goalText(plain, one, fmt)).toContain('“Logo churn (CR6), with CS”');
  });

  test('goal seek follows the segment on screen, and a removed one moves it to the segment shown', async () => {
    const { store } = renderWithStore(
      <ViewStateProvider>
        <GoalSeekView />
      </ViewStateProvider>,
      tiers,
    );
    store.getState().selectSegment(2);
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Solve for' })).toHaveDisplayValue(
        /^SMB digital \/ tech-touch: Logo churn/,
      ),
    );
    store.getState().removeSegment(2);
    await waitFor(() =>
      expect(document.querySelector('[data-verdict="goal"]')).toHaveTextContent(
        'Mid-market pooled: Logo churn',
      ),
    );
    expect(document.body.textContent).not.toMatch(/NaN|SMB digital/);
  });
});

describe('a link with more segments than the calculator takes', () => {
  test('keeps the first five and says so in plain words; nothing else is lost', () => {
    const five = { ...tiers, segments: [...tiers.segments, tiers.segments[0]!, tiers.segments[1]!] };
    const link = encodeLink({ inputs: five, settings: DEFAULT_SETTINGS, presenter: null });
    const params = new URLSearchParams(link);
    for (let i = 5; i < 9; i++) {
      params.set(`${i}.nm`, `Extra ${i}`);
      params.set(`${i}.ar`, '100');
    }
    const store = createCalculatorStore();
    expect(loadLink(store, `#${params.toString()}`)).toBe(true);
    const { inputs, notices } = store.getState();
    expect(inputs.segments.map((s) => s.name)).toEqual(five.segments.map((s) => s.name));
    expect(inputs.segments.map((s) => s.arpa)).toEqual(five.segments.map((s) => s.arpa));
    expect(notices.map((n) => n.text)).toEqual([
      'The link has 9 segments; the calculator takes 5, so the first 5 are used and the rest were left out.',
    ]);
  });

  test('a bad number in one segment is named with the segment', () => {
    const link = encodeLink({ inputs: tiers, settings: DEFAULT_SETTINGS, presenter: null });
    const store = createCalculatorStore();
    loadLink(store, `#${link.replace(/(^|&)1\.ar=\d+/, '$11.ar=abc')}`);
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      expect.stringMatching(
        /^The link: Mid-market pooled: Revenue per account \(MRR\): "abc" is not a number/,
      ),
    ]);
  });

  test('a three-segment link round trips', () => {
    const store = createCalculatorStore();
    loadLink(store, `#${encodeLink({ inputs: tiers, settings: DEFAULT_SETTINGS, presenter: null })}`);
    expect(store.getState().inputs).toEqual(tiers);
    expect(store.getState().notices).toEqual([]);
  });
});

// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { mrrChartSpec } from '../../src/charts/mrr-chart-spec.ts';
import { useChartPalette } from '../../src/charts/use-chart-palette.ts';
import { CalculatorProvider } from '../../src/store/calculator-context.tsx';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { projectionOf } from '../../src/store/projection-of.ts';

const fmt = { locale: 'en-US', currency: 'USD' };

/** Every font size the chart's axes ask for: tick labels and titles. */
function axisFontSizes(palette: ReturnType<typeof useChartPalette>): number[] {
  const spec = mrrChartSpec(projectionOf(createCalculatorStore().getState().inputs), palette, fmt);
  const scales = (spec.options as { scales: Record<string, Record<string, { font?: { size: number } }>> })
    .scales;
  return Object.values(scales).flatMap((axis) => [axis.ticks!.font!.size, axis.title!.font!.size]);
}

// jsdom has no media queries: the system theme is light, and the page is not printing.
window.matchMedia = (query: string) =>
  ({
    matches: false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }) as unknown as MediaQueryList;

describe('chart text in presenter mode', () => {
  test('is larger for a room, and the palette is the same object while nothing changes', () => {
    const store = createCalculatorStore();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <CalculatorProvider store={store}>{children}</CalculatorProvider>
    );
    const { result, rerender } = renderHook(() => useChartPalette(), { wrapper });
    const screen = result.current;
    expect(new Set(axisFontSizes(screen))).toEqual(new Set([12]));
    store.getState().setPresenter(['arpa']);
    rerender();
    const room = result.current;
    expect(new Set(axisFontSizes(room))).toEqual(new Set([18]));
    rerender();
    expect(result.current).toBe(room);
  });
});

import { useDeferredValue, useMemo } from 'react';
import type { Assumptions } from '../model/index.ts';
import type { Formatting } from '../format.ts';
import { useCalculator } from './calculator-context.tsx';
import { projectionOf, type Projection } from './projection-of.ts';

/** The React side of the projection: hooks that read the store and hand components the plain data. */

export const useInputs = (): Assumptions => useCalculator((s) => s.inputs);
/**
 * The projection for what the inputs drive (KPIs, summary, charts): deferred, so a slider step paints the
 * slider and its number in the next frame and the figures follow in the render right after, which React
 * abandons if another step arrives first.
 */
export const useProjection = (): Projection => projectionOf(useDeferredValue(useInputs()));
/** Locale and currency only: changing the theme or the churn unit must not reformat every chart. */
export function useFormatting(): Formatting {
  const locale = useCalculator((s) => s.settings.locale);
  const currency = useCalculator((s) => s.settings.currency);
  return useMemo(() => ({ locale, currency }), [locale, currency]);
}

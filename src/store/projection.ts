import { useMemo, useSyncExternalStore } from 'react';
import type { Assumptions } from '../model/index.ts';
import type { Formatting } from '../format.ts';
import { useCalculator, useCalculatorStore } from './calculator-context.tsx';
import { inputFramesOf } from './input-frames.ts';
import { projectionOf, type Projection } from './projection-of.ts';

/** The React side of the projection: hooks that read the store and hand components the plain data. */

/** The inputs as typed or dragged, at once: for the inputs themselves. */
export const useInputs = (): Assumptions => useCalculator((s) => s.inputs);

/** The inputs the figures show, the newest once an animation frame (see input-frames.ts). */
export function useShownInputs(): Assumptions {
  const frames = inputFramesOf(useCalculatorStore());
  return useSyncExternalStore(frames.subscribeShown, frames.shown, frames.shown);
}

/** The inputs once they have rested for a frame: for the heavier analysis views. */
export function useSettledInputs(): Assumptions {
  const frames = inputFramesOf(useCalculatorStore());
  return useSyncExternalStore(frames.subscribeSettled, frames.settled, frames.settled);
}

/** The projection for what the inputs drive (KPIs, summary, charts), computed once a frame. */
export const useProjection = (): Projection => projectionOf(useShownInputs());

/** Locale and currency only: changing the theme or the churn unit must not reformat every chart. */
export function useFormatting(): Formatting {
  const locale = useCalculator((s) => s.settings.locale);
  const currency = useCalculator((s) => s.settings.currency);
  return useMemo(() => ({ locale, currency }), [locale, currency]);
}

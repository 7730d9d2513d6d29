import { useDeferredValue } from 'react';
import { paletteFor, type Palette } from '../charts/palette.ts';
import { useResolvedTheme } from '../app/use-theme.ts';
import type { Assumptions } from '../model/index.ts';
import { useInputs } from '../store/projection.ts';

/**
 * The scenario for a heavier analysis: deferred, so a slider drag repaints the sliders, KPIs and charts
 * first and the analysis catches up when the main thread is free.
 */
export const useAnalysisInputs = (): Assumptions => useDeferredValue(useInputs());

export const usePalette = (): Palette => paletteFor(useResolvedTheme());

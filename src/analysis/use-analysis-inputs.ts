import { useEffect, useState } from 'react';
import { paletteFor, type Palette } from '../charts/palette.ts';
import { useResolvedTheme } from '../store/use-theme.ts';
import type { Assumptions } from '../model/index.ts';
import { useInputs } from '../store/projection.ts';

/** How long the inputs must rest before the analysis views recompute. */
const SETTLE_MS = 150;

/**
 * The scenario for a heavier analysis: the inputs once they have rested for a moment, so a slider drag
 * repaints the sliders, KPIs and charts every frame and the analysis catches up when the drag pauses.
 */
export function useAnalysisInputs(): Assumptions {
  const inputs = useInputs();
  const [settled, setSettled] = useState(inputs);
  useEffect(() => {
    if (settled === inputs) return;
    const timer = setTimeout(() => setSettled(inputs), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [inputs, settled]);
  return settled;
}

export const usePalette = (): Palette => paletteFor(useResolvedTheme());

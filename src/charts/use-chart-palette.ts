import { useCalculator } from '../store/calculator-context.tsx';
import { useResolvedTheme } from '../store/use-theme.ts';
import { paletteFor, roomPaletteFor, type Palette } from './palette.ts';

/** The charts' palette for the theme in force, with larger text in presenter mode. */
export function useChartPalette(): Palette {
  const theme = useResolvedTheme();
  const presenting = useCalculator((s) => s.presenter !== null);
  return presenting ? roomPaletteFor(theme) : paletteFor(theme);
}

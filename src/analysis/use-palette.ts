import { paletteFor, type Palette } from '../charts/palette.ts';
import { useResolvedTheme } from '../store/use-theme.ts';

export const usePalette = (): Palette => paletteFor(useResolvedTheme());

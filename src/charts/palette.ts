export interface Palette {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  withCs: string;
  baseline: string;
  benefit: string;
  newMrr: string;
  expansion: string;
  contraction: string;
  churn: string;
  nrr: string;
  grr: string;
  marker: string;
  /** Axis text in CSS pixels: larger in presenter mode, read from the back of a room. */
  fontSize: number;
}

// Chosen for contrast on their own background (each line at least 3:1 against it) and told apart by
// more than hue: baseline lines are dashed, references are labelled.
const LIGHT: Palette = {
  text: '#1f2933',
  muted: '#52606d',
  grid: 'rgba(31, 41, 51, 0.1)',
  surface: '#ffffff',
  withCs: '#1d4ed8',
  baseline: '#6b7280',
  benefit: '#047857',
  newMrr: '#2563eb',
  expansion: '#059669',
  contraction: '#d97706',
  churn: '#dc2626',
  nrr: '#7c3aed',
  grr: '#0e7490',
  marker: '#374151',
  fontSize: 12,
};

const DARK: Palette = {
  text: '#e5e7eb',
  muted: '#9ca3af',
  grid: 'rgba(229, 231, 235, 0.12)',
  surface: '#111827',
  withCs: '#60a5fa',
  baseline: '#9ca3af',
  benefit: '#34d399',
  newMrr: '#60a5fa',
  expansion: '#34d399',
  contraction: '#fbbf24',
  churn: '#f87171',
  nrr: '#c4b5fd',
  grr: '#67e8f9',
  marker: '#d1d5db',
  fontSize: 12,
};

// NOTE: 18 px on a 1920 px projector is about 1 % of the picture's width: axis labels a room can read,
// with the charts still drawing all their ticks at presenter mode's larger chart heights.
const ROOM_FONT_SIZE = 18;
const ROOM = { light: { ...LIGHT, fontSize: ROOM_FONT_SIZE }, dark: { ...DARK, fontSize: ROOM_FONT_SIZE } };

/** The palette for a room (presenter mode): the same colours, larger text. One object per theme, for memos. */
export const roomPaletteFor = (theme: 'light' | 'dark'): Palette => ROOM[theme];

export function paletteFor(theme: 'light' | 'dark', accent?: string): Palette {
  const base = theme === 'dark' ? DARK : LIGHT;
  return accent ? { ...base, withCs: accent } : base;
}

/** A colour for each segment (up to the five the model takes), in the scenario's order. */
export const segmentColours = (p: Palette): readonly string[] => [
  p.withCs,
  p.expansion,
  p.contraction,
  p.nrr,
  p.grr,
];

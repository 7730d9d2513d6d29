import { decimal, money, multiple, percent, type Formatting } from '../../format.ts';
import { plural } from '../../i18n/plural.ts';
import { words } from '../../i18n/words.ts';
import type { FigureUnit, KpiFigure } from '../../store/kpis.ts';

export interface CompareRow {
  name: string;
  label: string;
  /** One formatted value per scenario. */
  values: string[];
  /** For each scenario after the first: its difference from the first, formatted and signed. */
  differences: { text: string; tone: 'good' | 'bad' | 'neutral' }[];
}

export function formatFigure(unit: FigureUnit, value: number | null, fmt: Formatting): string {
  if (value === null) return '—';
  switch (unit) {
    case 'money':
      return money(fmt, value, true);
    case 'percent':
      return percent(fmt, value, 1);
    case 'month':
      return words().share.compare.month(decimal(fmt, value, 0));
    case 'count':
      return decimal(fmt, value, Math.abs(value) < 10 ? 1 : 0);
    case 'ratio':
      return multiple(fmt, value);
  }
}

/** "+$1.2M", "−3.1 pts", "±0": a difference reads as one, with the sign always shown. */
function formatDifference(unit: FigureUnit, d: number, fmt: Formatting): string {
  const size = Math.abs(d);
  const t = words().share.compare;
  const text =
    unit === 'percent'
      ? t.points(decimal(fmt, size * 100, 1))
      : unit === 'month'
        ? plural(size, decimal(fmt, size, 0), t.months)
        : formatFigure(unit, size, fmt);
  return `${d > 0 ? '+' : d < 0 ? '−' : '±'}${text}`;
}

/**
 * Rows of the compare table: each KPI across scenarios, and how each differs from the first. Figures are
 * matched by name, in the order they first appear; a segment's figure (which only the scenarios with that
 * segment have) is a row only where the scenarios show it differently.
 */
export function compareRows(figures: readonly KpiFigure[][], fmt: Formatting): CompareRow[] {
  const byName = figures.map((list) => new Map(list.map((f) => [f.name, f])));
  const names = [...new Set(figures.flatMap((list) => list.map((f) => f.name)))];
  return names.flatMap((name): CompareRow[] => {
    const found = byName.map((m) => m.get(name));
    const f = found.find((x) => x !== undefined)!;
    const values = found.map((x) => formatFigure(f.unit, x?.value ?? null, fmt));
    if (f.segment !== undefined && values.every((v) => v === values[0])) return [];
    const base = found[0]?.value ?? null;
    return [
      {
        name,
        label: f.label,
        values,
        differences: found.slice(1).map((x) => {
          const value = x?.value ?? null;
          if (value === null || base === null) return { text: '—', tone: 'neutral' as const };
          const d = value - base;
          const tone =
            f.better === null || Math.abs(d) < 1e-9 * Math.max(1, Math.abs(base))
              ? ('neutral' as const)
              : d > 0 === (f.better === 'higher')
                ? ('good' as const)
                : ('bad' as const);
          return { text: formatDifference(f.unit, d, fmt), tone };
        }),
      },
    ];
  });
}

/**
 * Deep equality of plain data. Functions count as equal: in a chart spec they are tick and tooltip
 * formatters, fixed by the chart and its formatting, which the caller compares. (A spec's table is
 * left out by the callers: it is built from the same data, and only on demand.)
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'function' && typeof b === 'function') return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => sameContent((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

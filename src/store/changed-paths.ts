/**
 * Appends to `out` the dotted paths (".segments.0.csms") of the leaves where `a` and `b` differ, in the
 * order of their keys; an array whose length changed counts as one path, the array's own. Stops, and
 * returns false, once more than `max` paths are found.
 */
export function changedPaths(a: unknown, b: unknown, path: string, out: string[], max: number): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    out.push(path);
    return out.length <= max;
  }
  if (Array.isArray(a) !== Array.isArray(b) || (Array.isArray(a) && a.length !== (b as unknown[]).length)) {
    out.push(path);
    return out.length <= max;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const next = (v: object) => (v as Record<string, unknown>)[key];
    if (!changedPaths(next(a), next(b), `${path}.${key}`, out, max)) return false;
  }
  return true;
}

export type Entry = { path: string; kind: 'text' | 'phrase' | 'group'; value: unknown };

/** Every message of a catalogue by its path ("kpis.roi.name"): a text, a phrase (a function) or a group. */
export function entries(node: unknown, path = ''): Entry[] {
  if (typeof node === 'string') return [{ path, kind: 'text', value: node }];
  if (typeof node === 'function') return [{ path, kind: 'phrase', value: node }];
  if (typeof node !== 'object' || node === null) return [{ path, kind: 'group', value: node }];
  return Object.entries(node).flatMap(([key, child]) => entries(child, path ? `${path}.${key}` : key));
}

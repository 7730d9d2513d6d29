/** A copy of `record` with `key` set to `value`, or left out when `value` is null. */
export function withEntry<K extends string, V>(
  record: Partial<Record<K, V>>,
  key: K,
  value: V | null,
): Partial<Record<K, V>> {
  const next = Object.fromEntries(Object.entries(record).filter(([k]) => k !== key)) as Partial<Record<K, V>>;
  if (value !== null) next[key] = value;
  return next;
}

import type { Assumptions } from '../model/index.ts';

/**
 * Computes once per inputs object and key (a metric, a chosen input): a view re-rendered with the same
 * scenario reuses its result, and a dropped scenario's results are garbage collected with it.
 */
export function memoByInputsAndKey<K extends string | number, T>(
  compute: (a: Assumptions, key: K) => T,
): (a: Assumptions, key: K) => T {
  const cache = new WeakMap<Assumptions, Map<K, T>>();
  return (a, key) => {
    let byKey = cache.get(a);
    if (!byKey) {
      byKey = new Map();
      cache.set(a, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, compute(a, key));
    return byKey.get(key)!;
  };
}

/** Computes once per inputs object: every view that asks about the same scenario shares the result. */
export function memoByInputs<T>(compute: (a: Assumptions) => T): (a: Assumptions) => T {
  const cache = new WeakMap<Assumptions, T>();
  return (a) => {
    let value = cache.get(a);
    if (value === undefined) {
      value = compute(a);
      cache.set(a, value);
    }
    return value;
  };
}

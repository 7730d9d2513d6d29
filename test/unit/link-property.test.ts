import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_ASSUMPTIONS, inputPaths, rangeOf, readInput } from '../../src/model/index.ts';
import { nameOf } from '../../src/input-catalog.ts';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { loadLink } from '../../src/store/load-link.ts';
import { DEFAULT_SETTINGS } from '../../src/store/settings.ts';
import { encodeLink } from '../../src/store/url-state.ts';

/** Version 2's keys, as the encoder writes them. */
const V2_KEYS = [
  ...new URLSearchParams(
    encodeLink({ inputs: DEFAULT_ASSUMPTIONS, settings: DEFAULT_SETTINGS, presenter: ['arpa'] }),
  ).keys(),
];
/** Version 1 spelled every number of its one book out (`monthlyChurn.base`); it had no team policy or digital program. */
const V1_NAMES = inputPaths(DEFAULT_ASSUMPTIONS)
  .filter((p) => !p.startsWith('team.') && !p.includes('.digital'))
  .map((p) => nameOf(p));
const V1_KEYS = [...V1_NAMES, 'currency', 'locale', 'churnUnit'];

/** Number text at the edges: subnormals, signed zeros, beyond double range, words, near-numbers. */
const EDGE_NUMBERS = [
  '5e-324',
  '8e-323',
  '-5e-324',
  '1e-310',
  '1e-100',
  '2e-9',
  '0',
  '-0',
  '+0',
  '-0.0',
  '1e308',
  '-1e308',
  '1.7976931348623157e308',
  '1e400',
  '-1e400',
  'NaN',
  'Infinity',
  '-Infinity',
  ' 7 ',
  '0x10',
  '1_000',
  '.5',
  '5.',
  '',
];

const numberText = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.double().map(String),
  fc.integer().map(String),
  fc.string(),
);
const value = fc.oneof(
  numberText,
  fc.tuple(numberText, numberText).map(([a, b]) => `${a}_${b}`),
);
const key = fc.oneof(
  fc.constantFrom(...V2_KEYS, ...V1_KEYS, '__proto__', 'constructor', 'prototype', 'toString', 'v'),
  fc.string(),
);

/** Link text built from pairs, keys repeated at will, in either version (or a version that is not one). */
const pairsLink = fc
  .tuple(fc.constantFrom('1', '2', '3', '0', ''), fc.array(fc.tuple(key, value), { maxLength: 40 }))
  .map(([version, pairs]) => `#${new URLSearchParams([['v', version], ...pairs]).toString()}`);
/** Raw text and raw bytes (percent-encoded, so invalid UTF-8 too) after a version. */
const rawLink = fc.oneof(
  fc.string({ unit: 'binary' }).map((s) => `#v=2&${s}`),
  fc
    .uint8Array({ maxLength: 200 })
    .map((bytes) => `#v=1&${[...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}`),
  fc.string({ unit: 'binary' }),
);

describe('opening any link', () => {
  // A few hundred whole loads into a store: seconds on a busy machine.
  test(
    'never throws, and leaves every number finite, in range, not -0 and not negligibly small',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(fc.oneof(pairsLink, rawLink), (link) => {
          const store = createCalculatorStore();
          loadLink(store, link);
          const { inputs } = store.getState();
          for (const path of inputPaths(inputs)) {
            const v = readInput(inputs, path);
            const { min, max } = rangeOf(path);
            const where = `${path} = ${String(v)} from ${link}`;
            expect(Number.isFinite(v), where).toBe(true);
            expect(Object.is(v, -0), where).toBe(false);
            expect(v >= min && v <= max, where).toBe(true);
            // NOTE: a magnitude below a billionth of the field's span means nothing and is read as 0;
            // subnormals (which froze Chart.js's ticks) are all far below it.
            expect(v === 0 || Math.abs(v) >= (max - min) * 1e-9, where).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    },
  );
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/store/settings.ts';
import { count, money, months, multiple, NO_VALUE, parseLocaleNumber, percent } from '../../src/format.ts';

const us = { locale: 'en-US', currency: 'USD' };
const de = { locale: 'de-DE', currency: 'EUR' };

describe('formatting never shows NaN, Infinity or a signed zero', () => {
  test('non-finite values show a dash', () => {
    for (const v of [Number.NaN, Infinity, -Infinity]) {
      expect(money(us, v)).toBe(NO_VALUE);
      expect(percent(us, v)).toBe(NO_VALUE);
      expect(count(us, v)).toBe(NO_VALUE);
    }
  });

  test('negative zero and tiny negatives print as zero', () => {
    expect(money(us, -0)).toBe('$0');
    expect(percent(us, -0.00001)).toBe('0%');
    expect(count(us, -0.0001)).toBe('0');
    expect(money(us, -0.001)).toBe('$0');
  });

  test('any number formats to text without NaN, Infinity or a minus before a zero', () => {
    fc.assert(
      fc.property(fc.double(), (v) => {
        for (const text of [
          money(us, v),
          money(us, v, true),
          percent(us, v),
          count(us, v),
          months(us, v),
          multiple(us, v),
        ]) {
          expect(text).not.toMatch(/NaN|Infinity|∞/);
          // Extreme but valid figures must not run a card or an axis hundreds of digits wide.
          expect(text.length).toBeLessThanOrEqual(24);
          expect(text).not.toMatch(/^[-−]\D*0([.,]0*)?\D*$/);
        }
      }),
    );
  });
});

test('huge ratios and amounts are shortened, not written out digit by digit', () => {
  expect(percent(us, 1.234e12, 0)).toBe('123T%');
  expect(percent(us, 1e141, 0)).toBe('1E143%');
  expect(percent(us, 12.345, 0)).toBe('1,235%');
  expect(multiple(us, 5.6e9)).toBe('5.6B×');
  expect(money(us, 2.5e20)).toBe('$2.5E20');
  expect(money(de, 2.5e20)).toBe('2,5E20\u00a0€');
});

describe('money', () => {
  test('exact below 10,000 and compact with three significant digits above', () => {
    expect(money(us, 2000)).toBe('$2,000');
    expect(money(us, 7_536_308, true)).toBe('$7.54M');
    expect(money(us, 156_423, true)).toBe('$156K');
    expect(money(us, 9_999, true)).toBe('$9,999');
  });

  test('follows the locale and currency', () => {
    expect(money(de, 2000)).toMatch(/^2\.000\s€$/u);
  });
});

describe('parseLocaleNumber reads what people type', () => {
  test.each([
    ['en-US', '2,000', 2000],
    ['en-US', '$2,000.50', 2000.5],
    ['en-US', ' 12 % ', 12],
    ['en-US', '-5', -5],
    ['en-US', '1e3', 1000],
    ['de-DE', '2.000', 2000],
    ['de-DE', '1,5', 1.5],
    ['de-DE', '0.5', 0.5],
    ['de-DE', '2.000,25 €', 2000.25],
    ['fr-FR', '2 000,5', 2000.5],
  ])('%s "%s" → %d', (locale, text, expected) => {
    expect(parseLocaleNumber(locale, text)).toBe(expected);
  });

  test.each(['abc', '', '12abc', '1,2,3.4.5', '--1', '<script>'])('"%s" is not a number', (text) => {
    expect(parseLocaleNumber('en-US', text)).toBeNaN();
  });

  test('reads back what it formats, in every offered locale', () => {
    for (const locale of LOCALES) {
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
          const value = whole + (Math.sign(whole || 1) * cents) / 100;
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
          expect(parseLocaleNumber(locale, text)).toBeCloseTo(value, 6);
        }),
        { numRuns: 50 },
      );
    }
  });
});

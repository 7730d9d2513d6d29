import { plural } from './i18n/plural.ts';
import { words } from './i18n/words.ts';

/**
 * Every number the page shows passes through here: cached Intl formatters, and a guard so that NaN,
 * Infinity or −0 can never reach the screen.
 */

export interface Formatting {
  locale: string;
  currency: string;
}

interface Cached {
  format: Intl.NumberFormat;
  zero: string;
  negativeZero: string;
  /** Texts already made: a chart's axes show the same tick values step after step of a drag. */
  texts: Map<number, string>;
}

/** Texts kept per formatter before they are dropped and made afresh: a bound on memory, not a tuning. */
const TEXTS_KEPT = 1000;

const cache = new Map<string, Cached>();

/**
 * One formatter per `key` (the caller spells out locale and options): building an Intl.NumberFormat
 * costs far more than formatting with it, and a drag formats hundreds of numbers a frame.
 */
function formatter(key: string, locale: string, options: () => Intl.NumberFormatOptions): Cached {
  let c = cache.get(key);
  if (!c) {
    const format = new Intl.NumberFormat(locale, options());
    c = { format, zero: format.format(0), negativeZero: format.format(-0), texts: new Map() };
    cache.set(key, c);
  }
  return c;
}

export const NO_VALUE = '—';

/** Formats `value`; a value that would print as a signed zero ("-0", "−0.0 %") prints as zero. */
function show(c: Cached, value: number): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  let text = c.texts.get(value);
  if (text === undefined) {
    text = c.format.format(value);
    // A negative that rounds to zero prints exactly as −0 does.
    if (text === c.negativeZero) text = c.zero;
    if (c.texts.size >= TEXTS_KEPT) c.texts.clear();
    c.texts.set(value, text);
  }
  return text;
}

/**
 * Money; `compact` shortens amounts from 10,000 up to three significant digits ("$156K", "$7.54M").
 * Past the compact words (a quadrillion) every amount is written in scientific notation.
 */
export function money(fmt: Formatting, value: number, compact = false): string {
  const size = Math.abs(value);
  const variant =
    size >= 1e15 ? 'scientific' : compact && size >= 10_000 ? 'compact' : size < 100 ? 'cents' : 'whole';
  return show(
    formatter(`money|${fmt.locale}|${fmt.currency}|${variant}`, fmt.locale, () => ({
      style: 'currency',
      currency: fmt.currency,
      ...(variant === 'scientific' || variant === 'compact'
        ? { notation: variant, maximumSignificantDigits: 3 }
        : { maximumFractionDigits: variant === 'cents' ? 2 : 0, minimumFractionDigits: 0 }),
    })),
    value,
  );
}

/**
 * How a plain number or percent is written at its size: in full up to a million, then shortened to three
 * significant digits ("12.3M"), and past the compact words in scientific notation ("1.2E141"). Valid but
 * extreme inputs (a CSM costing a cent a year) give ratios of that size, and written in full they would
 * run a card hundreds of digits wide.
 */
function notationFor(value: number, digits: number): { key: string; options: Intl.NumberFormatOptions } {
  const size = Math.abs(value);
  if (size < 1e6) {
    return { key: String(digits), options: { maximumFractionDigits: digits, minimumFractionDigits: 0 } };
  }
  const notation = size < 1e15 ? 'compact' : 'scientific';
  return { key: notation, options: { notation, maximumSignificantDigits: 3 } };
}

/** `fraction` 0.1234 → "12.3 %". */
export function percent(fmt: Formatting, fraction: number, digits = 1): string {
  const { key, options } = notationFor(fraction * 100, digits);
  return show(
    formatter(`percent|${fmt.locale}|${key}`, fmt.locale, () => ({ style: 'percent', ...options })),
    fraction,
  );
}

export function decimal(fmt: Formatting, value: number, digits = 1): string {
  const { key, options } = notationFor(value, digits);
  return show(
    formatter(`decimal|${fmt.locale}|${key}`, fmt.locale, () => options),
    value,
  );
}

export function count(fmt: Formatting, value: number): string {
  return decimal(fmt, value, Math.abs(value) < 10 && !Number.isInteger(value) ? 1 : 0);
}

/** "1 month", "2.5 months", in the page's language; the form follows the number as shown (one decimal). */
export function months(fmt: Formatting, value: number): string {
  const shown = Math.round(Math.abs(value) * 10) / 10;
  return plural(shown, decimal(fmt, value, 1), words().units.months);
}

/** "3.2×" for ratios such as LTV:CAC or ROI multiples. */
export function multiple(fmt: Formatting, value: number): string {
  return `${decimal(fmt, value, 1)}×`;
}

/** The currency's symbol in this locale ("$", "€", "CHF"). */
export function currencySymbol(fmt: Formatting): string {
  const part = formatter(`symbol|${fmt.locale}|${fmt.currency}`, fmt.locale, () => ({
    style: 'currency',
    currency: fmt.currency,
  }))
    .format.formatToParts(0)
    .find((p) => p.type === 'currency');
  return part?.value ?? fmt.currency;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a number typed in `locale`, with its grouping and decimal marks and an optional currency
 * symbol, percent sign or spaces. Lenient where people are: "0.5" typed in a locale whose decimal
 * mark is "," reads as one half, because "." there only groups digits in threes.
 * Returns NaN when the text is not a number.
 */
export function parseLocaleNumber(locale: string, text: string): number {
  const parts = formatter(`grouping|${locale}`, locale, () => ({ useGrouping: true })).format.formatToParts(
    12345.6,
  );
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimalMark = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  let s = text
    .replace(/[\s%\p{Sc}]/gu, '')
    .replace(/^[A-Z]{3}|[A-Z]{3}$/g, '')
    .replace(/\u2212/g, '-');
  if (s.includes(decimalMark)) {
    s = s.split(group).join('').replace(decimalMark, '.');
  } else if (s.includes(group)) {
    const [head, ...rest] = s.split(group);
    // Groups of three (or Indian lakh groups of two) ending in three digits; anything else is a decimal point.
    const grouped = rest.every((chunk) => /^\d{2,3}$/.test(chunk)) && /^\d{3}$/.test(rest.at(-1) ?? '');
    s = grouped ? head + rest.join('') : s.replace(group, '.');
  }
  return NUMBER.test(s) ? Number(s) : Number.NaN;
}

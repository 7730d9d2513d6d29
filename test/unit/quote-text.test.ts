import { describe, expect, test } from 'vitest';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { printable, quoteText } from '../../src/quote-text.ts';

/** Bidi embeddings and overrides, isolates, the two direction marks, and NUL. */
const UNSEEN = [...'\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u0000'].map(
  (char) => [`\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, char] as const,
);

describe('quoting text from a link, an attribute or storage', () => {
  test.each(UNSEEN)('%s is spelled out as its code, not echoed', (code, char) => {
    expect(quoteText(`a${char}b`)).toBe(`“a${code}b”`);
    expect(printable(`a${char}b`)).toBe(`a${code}b`);
  });

  test('letters of any script, their marks, emoji sequences and symbols are shown as they are', () => {
    for (const text of ['हिन्दी', 'مرحبا', '👩‍👩‍👧', 'میخواهم', '€ 1 234,5', 'naïve']) {
      expect(quoteText(text)).toBe(`“${text}”`);
    }
  });

  test('beyond the first 65,536 code points, and a lone surrogate, are spelled out too', () => {
    expect(printable('\u{E0001}x\uD800')).toBe(String.raw`\u{E0001}x\uD800`);
  });

  test('is cut to its length as shown, never inside a code or a character', () => {
    expect(quoteText('abc\u202Edef', 5)).toBe('“abc…”');
    expect(quoteText('ab\u202Edef', 8)).toBe(String.raw`“ab\u202E…”`);
    expect(quoteText('ab\u202Edef', 7)).toBe('“ab…”');
    expect(quoteText('😀😀😀', 5)).toBe('“😀😀…”');
    expect(quoteText('exact', 5)).toBe('“exact”');
  });

  test('a preset name from an embed attribute is quoted, not echoed', () => {
    const store = createCalculatorStore();
    store.getState().applyPreset('\u202Eevil\u0000');
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      String.raw`There is no preset called “\u202Eevil\u0000”; the scenario is unchanged.`,
    ]);
  });
});

import { words } from './i18n/words.ts';

/**
 * What a person can see: letters (with their marks), digits, punctuation, symbols and spaces, and the
 * joiners that emoji and some scripts need. Everything else (NUL and other controls, bidi overrides and
 * marks, line separators, lone surrogates, unassigned code points) would act unseen, so it is spelled out.
 */
const UNSEEN = /[^\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\u200C\u200D]/gu;

/** `\u202E` for U+202E, `\u{E0001}` beyond the first 65,536 code points. */
function escaped(char: string): string {
  const hex = char.codePointAt(0)!.toString(16).toUpperCase();
  return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/** `text` with every character that cannot be seen written as its code (`\u202E`), so it shows and does nothing. */
export function printable(text: string): string {
  return text.replace(UNSEEN, escaped);
}

/**
 * Text from a link, an embed attribute or storage, shown back to a person: made printable, cut to
 * `max` characters as shown (never inside a character or its code), in the page's language's quotes. Rendered as text by
 * React, never as HTML.
 */
export function quoteText(text: string, max = 30): string {
  let shown = '';
  for (const char of text) {
    const piece = printable(char);
    if (shown.length + piece.length > max) return words().inputs.quote(`${shown}…`);
    shown += piece;
  }
  return words().inputs.quote(shown);
}

/** Whether text looks like HTML markup (a tag or an entity): it is shown as text, and a person is told so. */
export const looksLikeMarkup = (text: string): boolean => /<\/?[a-z!][^>]*>|&(?:[a-z]+|#\d+);/i.test(text);

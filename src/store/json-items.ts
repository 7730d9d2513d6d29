/**
 * The items of a list inside JSON text, each exactly as written. Writing a list back from these keeps the
 * items it does not change byte for byte; parsing and re-serialising would not (`-0`, `1.0`, `1e400`, escapes,
 * integers beyond 2^53 and repeated keys all come back different). Only for text JSON.parse has accepted.
 */

const SPACE = ' \t\n\r';

function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.includes(text[i]!)) i++;
  return i;
}

/** The end (exclusive) of the string whose opening quote is at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

/** The end (exclusive) of the value that starts at `start`. */
function valueEnd(text: string, start: number): number {
  const first = text[start];
  if (first === '"') return stringEnd(text, start);
  let i = start;
  if (first !== '{' && first !== '[') {
    while (i < text.length && !`,]}${SPACE}`.includes(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      i = stringEnd(text, i);
      continue;
    }
    i++;
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i;
  }
  return i;
}

export interface JsonItems {
  /** Where the array sits in the text, its brackets included. */
  start: number;
  end: number;
  /** Each item's text as stored. */
  items: string[];
}

/**
 * The array under `key` in the top-level object of `text`, which must be valid JSON whose top level is an
 * object with an array under `key`. A key written twice counts where it is written last, as in JSON.parse.
 */
export function jsonItems(text: string, key: string): JsonItems {
  let found = { start: 0, end: 0 };
  let i = skipSpace(text, skipSpace(text, 0) + 1);
  while (i < text.length && text[i] === '"') {
    const keyEnd = stringEnd(text, i);
    const name: unknown = JSON.parse(text.slice(i, keyEnd));
    const start = skipSpace(text, skipSpace(text, keyEnd) + 1);
    const end = valueEnd(text, start);
    if (name === key) found = { start, end };
    i = skipSpace(text, end);
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  const items: string[] = [];
  let j = skipSpace(text, found.start + 1);
  while (j < found.end - 1) {
    const end = valueEnd(text, j);
    items.push(text.slice(j, end));
    j = skipSpace(text, end);
    if (text[j] === ',') j = skipSpace(text, j + 1);
  }
  return { ...found, items };
}

/** `text` with the array `where` found replaced by one holding `items`. */
export function withJsonItems(text: string, where: JsonItems, items: readonly string[]): string {
  return `${text.slice(0, where.start)}[${items.join(',')}]${text.slice(where.end)}`;
}

import { afterEach, describe, expect, it } from 'vitest';
import { activateWords, loadWords } from '../../src/i18n/words.ts';
import type { Words } from '../../src/i18n/words.ts';

/** English words the end-to-end test refuses in a translated page (test/e2e, the lead's list). */
const ENGLISH =
  /\b(the|and|with|without|your|of|for|is|are|this|what|how|when|month|months|year|years|revenue|accounts|costs|benefit|payback|customers)\b/i;

/** A stand-in for any argument a phrase takes: it reads as "X" as text, and as "X" in every field. */
const anything: unknown = new Proxy(
  {},
  { get: (_, key) => (key === Symbol.toPrimitive ? () => 'X' : key === 'toString' ? () => 'X' : 'X') },
);

/** Every text of `node`, with each phrase said once with stand-in arguments: path and text. */
function texts(node: unknown, path: string): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') {
    const said: unknown = (node as (...a: unknown[]) => unknown)(...Array(node.length).fill(anything));
    return [[path, ([] as unknown[]).concat(said).map(String).join('')]];
  }
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, child]) => texts(child, `${path}.${key}`));
}

afterEach(() => activateWords('en'));

describe('the key figures’ and charts’ words', () => {
  it.each(['de', 'fr', 'es'] as const)('leave no English word in %s', async (language) => {
    const words: Words = await loadWords(language);
    const english = [...texts(words.kpis, 'kpis'), ...texts(words.charts, 'charts')].filter(([, text]) =>
      ENGLISH.test(text.replaceAll('X', '')),
    );
    expect(english).toEqual([]);
  });
});

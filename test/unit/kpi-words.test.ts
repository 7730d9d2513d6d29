import { describe, expect, it } from 'vitest';
import { loadWords } from '../../src/i18n/words.ts';
import { ENGLISH_WORDS } from './english-words.ts';

/**
 * A stand-in for any argument a phrase takes: it reads as "X" as text, any field of it is a stand-in
 * again, and as a list it is two of them ("X; X"), so the words between items are read too.
 */
const anything: unknown = new Proxy(
  {},
  {
    get: (_, key) =>
      key === Symbol.toPrimitive
        ? () => 'X'
        : key === 'join'
          ? (between: string) => `X${between}X`
          : anything,
  },
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

describe('the key figures’ and charts’ words', () => {
  it.each(['de', 'fr', 'es'] as const)('leave no English word in %s', async (language) => {
    const words = await loadWords(language);
    const english = [...texts(words.kpis, 'kpis'), ...texts(words.charts, 'charts')].filter(([, text]) =>
      ENGLISH_WORDS.test(text.replaceAll('X', '')),
    );
    expect(english).toEqual([]);
  });
});

import { expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';

export type Entry = { path: string; kind: 'text' | 'phrase' | 'group'; value: unknown };

/** Every message of a catalogue by its path ("kpis.roi.name"): a text, a phrase (a function) or a group. */
export function entries(node: unknown, path = ''): Entry[] {
  if (typeof node === 'string') return [{ path, kind: 'text', value: node }];
  if (typeof node === 'function') return [{ path, kind: 'phrase', value: node }];
  if (typeof node !== 'object' || node === null) return [{ path, kind: 'group', value: node }];
  return Object.entries(node).flatMap(([key, child]) => entries(child, path ? `${path}.${key}` : key));
}

// NOTE: a short text can be the same in two languages ("ROI", "Format", "Segment"); a text of three
// words or more that reads exactly as in English was left untranslated.
/**
 * The checks every catalogue gets, in a describe block: each language has exactly English's messages,
 * no text is empty, and no text of three words or more is left in English. `catalogue` gives a
 * language's messages.
 */
export function checkCatalogues(catalogue: (language: Language) => Promise<Entry[]>): void {
  const others = LANGUAGES.filter((l) => l !== 'en');
  const shape = (list: Entry[]) => list.map((e) => `${e.path}: ${e.kind}`).sort();

  it.each(others)('%s has every message English has, and no other', async (language) => {
    expect(shape(await catalogue(language))).toEqual(shape(await catalogue('en')));
  });

  it.each(LANGUAGES)('%s has no empty text', async (language) => {
    const empty = (await catalogue(language)).filter((e) => e.kind === 'text' && !String(e.value).trim());
    expect(empty.map((e) => e.path)).toEqual([]);
  });

  it.each(others)('%s translates every text of three words or more', async (language) => {
    const english = new Map((await catalogue('en')).map((e) => [e.path, e.value]));
    const copied = (await catalogue(language)).filter(
      (e) => e.kind === 'text' && String(e.value).split(/\s+/).length >= 3 && english.get(e.path) === e.value,
    );
    expect(copied.map((e) => e.path)).toEqual([]);
  });
}

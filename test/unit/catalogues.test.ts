import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { loadWords } from '../../src/i18n/words.ts';
import { entries, type Entry } from './catalogue-entries.ts';

const catalogue = async (language: Language) => entries(await loadWords(language));

describe('message catalogues', () => {
  const others = LANGUAGES.filter((l) => l !== 'en');

  it.each(others)('%s has every message English has, and no other', async (language) => {
    const english = await catalogue('en');
    const theirs = await catalogue(language);
    const shape = (list: Entry[]) => list.map((e) => `${e.path}: ${e.kind}`).sort();
    expect(shape(theirs)).toEqual(shape(english));
  });

  it.each(LANGUAGES)('%s has no empty text', async (language) => {
    const empty = (await catalogue(language)).filter((e) => e.kind === 'text' && !String(e.value).trim());
    expect(empty.map((e) => e.path)).toEqual([]);
  });

  // NOTE: a short text can be the same in two languages ("ROI", "Format", "Segment"); a text of three
  // words or more that reads exactly as in English was left untranslated.
  it.each(others)('%s translates every text of three words or more', async (language) => {
    const english = new Map((await catalogue('en')).map((e) => [e.path, e.value]));
    const copied = (await catalogue(language)).filter(
      (e) => e.kind === 'text' && String(e.value).split(/\s+/).length >= 3 && english.get(e.path) === e.value,
    );
    expect(copied.map((e) => e.path)).toEqual([]);
  });
});

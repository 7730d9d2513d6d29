import { describe, expect, it } from 'vitest';
import { MODEL_NOTES } from 'virtual:model-notes';
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { loadMethodologyWords } from '../../src/i18n/methodology-words.ts';
import { checkCatalogues, entries } from './catalogue-entries.ts';
import { ENGLISH_WORDS } from './english-words.ts';

// The methodology's words load with its view (src/i18n/methodology-words.ts), apart from the page's
// catalogue: this is their own check of what test/unit/catalogues.test.ts checks for the page's.
const others = LANGUAGES.filter((l) => l !== 'en');

/** The texts English shows as written where they are made, which other languages translate by their text. */
const TRANSLATED_BY_TEXT = ['modelNotes'] as const;

const catalogue = async (language: Language) =>
  entries(await loadMethodologyWords(language)).filter(
    (e) => !TRANSLATED_BY_TEXT.some((group) => e.path.startsWith(`${group}.`)),
  );

/** Every text a catalogue shows, its phrases said with sample words. */
async function shownTexts(language: Language): Promise<{ path: string; text: string }[]> {
  return entries(await loadMethodologyWords(language)).map((e) => {
    if (e.kind !== 'phrase') return { path: e.path, text: String(e.value) };
    const phrase = e.value as (...args: string[]) => string;
    return { path: e.path, text: phrase('A', '2023', 'B') };
  });
}

describe('the methodology’s catalogues', () => {
  checkCatalogues(catalogue);

  it.each(others)(
    '%s translates each of the model’s notes, and no note it no longer has',
    async (language) => {
      const { modelNotes } = await loadMethodologyWords(language);
      expect(Object.keys(modelNotes).sort()).toEqual(MODEL_NOTES.map((n) => n.text).sort());
      expect(MODEL_NOTES.filter((n) => modelNotes[n.text] === n.text)).toEqual([]);
    },
  );

  it.each(others)('%s says none of the English words its page must not show', async (language) => {
    const found = (await shownTexts(language)).flatMap((e) => {
      const m = ENGLISH_WORDS.exec(e.text);
      return m ? [`${e.path}: ${m[0]}`] : [];
    });
    expect(found).toEqual([]);
  });
});

import { describe } from 'vitest';
import type { Language } from '../../src/i18n/languages.ts';
import { loadWords } from '../../src/i18n/words.ts';
import { checkCatalogues, entries } from './catalogue-entries.ts';

describe('message catalogues', () => {
  checkCatalogues(async (language: Language) => entries(await loadWords(language)));
});

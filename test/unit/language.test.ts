import { afterEach, describe, expect, test } from 'vitest';
import { chooseLanguage, languageOf } from '../../src/i18n/languages.ts';
import { activateWords, currentLanguage, loadWords, words } from '../../src/i18n/words.ts';
import { plural } from '../../src/i18n/plural.ts';
import { months } from '../../src/format.ts';
import {
  LANGUAGE_KEY,
  openingLanguage,
  openingLocale,
  pickLanguage,
  syncWords,
} from '../../src/store/language.ts';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { validateSettings } from '../../src/store/settings.ts';
import { FakeStorage } from './fake-storage.ts';

afterEach(() => {
  activateWords('en');
});

describe('which language the page opens in', () => {
  test.each([
    ['de', 'de'],
    ['de-CH', 'de'],
    ['FR_ca', 'fr'],
    ['es-419', 'es'],
    ['it', null],
    ['', null],
    ['x'.repeat(50), null],
  ])('%s speaks %s', (tag, language) => {
    expect(languageOf(tag)).toBe(language);
  });

  test('the link, then the embed, then the picked, then the browser; unknown ones are passed over', () => {
    expect(chooseLanguage({ link: 'fr', embed: 'de', picked: 'es', browser: ['de'] })).toBe('fr');
    expect(chooseLanguage({ link: 'it', embed: 'de', picked: 'es', browser: [] })).toBe('de');
    expect(chooseLanguage({ embed: null, picked: 'es', browser: ['de'] })).toBe('es');
    expect(chooseLanguage({ browser: ['it-IT', 'fr-FR', 'de'] })).toBe('fr');
    expect(chooseLanguage({ browser: ['ja'] })).toBe('en');
  });

  test('from a page address and this browser’s storage', () => {
    const storage = new FakeStorage();
    const get = () => storage;
    expect(openingLanguage({ hash: '#v=3&lang=es', search: '' }, get, ['de'])).toBe('es');
    expect(openingLanguage({ hash: '', search: '?lang=fr' }, get, ['de'])).toBe('fr');
    storage.setItem(LANGUAGE_KEY, 'de');
    expect(openingLanguage({ hash: '', search: '' }, get, ['fr'])).toBe('de');
    storage.failReads = 'SecurityError';
    expect(openingLanguage({ hash: '', search: '' }, get, ['fr'])).toBe('fr');
  });
});

test('a page opening in another language writes its numbers that way, the browser’s region first', () => {
  expect(openingLocale('en', ['en-GB'])).toBeNull();
  expect(openingLocale('de', ['de-CH', 'de-DE'])).toBe('de-CH');
  expect(openingLocale('de', ['de', 'en-US'])).toBe('de-DE');
  expect(openingLocale('fr', ['en-US'])).toBe('fr-FR');
  expect(openingLocale('es', ['es-MX'])).toBe('es-MX');
});

test('an unknown language is refused in plain words, naming the one spoken', () => {
  const { settings, problems } = validateSettings({ language: '<b>it</b>' });
  expect(settings.language).toBe('en');
  expect(problems).toEqual([
    'The language “<b>it</b>” is not one the calculator speaks, so it speaks English.',
  ]);
});

test('picking a language keeps it for the next visit and fetches its words', async () => {
  const store = createCalculatorStore();
  const stop = syncWords(store);
  const storage = new FakeStorage();
  pickLanguage(store, 'de', () => storage);
  expect(storage.getItem(LANGUAGE_KEY)).toBe('de');
  expect(store.getState().settings.language).toBe('de');
  await expect.poll(() => currentLanguage()).toBe('de');
  expect(words().app.language).toBe('Sprache');
  stop();
});

test('plurals follow the page’s language', async () => {
  await loadWords('fr');
  const fmt = { locale: 'fr-FR', currency: 'EUR' };
  expect(months(fmt, 2)).toBe('2 months');
  activateWords('fr');
  expect(months(fmt, 1)).toBe('1 mois');
  expect(months(fmt, 1.5)).toBe('1,5 mois');
  activateWords('de');
  expect(months({ locale: 'de-DE', currency: 'EUR' }, 1)).toBe('1 Monat');
  expect(months({ locale: 'de-DE', currency: 'EUR' }, 2.5)).toBe('2,5 Monate');
  expect(plural(3, '3', { one: '# Segment', other: '# Segmente' })).toBe('3 Segmente');
});

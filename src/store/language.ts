import { chooseLanguage, LANGUAGE_NAMES, languageOf, type Language } from '../i18n/languages.ts';
import { activateWords, currentLanguage, loadWords, words } from '../i18n/words.ts';
import type { CalculatorStore } from './calculator-store.ts';
import { readPreference, writePreference } from './preference-storage.ts';

/** The language picked in the page, kept in this browser (see pickLanguage). */
export const LANGUAGE_KEY = 'cs-roi.language';

/**
 * The language a page opens in: the link's, else the embed's `data-lang`, else the one picked here last
 * time, else the browser's. `search` is the embed page's query (its `lang` is the host's `data-lang`).
 */
export function openingLanguage(
  location: Pick<Location, 'hash' | 'search'>,
  getStorage: () => Storage,
  browser: readonly string[],
): Language {
  return chooseLanguage({
    link: new URLSearchParams(location.hash.slice(1)).get('lang'),
    embed: new URLSearchParams(location.search).get('lang'),
    picked: readPreference(getStorage, LANGUAGE_KEY),
    browser,
  });
}

/** Each language's usual number format, where the browser names none in that language. */
const LANGUAGE_LOCALES: Readonly<Record<Exclude<Language, 'en'>, string>> = {
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
};

// NOTE: the number format stays a choice of its own, but a page that opens in German with none chosen
// (no link's, no embed's data-locale) writes its numbers the German way: "5,25 Mio. $" in a German
// sentence, not "$5.25M". In English the calculator keeps its en-US default, the build-time page's.
/** The number format a page opening in `language` starts with, or null to keep the default. */
export function openingLocale(language: Language, browser: readonly string[]): string | null {
  if (language === 'en') return null;
  return (
    browser.find((tag) => languageOf(tag) === language && tag.includes('-')) ?? LANGUAGE_LOCALES[language]
  );
}

/** Fetches the words of `language` and makes them the page's: call, and wait, before the first render. */
export async function openIn(language: Language): Promise<void> {
  await loadWords(language);
  speak(language);
}

/** Makes `language`, whose words are fetched, the page's: its words, and the document's lang. */
function speak(language: Language): void {
  activateWords(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** The language picked in the page: kept for the next visit, then set like any other setting. */
export function pickLanguage(store: CalculatorStore, language: Language, getStorage: () => Storage): void {
  writePreference(getStorage, LANGUAGE_KEY, language);
  store.getState().updateSettings({ language });
}

// NOTE: a scenario's language is a setting (a link carries it, undo takes it back), but its words
// arrive by network: the setting changes at once and the words follow when fetched. A later change
// wins over a fetch still under way, so a quick English → German → French ends in French.
/** Keeps the page's words in the store's language. Returns the function that stops it. */
export function syncWords(store: CalculatorStore): () => void {
  /** The language last asked for: the words in use, or the ones being fetched. */
  let wanted = currentLanguage();
  const follow = () => {
    const language = store.getState().settings.language;
    if (language === wanted) return;
    wanted = language;
    loadWords(language).then(
      () => {
        if (wanted === language) speak(language);
      },
      () => {
        if (wanted !== language) return;
        // The setting goes back to the words in use, so the link and the picker say what is shown.
        wanted = currentLanguage();
        store.getState().updateSettings({ language: wanted });
        store.getState().notify([words().app.languageFailed(LANGUAGE_NAMES[language])]);
      },
    );
  };
  // The store may already ask for another language than the page opened in (a link's, whose words
  // could not be fetched before the first render).
  follow();
  return store.subscribe(follow);
}

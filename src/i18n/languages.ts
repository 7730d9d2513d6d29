/** The languages the calculator speaks. A language is separate from the number format (Settings.locale). */
export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language by its own name: the picker lists them so, whatever language the page is in. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

/** The language a tag names ("de", "de-CH", "DE_at"), or null when the calculator does not speak it. */
export function languageOf(tag: unknown): Language | null {
  if (typeof tag !== 'string' || tag.length > 35) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : null;
}

/** Where the page's language comes from, in the order they count. */
export interface LanguageSources {
  /** The link's `lang` (a scenario's link carries the language it was shared in). */
  link?: string | null;
  /** The embed's `data-lang`. */
  embed?: string | null;
  /** The language picked in the page last time (kept in this browser). */
  picked?: string | null;
  /** `navigator.languages`, the person's preference order. */
  browser: readonly string[];
}

// NOTE: a source that names a language the calculator does not speak is passed over for the next one
// (an unknown `data-lang="it"` falls to the browser's language); the validation of the link and the
// embed's attributes says so in a notice.
/** The first language the sources name that the calculator speaks; English when none does. */
export function chooseLanguage(sources: LanguageSources): Language {
  for (const tag of [sources.link, sources.embed, sources.picked, ...sources.browser]) {
    const language = languageOf(tag);
    if (language) return language;
  }
  return 'en';
}

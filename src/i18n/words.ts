import { en } from './messages/en/index.ts';
import type { Language } from './languages.ts';

/** Every word the calculator shows, in one language: English's shape, which each language must match. */
export type Words = typeof en;

const loaded = new Map<Language, Words>([['en', en]]);

/** Each language but English is its own chunk, fetched only when chosen. */
const loaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Words>>> = {
  de: () => import('./messages/de/index.ts').then((m) => m.de),
  fr: () => import('./messages/fr/index.ts').then((m) => m.fr),
  es: () => import('./messages/es/index.ts').then((m) => m.es),
};

let language: Language = 'en';
let current: Words = en;
const listeners = new Set<() => void>();

// NOTE: the words in use are one per document, not one per calculator store: a page shows one
// calculator (an embed is its own document, in its own frame), and every text builder, pure or not,
// can then read them without each call carrying the language.
/** The words in the page's language. */
export const words = (): Words => current;

/** The page's language, as its words speak it. */
export const currentLanguage = (): Language => language;

/** The words of `lang` once they have been fetched, else undefined. */
export const wordsIfLoaded = (lang: Language): Words | undefined => loaded.get(lang);

/** Fetches the words of `lang` (once); resolves with them. */
export async function loadWords(lang: Language): Promise<Words> {
  const have = loaded.get(lang);
  if (have) return have;
  const fetched = await loaders[lang as Exclude<Language, 'en'>]();
  loaded.set(lang, fetched);
  return fetched;
}

/**
 * Makes `lang` the page's language if its words are here; returns whether it did. The store calls it
 * when its language setting changes, after the words were fetched (see loadWords).
 */
export function activateWords(lang: Language): boolean {
  const have = loaded.get(lang);
  if (!have) return false;
  if (lang !== language) {
    language = lang;
    current = have;
    listeners.forEach((listener) => listener());
  }
  return true;
}

/** Calls `listener` each time the page's language changes; returns the function that stops it. */
export function subscribeWords(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

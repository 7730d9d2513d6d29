import { methodology as english, type MethodologyWords } from './messages/en/methodology.ts';
import type { Language } from './languages.ts';

// NOTE: the methodology's words are the longest of all (every formula, decision and source) and show only
// in the methodology view: they load with that view, not with the page's catalogue (words.ts), so the
// first screen carries none of them in any language. English comes in the view's own chunk; each other
// language is its own chunk, fetched the first time the view is shown in it.
const loaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<MethodologyWords>>> = {
  de: () => import('./messages/de/methodology.ts').then((m) => m.methodology),
  fr: () => import('./messages/fr/methodology.ts').then((m) => m.methodology),
  es: () => import('./messages/es/methodology.ts').then((m) => m.methodology),
};

/**
 * A fetch of a language's words that says, once it has settled, what it holds: React's `use()` reads
 * `status` and `value` on a promise (as it writes them on the promises it follows) and then renders at
 * once instead of waiting a turn.
 */
type Fetch = Promise<MethodologyWords> & { status?: 'fulfilled'; value?: MethodologyWords };

const settled = (fetch: Fetch, words: MethodologyWords): MethodologyWords => {
  fetch.status = 'fulfilled';
  fetch.value = words;
  return words;
};

const englishFetch: Fetch = Promise.resolve(english);
settled(englishFetch, english);
const fetches = new Map<Language, Fetch>([['en', englishFetch]]);

/** The methodology's words in `lang`: the same promise to every caller, fetched once. */
export function loadMethodologyWords(lang: Language): Promise<MethodologyWords> {
  let fetch = fetches.get(lang);
  if (!fetch) {
    const started: Fetch = loaders[lang as Exclude<Language, 'en'>]().then((words) =>
      settled(started, words),
    );
    // A failed fetch (offline) is forgotten: the next showing of the view tries again.
    started.catch(() => fetches.delete(lang));
    fetches.set(lang, started);
    fetch = started;
  }
  return fetch;
}

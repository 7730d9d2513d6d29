import { useSyncExternalStore } from 'react';
import { currentLanguage, subscribeWords, words, type Words } from './words.ts';

/** The words in the page's language; the component renders again when the language changes. */
export function useWords(): Words {
  return useSyncExternalStore(subscribeWords, words, words);
}

/** The page's language; the component renders again when it changes. */
export function useLanguage(): ReturnType<typeof currentLanguage> {
  return useSyncExternalStore(subscribeWords, currentLanguage, currentLanguage);
}

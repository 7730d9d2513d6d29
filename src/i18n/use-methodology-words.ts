import { use } from 'react';
import type { MethodologyWords } from './messages/en/methodology.ts';
import { loadMethodologyWords } from './methodology-words.ts';
import { useLanguage } from './use-words.ts';

/**
 * The methodology's words in the page's language. Until they have been fetched the component suspends
 * (the analysis area's Suspense says the view is loading); it renders again on a language change.
 */
export function useMethodologyWords(): MethodologyWords {
  return use(loadMethodologyWords(useLanguage()));
}

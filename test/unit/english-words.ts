// NOTE: common English words that no German, French or Spanish sentence uses, whole words only. Industry
// acronyms (ARR, NRR, CSM, ROI…) and "Customer Success" are the same in all four markets and not listed.
/** English words a page shown in German, French or Spanish must not contain (test/e2e/languages.e2e.ts). */
export const ENGLISH_WORD_LIST = [
  'the',
  'and',
  'with',
  'without',
  'your',
  'of',
  'for',
  'is',
  'are',
  'this',
  'what',
  'how',
  'when',
  'month',
  'months',
  'year',
  'years',
  'revenue',
  'accounts',
  'costs',
  'benefit',
  'payback',
  'customers',
] as const;

/** Any of them, as a whole word in any case. */
export const ENGLISH_WORDS = new RegExp(`\\b(${ENGLISH_WORD_LIST.join('|')})\\b`, 'i');

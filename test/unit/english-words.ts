/**
 * English words the language end-to-end test refuses (whole word, any case) in the visible text of a page
 * shown in German, French or Spanish.
 */
export const ENGLISH_WORDS =
  /\b(the|and|with|without|your|of|for|is|are|this|what|how|when|month|months|year|years|revenue|accounts|costs|benefit|payback|customers)\b/i;

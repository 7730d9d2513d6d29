import { currentLanguage } from '../i18n/words.ts';

const formats = new Map<string, Intl.ListFormat>();

// NOTE: English lists are written without the serial comma ("a, b and c"), as British English
// writes them and as the calculator's English always has.
/** "a, b and c" (or "a, b or c") in the page's language. */
export function listText(items: readonly string[], type: 'and' | 'or' = 'and'): string {
  const language = currentLanguage();
  const key = `${language}:${type}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.ListFormat(language === 'en' ? 'en-GB' : language, {
      type: type === 'and' ? 'conjunction' : 'disjunction',
    });
    formats.set(key, format);
  }
  return format.format(items);
}

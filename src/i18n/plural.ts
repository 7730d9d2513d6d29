import { currentLanguage } from './words.ts';

/** A phrase's forms by plural category; `other` is required, as every language has it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of a phrase that goes with `count` in the page's language ("1 segment", "2 segments";
 * French counts 0 and 1 as singular). `#` in the form is replaced by `countText`, the count as the
 * number format shows it.
 */
export function plural(count: number, countText: string, forms: PluralForms): string {
  const language = currentLanguage();
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return (forms[rule.select(count)] ?? forms.other).replaceAll('#', countText);
}

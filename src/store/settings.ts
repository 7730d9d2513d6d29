import { ownField } from '../model/index.ts';
import { quoteText } from '../quote-text.ts';
import { LANGUAGE_NAMES, languageOf, type Language } from '../i18n/languages.ts';
import { words } from '../i18n/words.ts';
/** How numbers are shown, separate from the scenario itself; validated like every other input. */
export interface Settings {
  currency: string;
  locale: string;
  theme: 'system' | 'light' | 'dark';
  churnUnit: 'monthly' | 'annual';
  /** The language of every word; numbers follow `locale`, a separate choice. */
  language: Language;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  currency: 'USD',
  locale: 'en-US',
  theme: 'system',
  churnUnit: 'monthly',
  language: 'en',
};

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'INR', 'SEK', 'BRL'] as const;
export const LOCALES = [
  'en-US',
  'en-GB',
  'de-DE',
  'fr-FR',
  'es-ES',
  'nl-NL',
  'ja-JP',
  'pt-BR',
  'sv-SE',
  'en-IN',
] as const;

/**
 * Each offered format's name in its own language, as Intl.DisplayNames gives it (a test holds them to
 * it). Written out because asking Intl costs: each locale's data loads on first use, about 30 ms for these
 * ten on this machine and four times that on a slow phone, in the first screen's hydration.
 */
const LOCALE_NAMES: Readonly<Record<(typeof LOCALES)[number], string>> = {
  'en-US': 'American English',
  'en-GB': 'British English',
  'de-DE': 'Deutsch (Deutschland)',
  'fr-FR': 'français (France)',
  'es-ES': 'español de España',
  'nl-NL': 'Nederlands (Nederland)',
  'ja-JP': '日本語 (日本)',
  'pt-BR': 'português (Brasil)',
  'sv-SE': 'svenska (Sverige)',
  'en-IN': 'English (India)',
};

/** A format's name in its own language ("Deutsch (Deutschland)"). */
export const localeName = (locale: string): string =>
  (LOCALE_NAMES as Readonly<Record<string, string>>)[locale] ??
  new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ??
  locale;

/**
 * The currencies this browser knows by their ISO 4217 code. Intl formats any three letters ("ZZZ" shows as
 * "ZZZ 1,000"), so a well-formed code is not enough: it must name a currency.
 */
let knownCurrencies: ReadonlySet<string> | undefined;
const known = (): ReadonlySet<string> =>
  (knownCurrencies ??= new Set([...CURRENCIES, ...Intl.supportedValuesOf('currency')]));

const isCurrency = (v: unknown): v is string =>
  typeof v === 'string' && /^[A-Za-z]{3}$/.test(v) && known().has(v.toUpperCase());

/**
 * The locale as the browser spells it, or null when it is malformed or this browser cannot format
 * numbers in it (it would quietly fall back to another, and the Format menu would name one not in use).
 */
const usableLocale = (v: unknown): string | null => {
  if (typeof v !== 'string' || v.length > 35) return null;
  try {
    const canonical = Intl.getCanonicalLocales(v)[0];
    return canonical && Intl.NumberFormat.supportedLocalesOf(canonical).length > 0 ? canonical : null;
  } catch {
    return null;
  }
};

// NOTE: a locale outside LOCALES (ar-EG from a link, say) is used rather than refused: whoever sent
// the link chose it, and any locale this browser can format is one a reader can read.
/**
 * The Format menu's choices: the offered locales, and the one in use when a link, an embed or storage
 * chose another, so that the menu always names the locale the figures are shown in.
 */
export const localeChoices = (current: string): readonly string[] =>
  (LOCALES as readonly string[]).includes(current) ? LOCALES : [...LOCALES, current];

/** Keeps the valid settings in `raw`, falls back to `fallback` for the rest, and says what it ignored. */
export function validateSettings(
  raw: unknown,
  fallback: Settings = DEFAULT_SETTINGS,
): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const w = words().inputs.settings;
  const settings = { ...fallback };
  const currency = ownField(raw, 'currency');
  if (currency !== undefined) {
    if (isCurrency(currency)) settings.currency = currency.toUpperCase();
    else problems.push(w.currency(quoteText(String(currency), 20), fallback.currency));
  }
  const locale = ownField(raw, 'locale');
  if (locale !== undefined) {
    const usable = usableLocale(locale);
    if (usable) settings.locale = usable;
    else problems.push(w.locale(quoteText(String(locale), 20), fallback.locale));
  }
  const theme = ownField(raw, 'theme');
  if (theme === 'system' || theme === 'light' || theme === 'dark') settings.theme = theme;
  else if (theme !== undefined)
    problems.push(w.theme(quoteText(String(theme), 20), w.themes[fallback.theme]));
  const churnUnit = ownField(raw, 'churnUnit');
  if (churnUnit === 'monthly' || churnUnit === 'annual') settings.churnUnit = churnUnit;
  const language = ownField(raw, 'language');
  if (language !== undefined) {
    const known = languageOf(language);
    if (known) settings.language = known;
    else problems.push(w.language(quoteText(String(language), 20), LANGUAGE_NAMES[fallback.language]));
  }
  return { settings, problems };
}

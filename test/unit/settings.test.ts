import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  LOCALES,
  localeChoices,
  localeName,
  validateSettings,
} from '../../src/store/settings.ts';

describe('locale', () => {
  test('a locale outside the offered list is used, and the menu offers it beside the list', () => {
    const { settings, problems } = validateSettings({ locale: 'ar-eg' });
    expect(settings.locale).toBe('ar-EG');
    expect(problems).toEqual([]);
    expect(localeChoices('ar-EG')).toEqual([...LOCALES, 'ar-EG']);
    expect(localeChoices('de-DE')).toEqual(LOCALES);
  });

  test('each format is named in its own language, as Intl names it, the written-out ones included', () => {
    const intl = (l: string) => new Intl.DisplayNames([l], { type: 'language' }).of(l);
    for (const locale of [...LOCALES, 'ar-EG', 'de-CH']) expect(localeName(locale)).toBe(intl(locale));
    expect(localeName('de-DE')).toBe('Deutsch (Deutschland)');
  });

  test('a locale that cannot format numbers falls back and says so', () => {
    for (const locale of ['zz', 'not a locale', 'x'.repeat(40)]) {
      const { settings, problems } = validateSettings({ locale }, { ...DEFAULT_SETTINGS, locale: 'de-DE' });
      expect(settings.locale).toBe('de-DE');
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/so de-DE is used/);
    }
  });
});

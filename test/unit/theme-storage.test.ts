import { describe, expect, test } from 'vitest';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { applyStoredTheme, storeThemeChoices, THEME_KEY } from '../../src/store/theme-storage.ts';
import { FakeStorage } from './fake-storage.ts';

describe('the theme is remembered', () => {
  test('a chosen theme is stored and used by the next page', () => {
    const fake = new FakeStorage();
    const first = createCalculatorStore();
    const stop = storeThemeChoices(first, () => fake);
    first.getState().updateSettings({ theme: 'dark' });
    stop();
    expect(fake.data.get(THEME_KEY)).toBe('dark');
    const next = createCalculatorStore();
    applyStoredTheme(next, () => fake);
    expect(next.getState().settings.theme).toBe('dark');
    expect(next.getState().notices).toEqual([]);
  });

  test('a value it cannot read is not used and not overwritten by anything but a choice', () => {
    const fake = new FakeStorage();
    fake.data.set(THEME_KEY, 'sepia');
    const store = createCalculatorStore();
    applyStoredTheme(store, () => fake);
    const stop = storeThemeChoices(store, () => fake);
    store.getState().updateSettings({ currency: 'EUR' });
    expect(store.getState().settings.theme).toBe('system');
    expect(fake.data.get(THEME_KEY)).toBe('sepia');
    stop();
  });

  test('blocked storage is no error: the theme applies for the visit', () => {
    const fake = new FakeStorage();
    fake.failReads = 'SecurityError';
    fake.failWrites = 'SecurityError';
    const store = createCalculatorStore();
    expect(() => applyStoredTheme(store, () => fake)).not.toThrow();
    storeThemeChoices(store, () => fake);
    expect(() => store.getState().updateSettings({ theme: 'light' })).not.toThrow();
    expect(store.getState().settings.theme).toBe('light');
  });
});

import { readPreference, writePreference } from './preference-storage.ts';
import type { CalculatorStore } from './calculator-store.ts';
import type { Settings } from './settings.ts';

/**
 * The theme a person chose, kept in this browser. Storage that is blocked is left alone; a stored value
 * this version cannot read (a newer version's theme, say) is not used and not overwritten until the
 * person chooses a theme again. `getStorage` is a function: reading window.localStorage can itself throw.
 */
export const THEME_KEY = 'cs-roi.theme';

export function readTheme(getStorage: () => Storage): Settings['theme'] | null {
  const stored = readPreference(getStorage, THEME_KEY);
  return stored === 'system' || stored === 'light' || stored === 'dark' ? stored : null;
}

/** Uses the stored theme in `store`, if there is one. */
export function applyStoredTheme(store: CalculatorStore, getStorage: () => Storage): void {
  const stored = readTheme(getStorage);
  if (stored) store.getState().updateSettings({ theme: stored });
}

/** Stores each theme chosen in `store` from now on. Returns the function that stops it. */
export function storeThemeChoices(store: CalculatorStore, getStorage: () => Storage): () => void {
  let theme = store.getState().settings.theme;
  return store.subscribe(({ settings }) => {
    if (settings.theme === theme) return;
    theme = settings.theme;
    writePreference(getStorage, THEME_KEY, theme);
  });
}

import { StrictMode, useEffect } from 'react';
import { CalculatorProvider } from '../store/calculator-context.tsx';
import { createCalculatorStore, type CalculatorStore } from '../store/calculator-store.ts';
import { loadLink } from '../store/load-link.ts';
import { syncUrl } from '../store/url-sync.ts';
import { storeThemeChoices, applyStoredTheme } from '../store/theme-storage.ts';
import { openingLocale, syncWords } from '../store/language.ts';
import { useLanguage } from '../i18n/use-words.ts';
import type { Language } from '../i18n/languages.ts';
import { Calculator } from './calculator.tsx';
import './styles.css';
// After styles.css: the print rules override the screen ones.
import './print.css';

const pageStorage = () => window.localStorage;

/**
 * The calculator's store as the page opens in `language`: the page's link, its stored theme and the
 * browser's number format read in.
 */
export function openCalculator(language: Language): CalculatorStore {
  const created = createCalculatorStore();
  created.getState().updateSettings({ language });
  // At build time (the prerendered first screen) there is no page address: the default scenario.
  if (typeof window !== 'undefined') {
    const locale = openingLocale(language, navigator.languages);
    if (locale) created.getState().updateSettings({ locale });
    applyStoredTheme(created, pageStorage);
    loadLink(created, window.location.hash);
  }
  // Undo goes back as far as the scenario the page opened with, not to the defaults under a link.
  created.getState().clearHistory();
  return created;
}

/** The calculator page on `store` (see openCalculator), whose words are already in use (see main.tsx). */
export function App({ store }: { store: CalculatorStore }) {
  useEffect(() => syncUrl(store), [store]);
  useEffect(() => storeThemeChoices(store, pageStorage), [store]);
  useEffect(() => syncWords(store), [store]);
  // Every text is made afresh in a new language: views keep texts made from the words in use.
  const shownLanguage = useLanguage();
  return (
    <StrictMode>
      <CalculatorProvider store={store}>
        <Calculator key={shownLanguage} />
      </CalculatorProvider>
    </StrictMode>
  );
}

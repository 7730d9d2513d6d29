import { StrictMode, useEffect, useState } from 'react';
import { CalculatorProvider } from '../store/calculator-context.tsx';
import { createCalculatorStore } from '../store/calculator-store.ts';
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

/** The calculator page, opening in `language` (whose words are already in use; see main.tsx). */
export function App({ language }: { language: Language }) {
  const [store] = useState(() => {
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
  });
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

import { StrictMode, useEffect, useState } from 'react';
import { CalculatorProvider } from '../store/calculator-context.tsx';
import { createCalculatorStore } from '../store/calculator-store.ts';
import { loadLink } from '../store/load-link.ts';
import { syncUrl } from '../store/url-sync.ts';
import { storeThemeChoices, applyStoredTheme } from '../store/theme-storage.ts';
import { Calculator } from './calculator.tsx';
import './styles.css';
// After styles.css: the print rules override the screen ones.
import './print.css';

const pageStorage = () => window.localStorage;

export function App() {
  const [store] = useState(() => {
    const created = createCalculatorStore();
    // At build time (the prerendered first screen) there is no page address: the default scenario.
    if (typeof window !== 'undefined') {
      applyStoredTheme(created, pageStorage);
      loadLink(created, window.location.hash);
    }
    // Undo goes back as far as the scenario the page opened with, not to the defaults under a link.
    created.getState().clearHistory();
    return created;
  });
  useEffect(() => syncUrl(store), [store]);
  useEffect(() => storeThemeChoices(store, pageStorage), [store]);
  return (
    <StrictMode>
      <CalculatorProvider store={store}>
        <Calculator />
      </CalculatorProvider>
    </StrictMode>
  );
}

import { StrictMode, useEffect, useState } from 'react';
import { CalculatorProvider } from '../store/calculator-context.tsx';
import { createCalculatorStore } from '../store/calculator-store.ts';
import { loadLink } from '../store/load-link.ts';
import { syncUrl } from '../store/url-sync.ts';
import { Calculator } from './calculator.tsx';
import './styles.css';
// After styles.css: the print rules override the screen ones.
import './print.css';

export function App() {
  const [store] = useState(() => {
    const created = createCalculatorStore();
    // At build time (the prerendered first screen) there is no page address: the default scenario.
    if (typeof window !== 'undefined') loadLink(created, window.location.hash);
    return created;
  });
  useEffect(() => syncUrl(store), [store]);
  return (
    <StrictMode>
      <CalculatorProvider store={store}>
        <Calculator />
      </CalculatorProvider>
    </StrictMode>
  );
}

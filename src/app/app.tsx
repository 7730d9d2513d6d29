import { useState } from 'react';
import { CalculatorProvider } from '../store/calculator-context.tsx';
import { createCalculatorStore } from '../store/calculator-store.ts';
import { Calculator } from './calculator.tsx';
import './styles.css';

export function App() {
  const [store] = useState(() => createCalculatorStore());
  return (
    <CalculatorProvider store={store}>
      <Calculator />
    </CalculatorProvider>
  );
}

import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Assumptions } from '../../src/model/index.ts';
import { CalculatorProvider } from '../../src/store/calculator-context.tsx';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';

/** Renders `ui` inside its own calculator store, as the app does, and returns the store to inspect. */
export function renderWithStore(ui: ReactNode, inputs?: Assumptions) {
  const store = createCalculatorStore(inputs ? { inputs } : undefined);
  return { store, ...render(<CalculatorProvider store={store}>{ui}</CalculatorProvider>) };
}

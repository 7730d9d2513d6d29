import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { CalculatorState, CalculatorStore } from './calculator-store.ts';

const CalculatorContext = createContext<CalculatorStore | null>(null);

/** Each calculator on a page gets its own store, so two embeds never share a scenario. */
export function CalculatorProvider({ store, children }: { store: CalculatorStore; children: ReactNode }) {
  return <CalculatorContext value={store}>{children}</CalculatorContext>;
}

export function useCalculatorStore(): CalculatorStore {
  const store = useContext(CalculatorContext);
  if (!store) throw new Error('useCalculator needs a CalculatorProvider above it');
  return store;
}

/** Select one slice; select raw values (or use useShallow) so the selector never builds a new object. */
export function useCalculator<T>(selector: (state: CalculatorState) => T): T {
  return useStore(useCalculatorStore(), selector);
}

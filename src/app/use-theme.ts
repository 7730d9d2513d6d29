import { useSyncExternalStore } from 'react';
import { useCalculator } from '../store/calculator-context.tsx';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');
const subscribe = (onChange: () => void) => {
  const q = query();
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
};

/** The theme in force: the person's choice, or the system's when they chose "system". */
export function useResolvedTheme(): 'light' | 'dark' {
  const theme = useCalculator((s) => s.settings.theme);
  const systemDark = useSyncExternalStore(
    subscribe,
    () => query().matches,
    () => false,
  );
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

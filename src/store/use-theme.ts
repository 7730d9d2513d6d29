import { useEffect, useSyncExternalStore } from 'react';
import { useCalculator } from './calculator-context.tsx';

/** One list per query, made when first asked: a component reads it on every render. */
function mediaQuery(text: string): () => MediaQueryList {
  let list: MediaQueryList | undefined;
  return () => (list ??= window.matchMedia(text));
}
const query = mediaQuery('(prefers-color-scheme: dark)');
const printQuery = mediaQuery('print');
const subscribeTo = (q: () => MediaQueryList) => (onChange: () => void) => {
  const list = q();
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};
const subscribe = subscribeTo(query);
const subscribePrint = subscribeTo(printQuery);

/** The theme in force: the person's choice, or the system's when they chose "system". */
export function useResolvedTheme(): 'light' | 'dark' {
  const theme = useCalculator((s) => s.settings.theme);
  const systemDark = useSyncExternalStore(
    subscribe,
    () => query().matches,
    () => false,
  );
  // Paper is white: a printed report uses the light palette whatever the screen shows.
  const printing = useSyncExternalStore(
    subscribePrint,
    () => printQuery().matches,
    () => false,
  );
  if (printing) return 'light';
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

/** The theme in force, also set on the page (`<html data-theme>`) for the stylesheets: the app's and the embed's. */
export function usePageTheme(): 'light' | 'dark' {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}

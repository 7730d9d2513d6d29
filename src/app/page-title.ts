import { useEffect } from 'react';
import { useWords } from '../i18n/use-words.ts';

// NOTE: index.html and embed.html carry the English title, as the build-time page is English; the
// page's own language replaces it once the calculator runs.
/** Keeps the browser tab's title in the page's language. */
export function usePageTitle(): void {
  const title = useWords().app.title;
  useEffect(() => {
    document.title = title;
  }, [title]);
}

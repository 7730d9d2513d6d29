import type { CalculatorStore } from './calculator-store.ts';
import { loadLink } from './load-link.ts';
import { decodeLink, encodeLink } from './url-state.ts';

/** Browsers refuse more than about a hundred history writes in ten seconds; four a second is calm. */
const WRITE_INTERVAL_MS = 250;

export const linkOf = (store: CalculatorStore): string => encodeLink(store.getState());

/** The page's address with the scenario in its fragment. */
export function shareUrl(store: CalculatorStore, location: Location = window.location): string {
  return `${location.origin}${location.pathname}${location.search}#${linkOf(store)}`;
}

/**
 * Keeps the page's link in step with the scenario (already opened from the link by loadLink, before the
 * first render): writes it, throttled and with replaceState so Back still leaves the page, as the
 * scenario changes, and opens it again when a person pastes a new link into the address bar.
 * Returns the function that stops it.
 */
export function syncUrl(store: CalculatorStore, win: Window = window): () => void {
  let written = win.location.hash.slice(1);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const link = linkOf(store);
    if (link === written) return;
    written = link;
    win.history.replaceState(win.history.state, '', `#${link}`);
  };
  // A link that needed repair is rewritten at once, so a reload does not repeat the notices.
  if (decodeLink(written)) write();
  const unsubscribe = store.subscribe(() => {
    timer ??= setTimeout(write, WRITE_INTERVAL_MS);
  });
  const onHashChange = () => {
    if (win.location.hash.slice(1) === written) return;
    written = win.location.hash.slice(1);
    if (loadLink(store, win.location.hash)) write();
  };
  win.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
    if (timer !== null) clearTimeout(timer);
  };
}

import type { CalculatorStore } from './calculator-store.ts';
import { loadLink } from './load-link.ts';
import { decodeLink, encodeLink } from './url-state.ts';

/** Browsers refuse more than about a hundred history writes in ten seconds; four a second at most is calm. */
const WRITE_INTERVAL_MS = 250;

export const linkOf = (store: CalculatorStore): string => encodeLink(store.getState());

/** The page's address with the scenario in its fragment. */
export function shareUrl(store: CalculatorStore, location: Location = window.location): string {
  return `${location.origin}${location.pathname}${location.search}#${linkOf(store)}`;
}

/**
 * Keeps the page's link in step with the scenario (already opened from the link by loadLink, before the
 * first render): writes it, once it rests and with replaceState so Back still leaves the page, as the
 * scenario changes, and opens it again when a person pastes a new link into the address bar.
 * Returns the function that stops it.
 */
export function syncUrl(store: CalculatorStore, win: Window = window): () => void {
  let written = win.location.hash.slice(1);
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** history.length when the waiting write was scheduled: a new entry since then means a new link. */
  let entriesAtEdit = 0;
  const write = () => {
    timer = null;
    const link = linkOf(store);
    if (link === written) return;
    written = link;
    win.history.replaceState(win.history.state, '', `#${link}`);
  };
  // A link that needed repair is rewritten at once, so a reload does not repeat the notices.
  if (decodeLink(written)) write();
  // Written once the scenario has rested for the interval: a drag writes once, when it ends, instead of
  // spending a history write (milliseconds on a slow laptop) in the middle of it four times a second.
  const unsubscribe = store.subscribe(() => {
    if (timer === null) entriesAtEdit = win.history.length;
    else clearTimeout(timer);
    timer = setTimeout(write, WRITE_INTERVAL_MS);
  });
  const onHashChange = () => {
    const incoming = win.location.hash.slice(1);
    if (incoming === written) return;
    // An edit still waiting to be written belonged to the entry the browser has just left, which can
    // no longer be changed. When the new link made a new entry (a paste, a link clicked), that entry
    // takes the edit and the new link goes in one after it, so Back returns to the edit, not before it.
    // NOTE: a Back or Forward (no new entry) within the write interval cannot keep the edit: rewriting
    // the entry arrived at would lose that entry's own scenario instead.
    if (timer !== null && win.history.length > entriesAtEdit) {
      const edit = linkOf(store);
      if (edit !== written) {
        win.history.replaceState(win.history.state, '', `#${edit}`);
        win.history.pushState(null, '', `#${incoming}`);
      }
    }
    written = incoming;
    if (loadLink(store, win.location.hash)) write();
  };
  win.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
    if (timer !== null) clearTimeout(timer);
  };
}

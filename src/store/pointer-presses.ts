/** Pointer presses on the page (mouse button, finger, pen): how many so far, and whether one is held. */
export interface PointerPresses {
  /** Presses begun since the page opened: a new one starts a new drag. */
  count: () => number;
  /** A pointer is down now: a drag in progress. */
  held: () => boolean;
}

const NONE: PointerPresses = { count: () => 0, held: () => false };
let page: PointerPresses | undefined;

/** One set of listeners for the page, made when first asked; none at build time, where there is no page. */
export function pointerPresses(): PointerPresses {
  if (typeof window === 'undefined') return NONE;
  if (page) return page;
  let count = 0;
  let down = 0;
  window.addEventListener(
    'pointerdown',
    () => {
      count++;
      down++;
    },
    true,
  );
  for (const end of ['pointerup', 'pointercancel'])
    window.addEventListener(end, () => (down = Math.max(0, down - 1)), true);
  page = { count: () => count, held: () => down > 0 };
  return page;
}

/**
 * The tab a key moves to in a WAI-ARIA tab list of `count` tabs, from tab `index`: the arrows along the
 * list wrap around (`upDown`: the up and down arrows too), Home and End go to the ends. Null for any other
 * key, which the list leaves to the page.
 */
export function tabAfterKey(key: string, index: number, count: number, upDown = false): number | null {
  const forward = key === 'ArrowRight' || (upDown && key === 'ArrowDown');
  const back = key === 'ArrowLeft' || (upDown && key === 'ArrowUp');
  if (forward) return (index + 1) % count;
  if (back) return (index + count - 1) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

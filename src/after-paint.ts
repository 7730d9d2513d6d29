/**
 * Runs `run` in a task of its own once the next frame has been rendered: an animation frame callback runs
 * before that frame's style, layout and paint, and a task it posts runs after them. Work done there is
 * painted in the frame after, and the frame before paints without waiting for it.
 *
 * Where there are no animation frames (a test in node, the build-time render), `fallback` says what to do.
 */
export function afterNextPaint(run: () => void, fallback: 'at once' | 'next task'): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else if (fallback === 'at once') run();
  else setTimeout(run, 0);
}

import type { Assumptions } from '../model/index.ts';
import type { CalculatorStore } from './calculator-store.ts';
import { afterNextPaint } from '../after-paint.ts';
import { pointerPresses } from './pointer-presses.ts';

/**
 * The inputs as the figures see them, paced by the screen. A slider can send several inputs a frame, and
 * on a slow laptop computing and drawing every figure takes longer than a frame: rendering each input (or
 * deferring each and letting React abandon all but a few) leaves the figures behind the finger. Instead:
 *
 * - `shown` takes an input at once, in the event that brought it, when the screen has painted what was
 *   shown before: a key press or a typed number is computed and drawn before the next frame, as a plain
 *   app would. Inputs that arrive before that paint wait for it, and the newest of them is shown in a task
 *   right after it: every frame paints one whole set of figures, the newest there was when it began, and
 *   no input is left behind for good. (Shown in that frame's animation callbacks instead, the newest
 *   was computed and drawn in the same frame as the one before: that frame took two steps' work, and
 *   the figures of the first were never seen. A held arrow key at 4x CPU made frames of 430–780 ms.)
 * - `settled` follows `shown` once the inputs rest: a frame has gone by with no new input and no pointer
 *   is held down (a drag), or a held pointer has not moved a slider for HELD_REST_MS. The heavier
 *   analysis views recompute then, not in the middle of a drag.
 */
export interface InputFrames {
  shown: () => Assumptions;
  settled: () => Assumptions;
  subscribeShown: (listener: () => void) => () => void;
  subscribeSettled: (listener: () => void) => () => void;
}

// NOTE: a finger that pauses mid-drag for this long has stopped to read the figures: the analysis
// views catch up while it rests, rather than waiting for it to lift.
const HELD_REST_MS = 150;

const frames = new WeakMap<CalculatorStore, InputFrames>();

/** One pacing per store, shared by every component that reads it. */
export function inputFramesOf(store: CalculatorStore): InputFrames {
  let f = frames.get(store);
  if (!f) {
    f = createInputFrames(store);
    frames.set(store, f);
  }
  return f;
}

function listenerSet() {
  const listeners = new Set<() => void>();
  return {
    add: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit: () => listeners.forEach((l) => l()),
  };
}

function createInputFrames(store: CalculatorStore): InputFrames {
  let shown = store.getState().inputs;
  let settled = shown;
  const shownListeners = listenerSet();
  const settledListeners = listenerSet();
  // NOTE: without animation frames (a server render, a test in node) there is no screen to pace by:
  // each change is shown at once.
  const nextFrame: (run: () => void) => void =
    typeof requestAnimationFrame === 'function' ? (run) => requestAnimationFrame(run) : (run) => run();
  let settleAsked = false;
  /** The screen has painted what was last shown: until then, newer inputs wait in the store. */
  let painted = true;
  let lastShownAt = 0;
  const { held } = pointerPresses();

  const settle = () => {
    settleAsked = false;
    if (store.getState().inputs !== shown || settled === shown) return;
    const heldFor = performance.now() - lastShownAt;
    if (held() && heldFor < HELD_REST_MS) {
      settleAsked = true;
      setTimeout(() => nextFrame(settle), HELD_REST_MS - heldFor);
      return;
    }
    settled = shown;
    settledListeners.emit();
  };
  const show = () => {
    const newest = store.getState().inputs;
    if (newest === shown) return;
    shown = newest;
    lastShownAt = performance.now();
    painted = false;
    shownListeners.emit();
    afterNextPaint(whenPainted, 'at once');
    if (!settleAsked) {
      settleAsked = true;
      nextFrame(settle);
    }
  };
  // Once painted, the newest input that came meanwhile is shown (`show` does nothing if none came).
  const whenPainted = () => {
    painted = true;
    show();
  };
  store.subscribe(() => {
    if (painted) show();
  });
  return {
    shown: () => shown,
    settled: () => settled,
    subscribeShown: shownListeners.add,
    subscribeSettled: settledListeners.add,
  };
}

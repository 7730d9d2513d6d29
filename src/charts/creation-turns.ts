import { useEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../after-paint.ts';

/**
 * Charts are created one per task, in the order their figures mount. Creating a Chart.js chart (its first
 * layout and draw) takes 20–30 ms on this machine and four times that on a slow phone: the four charts of
 * the first screen, created in one React commit, made a task of about 300 ms there, and issue 12 wants
 * none over 200 ms while a phone loads. A figure waits for its turn, and the next turn comes a task after
 * the next frame once the chart before it was created: the page paints between two charts, and what was
 * mounted before that frame is laid out by it, not inside the creation task by Chart.js's first reading
 * of its box's style.
 */
const waiting: (() => void)[] = [];
/** The longest a turn is held. */
const TURN_MS = 1000;
let turnTaken = false;

function giveNextTurn() {
  turnTaken = true;
  // NOTE: where there are no animation frames (a test in node) the turn comes a task later.
  afterNextPaint(() => {
    const next = waiting.shift();
    if (next) next();
    else turnTaken = false;
  }, 'next task');
}

/**
 * Whether this figure may create its chart now, and what to call once it has. The figure queues once
 * `code` (the chart's code, loading) is in: a turn given while it still loads would be held until the
 * code came or the turn timed out, and on a slow phone (Chart.js takes a second or more to arrive there)
 * the turns ran out before the code came, so that several charts were created in one task, in no
 * particular order (a chart of the analysis area, out of view, before those on screen).
 */
export function useCreationTurn(code: () => Promise<unknown>): { turn: boolean; created: () => void } {
  const [turn, setTurn] = useState(false);
  const release = useRef(() => {});
  useEffect(() => {
    let mounted = true;
    let holding = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grant = () => {
      holding = true;
      setTurn(true);
      // A chart that never says it was created (its creation failed) does not hold up the charts after it.
      timer = setTimeout(() => release.current(), TURN_MS);
    };
    release.current = () => {
      clearTimeout(timer);
      if (!holding) return;
      holding = false;
      giveNextTurn();
    };
    // NOTE: code that fails to load queues no figure: its chart cannot be drawn, and it holds up no other.
    code().then(
      () => {
        if (!mounted) return;
        waiting.push(grant);
        if (!turnTaken) giveNextTurn();
      },
      () => {},
    );
    return () => {
      mounted = false;
      const i = waiting.indexOf(grant);
      if (i !== -1) waiting.splice(i, 1);
      // A figure that leaves while it holds the turn passes it on.
      release.current();
    };
    // A figure queues once, when it mounts, on the code it mounted with.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return { turn, created: () => release.current() };
}

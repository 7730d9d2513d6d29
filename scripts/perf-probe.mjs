// Latency probe of the built app (issue 6). Builds dist/ if it is missing, serves it on localhost and drives
// Debian's Chromium (playwright-core, no browser download). Each run opens a fresh page and measures:
//
//   LCP          largest-contentful-paint of a cold load (PerformanceObserver), no throttling.
//   input→frame  for every `input` event of a range slider: from the event's timeStamp to the end of the
//                next animation frame (a requestAnimationFrame callback, then a message posted from it,
//                which runs once that frame's style, layout and paint are done). Samples: 40 keyboard
//                steps (ArrowRight / ArrowLeft) and a mouse drag of the main slider, with all four charts
//                on screen; once unthrottled and once with the CPU throttled 4x
//                (CDP Emulation.setCPUThrottlingRate).
//   input→rAF    the same, to the start of the next requestAnimationFrame callback.
//   LoAF > 50    long-animation-frame entries longer than 50 ms during the drag.
//   ET ≥ 16      Event Timing entries for `input` events at or above 16 ms (the API's smallest threshold;
//                durations are rounded to 8 ms): a cross-check of input→frame from the browser itself.
//
// A shared two-core machine is noisy, so each figure is gated on its best run (of --runs, default 3);
// every run is printed. Budgets are those of the issue; none is loosened here.
//
// Usage: npm run perf [-- --runs 5] [-- --json out.json] [-- --dist other-dist/]
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

export const BUDGETS = {
  lcpMs: 1000,
  inputToFrameP95Ms: 17,
  inputToFrameP95Throttled4xMs: 50,
  longFramesOver50MsInDrag: 0,
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

export const percentile = (values, p) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least p % of the samples at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const median = (values) => percentile(values, 50);

// Runs in the page before any of its scripts (CDP, so the page's CSP does not apply).
function instrument() {
  const probe = { samples: [], longFrames: [], eventTimings: [], lcp: [], phase: 'load' };
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
      if (e.name === 'input') probe.eventTimings.push({ phase: probe.phase, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element;
      const what = el
        ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`
        : '';
      probe.lcp.push({ time: e.startTime, what });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 30)))),
  );

async function sliderBox(page) {
  const box = await page.locator(MAIN_SLIDER).boundingBox();
  if (!box) throw new Error(`${MAIN_SLIDER} is not on the page`);
  return box;
}

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

async function interact(page, phase) {
  await page.evaluate((p) => (window.__probe.phase = p), `${phase}:keys`);
  await page.locator(MAIN_SLIDER).focus();
  for (let i = 0; i < KEY_STEPS; i++) {
    await page.keyboard.press(i < KEY_STEPS / 2 ? 'ArrowRight' : 'ArrowLeft');
    await settle(page);
  }
  await page.evaluate((p) => (window.__probe.phase = p), `${phase}:drag`);
  const box = await sliderBox(page);
  const y = box.y + box.height / 2;
  // Thumb at the current value (the slider starts near its left end), then across most of the track and back.
  const value = await page.locator(MAIN_SLIDER).evaluate((el) => (el.value - el.min) / (el.max - el.min));
  const x0 = box.x + 8 + value * (box.width - 16);
  const x1 = box.x + box.width * 0.8;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x1, y, { steps: DRAG_MOVES / 2 });
  await page.mouse.move(x0, y, { steps: DRAG_MOVES / 2 });
  await page.mouse.up();
  await settle(page);
  await page.evaluate((p) => (window.__probe.phase = p), 'idle');
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
  await page.waitForTimeout(300);
  await assertAllOnScreen(page);
  const cdp = await context.newCDPSession(page);
  await interact(page, 'x1');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await interact(page, 'x4');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await settle(page);
  const probe = await page.evaluate(() => window.__probe);
  await context.close();
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  const pick = (prefix) => probe.samples.filter((s) => s.phase.startsWith(prefix) && s.frame > 0);
  const stats = (prefix) => {
    const samples = pick(prefix);
    const frame = samples.map((s) => s.frame - s.start);
    const raf = samples.map((s) => s.raf - s.start);
    return {
      n: samples.length,
      frameMedian: median(frame),
      frameP95: percentile(frame, 95),
      rafP95: percentile(raf, 95),
      keysP95: percentile(
        pick(`${prefix}:keys`).map((s) => s.frame - s.start),
        95,
      ),
      dragP95: percentile(
        pick(`${prefix}:drag`).map((s) => s.frame - s.start),
        95,
      ),
      dragInputs: pick(`${prefix}:drag`).length,
      longFramesInDrag: probe.longFrames.filter((f) => f.phase === `${prefix}:drag` && f.duration > 50)
        .length,
      maxFrameInDrag: Math.max(
        0,
        ...probe.longFrames.filter((f) => f.phase === `${prefix}:drag`).map((f) => f.duration),
      ),
      eventTimingOver16: probe.eventTimings.filter((e) => e.phase.startsWith(prefix)).length,
    };
  };
  const lcp = probe.lcp.filter((e) => e.time > 0).at(-1);
  return { lcp: lcp?.time ?? Number.NaN, lcpElement: lcp?.what ?? '?', x1: stats('x1'), x4: stats('x4') };
}

const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');

async function main() {
  const runs = Number(argument('runs', '3'));
  const dist = argument('dist', 'dist');
  if (!existsSync(`${dist}/index.html`)) {
    console.log('dist/ is missing: building it (npm run build)');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  const version = browser.version();
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const r = await oneRun(browser, `${server.url}/`);
      if (r.x1.dragInputs < 10 || r.x4.dragInputs < 10 || r.x1.n < KEY_STEPS)
        throw new Error(`too few slider inputs were seen (${r.x1.n} unthrottled, ${r.x4.n} throttled)`);
      results.push(r);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log(
    `Chromium ${version}; viewport ${VIEWPORT.width}x${VIEWPORT.height}; ${runs} runs; times in ms\n`,
  );
  const head = [
    'run',
    'LCP',
    'n',
    'frame med',
    'frame p95',
    'rAF p95',
    'keys p95',
    'drag p95',
    'LoAF>50',
    'max LoAF',
    'ET≥16',
    '| 4x: frame med',
    'frame p95',
    'LoAF>50',
    'ET≥16',
  ];
  const rows = results.map((r, i) => [
    String(i + 1),
    ms(r.lcp),
    String(r.x1.n),
    ms(r.x1.frameMedian),
    ms(r.x1.frameP95),
    ms(r.x1.rafP95),
    ms(r.x1.keysP95),
    ms(r.x1.dragP95),
    String(r.x1.longFramesInDrag),
    ms(r.x1.maxFrameInDrag),
    String(r.x1.eventTimingOver16),
    `| ${ms(r.x4.frameMedian)}`,
    ms(r.x4.frameP95),
    String(r.x4.longFramesInDrag),
    String(r.x4.eventTimingOver16),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  for (const row of [head, ...rows]) console.log(row.map((cell, c) => cell.padStart(widths[c])).join('  '));
  console.log(`LCP element: ${[...new Set(results.map((r) => r.lcpElement))].join(', ')}`);

  const best = (f) => Math.min(...results.map(f));
  const gates = [
    ['Largest Contentful Paint', best((r) => r.lcp), BUDGETS.lcpMs],
    ['Slider input to next frame, p95, unthrottled', best((r) => r.x1.frameP95), BUDGETS.inputToFrameP95Ms],
    [
      'Slider input to next frame, p95, CPU 4x',
      best((r) => r.x4.frameP95),
      BUDGETS.inputToFrameP95Throttled4xMs,
    ],
    [
      'Animation frames over 50 ms during the drag, unthrottled',
      best((r) => r.x1.longFramesInDrag),
      BUDGETS.longFramesOver50MsInDrag,
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
  if (json)
    writeFileSync(
      json,
      JSON.stringify({ chromium: version, viewport: VIEWPORT, budgets: BUDGETS, results }, null, 2),
    );
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`perf probe: ${error.stack ?? error}`);
  process.exitCode = 1;
});

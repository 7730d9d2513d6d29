// What one slider step costs the page's main thread, by part: a DevTools trace of 40 key steps on the main
// slider (each waited out) at 4x CPU, summed by trace event (thread time) and divided by the steps. Reported in
// BENCHMARKS.md, not gated (the gates are in perf-probe.mjs). The parts:
//
//   input       EventDispatch: the key's events, the store update and React's urgent render (the slider)
//   figures     the first animation frame after the key, where the KPIs and charts render and draw
//   settled     later animation frames: the views that wait for the inputs to rest (the team view...)
//   tasks       FunctionCall outside those: scheduler tasks (deferred renders), timers, messages
//   style+layout, paint, GC: the browser's own work
//
// Usage: node scripts/step-cost.mjs [--dist dist] [--view Methodology] [--rate 4]
import { launchBrowser } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

const argument = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const STEPS = 40;
const SLIDER = '[data-input="monthlyChurn.withCs"] input[type=range]';
const PARTS = {
  input: ['EventDispatch'],
  figures: ['FireAnimationFrame'],
  'style+layout': ['UpdateLayoutTree', 'Layout', 'PrePaint'],
  paint: ['Paint', 'Layerize', 'Commit'],
  GC: ['MinorGC', 'MajorGC'],
};

const dist = argument('dist', 'dist');
const view = argument('view', null);
const rate = Number(argument('rate', '4'));
const server = await serveDist(dist);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1600 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForSelector('[data-chart="mrr"] canvas[aria-label]');
  if (view) await page.getByRole('tab', { name: view }).click();
  await page.waitForTimeout(800);
  await page.evaluate(() => scrollTo(0, 0));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.locator(SLIDER).focus();
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  for (let i = 0; i < STEPS; i++) {
    await page.keyboard.press(i < STEPS / 2 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(250);
  }
  await cdp.send('Tracing.end');
  await complete;
  // The renderer's main thread: where the page's own events run.
  const main = events.find((e) => e.name === 'EventDispatch');
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid);
  // Thread time (tdur) where the trace has it: what the thread ran, not the time another process on a busy
  // machine had the core.
  const cost = (e) => e.tdur ?? e.dur ?? 0;
  // An event dispatched inside another (the input event inside the key's default action) is counted once,
  // in the outermost.
  const within = (e, list) => list.some((c) => c !== e && e.ts >= c.ts && e.ts + e.dur <= c.ts + c.dur);
  const outermost = (list) => list.filter((e) => !within(e, list));
  const total = (names) =>
    outermost(onMain.filter((e) => names.includes(e.name))).reduce((s, e) => s + cost(e), 0);
  // Top-level function calls that are not inside an event or an animation frame: tasks of their own.
  const containers = onMain.filter((e) => ['EventDispatch', 'FireAnimationFrame'].includes(e.name));
  const inside = (e) => containers.some((c) => e.ts >= c.ts && e.ts + e.dur <= c.ts + c.dur);
  const tasks = onMain
    .filter((e) => e.name === 'FunctionCall' && !inside(e))
    .reduce((s, e) => s + cost(e), 0);
  // The first animation frame after each key shows the step; later ones are the settled views catching up.
  const keys = onMain.filter((e) => e.name === 'EventDispatch').map((e) => e.ts);
  const frames = onMain.filter((e) => e.name === 'FireAnimationFrame');
  const firsts = new Set(keys.map((t) => frames.find((f) => f.ts > t)).filter(Boolean));
  const sum = (list) => list.reduce((s, e) => s + cost(e), 0);
  const perStep = (us) => (us / 1000 / STEPS).toFixed(1);
  const rows = Object.entries(PARTS).map(([part, names]) => [part, perStep(total(names))]);
  rows.splice(
    1,
    1,
    ['figures', perStep(sum([...firsts]))],
    ['settled', perStep(sum(frames.filter((f) => !firsts.has(f))))],
  );
  rows.splice(3, 0, ['tasks', perStep(tasks)]);
  console.log(
    `${dist}${view ? `, ${view} open` : ''}, CPU ${rate}x: main-thread ms per key step (${STEPS} steps)`,
  );
  for (const [part, ms] of rows) console.log(`  ${part.padEnd(13)} ${ms.padStart(6)}`);
} finally {
  await browser.close();
  await server.close();
}

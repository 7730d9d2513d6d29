// Speed probe of the built app (issue 12), held against a floor app measured in the same run. Builds dist/
// and dist-floor/ when missing, serves them on localhost and drives Debian's Chromium (playwright-core).
//
// The floor (test/bench/floor) is React 19 and one Chart.js line chart driven by one slider, built with the
// same Vite settings: nothing a calculator does is faster, and a noisy two-core machine slows both alike,
// so the step and drag figures are gated as ratios to the floor's.
//
// What "painted" means here: the probe keeps a requestAnimationFrame loop running, and from each frame's
// callback posts a message, which runs once that frame's style, layout and paint are done. A change to the
// result (the text of any KPI card, `[data-kpi] .kpi-value`; the description of any chart above the
// analysis area, the aria-label of `[data-chart] canvas`; or a drawing of such a chart's canvas, seen as
// Chart.js clearing it) is painted at the first such frame end after it. The drawing is watched as well
// as the words: a build that drew its charts a frame after their words must not read as faster than it is.
//
//   step     a key press on the main slider (40 a round, each waited out): from the key's input event to
//            the frame end after the step's last change to the result, i.e. the first frame that shows
//            every figure at the new value. A step that changes no shown figure (rounding) is left out.
//   drag     60 Hz pointer moves across the slider and back (60 moves): states painted (frames that show
//            newly drawn charts, the last part of a result to be painted) against inputs, the longest gap
//            between two painted results (from the first input), the final state's paint after the last
//            input, and long animation frames (LoAF) over 100 ms.
//   LCP      largest-contentful-paint of a cold load, median of 5, CPU not throttled.
//   phone    390 px wide, CPU 4x from the start: the longest task during load, and when the ROI card's figure is
//            first painted (Element Timing).
//
// The page is 1440 x 1600: the main slider, the ROI card and all four charts are in view. Each round makes
// the five cold loads and the phone's load, then runs the calculator with no live analysis view (the methodology tab, which only recomputes once the inputs
// rest), with the team view open (its default), with three segments (the three-tier preset) and the team
// view open, and the floor, at 1x and at 4x CPU (CDP throttling). Every figure is gated on its best round
// of --runs (default 3), as issue 12 asks; every round is printed. (CDP's CPU throttling slows the page's
// main thread, not its workers: a worker's share of a step would run at full speed in the 4x figures.)
//
//   team     (three segments) the frames from a step's result painted to the frame that shows the team
//            view at the step: the inputs rest after a frame with no new input, and issue 13 asks for the
//            team view in the frame after that, so 2 frames.
//
// Usage: npm run perf [-- --runs 5] [-- --json out.json] [-- --dist another-build]
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

/**
 * Each figure's target (issue 12's) and the gate CI holds it to. Where the app does not meet a target yet,
 * the gate is set at today's figure with room for a noisy machine, so that a change that makes it worse
 * fails CI; the report prints both, and BENCHMARKS.md says which targets are met. The gates allow for the
 * browser too: Debian's Chromium 150 reads the same build's step ratios, phone task and final paint a
 * quarter to a half higher than Chromium 156 did (BENCHMARKS.md has both).
 */
export const BUDGETS = {
  /** A step's result painted, p95, as a multiple of the floor's (both calculator set-ups). */
  stepP95VsFloor: { target: 1.5, gate: 4 },
  stepP95VsFloor4x: { target: 1.5, gate: 7 },
  /** The longest gap between painted results in a 60 Hz drag, as a multiple of the floor's. */
  dragGapVsFloor: { target: 2, gate: 6 },
  /** The longest animation frame of the drag at 4x: the target is none over 100 ms. */
  longestDragFrameAt4xMs: { target: 100, gate: 500 },
  finalPaintAfterLastInputAt4xMs: { target: 100, gate: 400 },
  lcpMedianMs: { target: 250, gate: 500 },
  phoneLongestLoadTaskMs: { target: 200, gate: 400 },
  phoneKpisVisibleMs: { target: 1500, gate: 1500 },
  /**
   * Issue 13: with three segments on screen, frames from a step's result to the team view's (p95): the
   * inputs rest after one frame with no new input, and the team view is in the frame after it.
   */
  teamViewFramesAfterResult: { target: 2, gate: 2 },
};

const SLIDER = '[data-input="monthlyChurn.withCs"] input[type=range]';
// Tall enough that the main slider, the ROI card and all four charts are on screen at once (checked below):
// the worst case, every chart drawn on every step. (On a shorter screen a chart out of view draws when seen.)
const VIEWPORT = { width: 1440, height: 1600 };
const CHARTS = ['mrr', 'bridge', 'retention', 'coverage'];
const PHONE = { width: 390, height: 844 };
const KEY_STEPS = 40;
const DRAG_MOVES = 60;
const FRAME_MS = 1000 / 60;

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

const median = (values) => percentile(values, 50);

// Runs in the page before any of its scripts (through CDP, so the page's CSP does not apply). A cold load
// (`watch` false) is left alone while it parses and paints: watching every mutation of the document, and
// measuring the ROI card before the first paint, forced extra work into the very load being measured.
function instrument({ watch }) {
  const probe = { phase: 'load', inputs: [], changes: [], frameEnds: [], longFrames: [], longTasks: [] };
  probe.lcp = [];
  probe.kpiShown = 0;
  window.__probe = probe;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => probe.frameEnds.push(performance.now());
  // When the ROI card's figure is first painted (Element Timing: the card's figure carries
  // elementtiming="kpi-roi"), exactly and without the probe touching the page while it loads.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.identifier === 'kpi-roi' && !probe.kpiShown) probe.kpiShown = e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  const loop = () => {
    channel.port2.postMessage(0);
    requestAnimationFrame(loop);
  };
  // A frame requested while the page parses makes the browser lay out and paint the half-parsed page
  // early: a cold load counts no frames.
  if (watch) requestAnimationFrame(loop);
  addEventListener(
    'input',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'range')
        probe.inputs.push({ phase: probe.phase, at: event.timeStamp });
    },
    true,
  );
  const seen = { kpis: '', charts: '', team: '' };
  // The first screen's figures; the analysis views below it (the team view) follow the inputs once they rest.
  const texts = (selector, read) =>
    [...document.querySelectorAll(selector)]
      .filter((e) => !e.closest('[data-analysis]'))
      .map(read)
      .join('|');
  const look = () => {
    const now = performance.now();
    watchCanvases();
    const current = {
      kpis: texts('[data-kpi] .kpi-value', (e) => e.textContent),
      charts: texts('[data-chart] canvas', (e) => e.getAttribute('aria-label')),
      // The open analysis view's text: watched only where the team view is measured (issue 13).
      team: probe.watchTeam
        ? (document.querySelector('[data-analysis] [role="tabpanel"]')?.textContent ?? '')
        : '',
    };
    for (const kind of ['kpis', 'charts', 'team']) {
      if (current[kind] !== seen[kind]) {
        seen[kind] = current[kind];
        probe.changes.push({ phase: probe.phase, kind, at: now });
      }
    }
  };
  // The charts' canvases on screen: a chart out of view draws once the inputs rest, which is no part of a
  // step's result on screen. (Watched without reading any box: that would force layouts into the step.)
  const onScreen = new Set();
  const watched = new WeakSet();
  let watchCanvases = () => {};
  if (watch) {
    const visibility = new IntersectionObserver((entries) => {
      for (const e of entries) e.isIntersecting ? onScreen.add(e.target) : onScreen.delete(e.target);
    });
    watchCanvases = () => {
      for (const canvas of document.querySelectorAll('[data-chart] canvas'))
        if (!watched.has(canvas) && !canvas.closest('[data-analysis]')) {
          watched.add(canvas);
          visibility.observe(canvas);
        }
    };
    // Chart.js clears a chart's canvas at the start of each drawing.
    const clearRect = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (...args) {
      if (onScreen.has(this.canvas))
        probe.changes.push({ phase: probe.phase, kind: 'draw', at: performance.now() });
      return clearRect.apply(this, args);
    };
  }
  if (watch)
    new MutationObserver(look).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longFrames.push({ phase: probe.phase, duration: e.duration });
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ at: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element;
      const what = el ? `${el.tagName.toLowerCase()}${el.classList[0] ? `.${el.classList[0]}` : ''}` : '';
      probe.lcp.push({ time: e.startTime, what });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

const setPhase = (page, phase) => page.evaluate((p) => (window.__probe.phase = p), phase);

/** Waits until the page has painted a frame with no change for `quiet` ms (at most 3 s). */
const settle = (page, quiet = 60) =>
  page.evaluate(
    (quietMs) =>
      new Promise((done) => {
        const started = performance.now();
        const check = () => {
          const p = window.__probe;
          const last = Math.max(p.inputs.at(-1)?.at ?? 0, p.changes.at(-1)?.at ?? 0);
          const now = performance.now();
          if (now - last >= quietMs || now - started > 3000) done();
          else setTimeout(check, 10);
        };
        requestAnimationFrame(() => setTimeout(check, 0));
      }),
    quiet,
  );

async function assertOnScreen(page, selectors) {
  const off = await page.evaluate(
    (list) =>
      list.filter((selector) => {
        const r = document.querySelector(selector)?.getBoundingClientRect();
        return !r || r.top < 0 || r.bottom > innerHeight || r.width === 0;
      }),
    selectors,
  );
  if (off.length > 0) throw new Error(`not on screen during the probe: ${off.join(', ')}`);
}

async function keySteps(page, phase) {
  await setPhase(page, `${phase}:keys`);
  await page.locator(SLIDER).focus();
  for (let i = 0; i < KEY_STEPS; i++) {
    await page.keyboard.press(i < KEY_STEPS / 2 ? 'ArrowRight' : 'ArrowLeft');
    await settle(page);
  }
}

/** Pointer moves across most of the slider and back, one every 1/60 s as a finger or a mouse sends them. */
async function drag60Hz(page, phase) {
  const box = await page.locator(SLIDER).boundingBox();
  if (!box) throw new Error(`${SLIDER} has no box`);
  const y = box.y + box.height / 2;
  const x0 = box.x + box.width * 0.1;
  const x1 = box.x + box.width * 0.9;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await settle(page);
  await setPhase(page, `${phase}:drag`);
  const start = performance.now();
  for (let i = 1; i <= DRAG_MOVES; i++) {
    const half = DRAG_MOVES / 2;
    const t = i <= half ? i / half : (DRAG_MOVES - i) / half;
    await page.mouse.move(x0 + (x1 - x0) * t, y);
    const wait = start + i * FRAME_MS - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await page.mouse.move(x0 + (x1 - x0) * 0.37, y);
  await page.mouse.up();
  await settle(page, 200);
}

/** The first frame end at or after `t`. */
const paintAfter = (frameEnds, t) => frameEnds.find((f) => f >= t) ?? Number.NaN;

function stepFigures(probe, phase) {
  const inputs = probe.inputs.filter((s) => s.phase === `${phase}:keys`);
  const latencies = inputs.map((input, i) => {
    const next = inputs[i + 1]?.at ?? Infinity;
    const changes = probe.changes.filter((c) => c.at >= input.at && c.at < next && c.kind !== 'team');
    return changes.length === 0 ? Number.NaN : paintAfter(probe.frameEnds, changes.at(-1).at) - input.at;
  });
  const painted = latencies.filter(Number.isFinite);
  // The team view: how many frames after the step's result painted it shows the step (1: the same frame's
  // next, when the inputs are taken to rest; see src/store/input-frames.ts), and when, in ms.
  const team = inputs
    .map((input, i) => {
      const next = inputs[i + 1]?.at ?? Infinity;
      const result = paintAfter(probe.frameEnds, input.at + latencies[i]);
      const view = probe.changes.find((c) => c.kind === 'team' && c.at >= input.at && c.at < next);
      if (!view || !Number.isFinite(result)) return null;
      const shown = paintAfter(probe.frameEnds, view.at);
      return { frames: probe.frameEnds.filter((f) => f > result && f <= shown).length, ms: shown - result };
    })
    .filter(Boolean);
  return {
    steps: inputs.length,
    painted: painted.length,
    p50: median(painted),
    p95: percentile(painted, 95),
    teamSteps: team.length,
    teamFramesP95: percentile(
      team.map((t) => t.frames),
      95,
    ),
    teamMsP95: percentile(
      team.map((t) => t.ms),
      95,
    ),
  };
}

function dragFigures(probe, phase) {
  const inputs = probe.inputs.filter((s) => s.phase === `${phase}:drag`);
  // A result is painted when its charts are: the frame that shows only the KPIs of a step is not counted.
  const changes = probe.changes.filter((c) => c.phase === `${phase}:drag` && c.kind === 'draw');
  const paints = [...new Set(changes.map((c) => paintAfter(probe.frameEnds, c.at)))].filter(Number.isFinite);
  const first = inputs[0]?.at ?? Number.NaN;
  const lastInput = inputs.at(-1)?.at ?? Number.NaN;
  const lastPaint = paints.at(-1) ?? Number.NaN;
  const marks = [first, ...paints];
  const gaps = marks.slice(1).map((p, i) => p - marks[i]);
  const frames = probe.longFrames.filter((f) => f.phase === `${phase}:drag`).map((f) => f.duration);
  return {
    inputs: inputs.length,
    statesPainted: paints.length,
    longestGap: Math.max(0, ...gaps),
    finalAfterLastInput: lastPaint - lastInput,
    longFramesOver100: frames.filter((d) => d > 100).length,
    longestFrame: Math.max(0, ...frames),
  };
}

/** One set-up (the calculator with a view, or the floor) at 1x and 4x CPU: steps and a drag at each. */
async function oneSetUp(browser, url, { view, preset, charts = CHARTS, viewport = VIEWPORT } = {}) {
  const context = await browser.newContext({ viewport, colorScheme: 'light' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(instrument, { watch: true });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('[data-chart="mrr"] canvas[aria-label]');
  if (preset) {
    await page.getByLabel('Preset').selectOption(preset);
    await page.waitForSelector('[data-segment="2"]');
    await page.evaluate(() => (window.__probe.watchTeam = true));
  }
  if (view) {
    await page.getByRole('tab', { name: view }).click();
    await page.getByRole('tabpanel', { name: view }).waitFor();
    await settle(page, 300);
  }
  await page.evaluate(() => scrollTo(0, 0));
  await settle(page, 300);
  await assertOnScreen(page, [SLIDER, '[data-kpi="roi"]'], { whole: true });
  await assertOnScreen(
    page,
    charts.map((c) => `[data-chart="${c}"] canvas`),
    { whole: false },
  );
  const cdp = await context.newCDPSession(page);
  const figures = {};
  for (const rate of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await keySteps(page, `x${rate}`);
    await drag60Hz(page, `x${rate}`);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const probe = await page.evaluate(() => window.__probe);
  await context.close();
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  for (const rate of [1, 4]) {
    figures[`x${rate}`] = { step: stepFigures(probe, `x${rate}`), drag: dragFigures(probe, `x${rate}`) };
    const { step, drag } = figures[`x${rate}`];
    if (step.painted < KEY_STEPS * 0.75 || drag.inputs < DRAG_MOVES / 2)
      throw new Error(
        `${url}: too few results painted (${step.painted} of ${step.steps}, drag ${drag.inputs})`,
      );
  }
  return figures;
}

async function coldLoad(browser, url, { viewport, rate }) {
  const context = await browser.newContext({ viewport, colorScheme: 'light' });
  const page = await context.newPage();
  await page.addInitScript(instrument, { watch: false });
  if (rate) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__probe.kpiShown > 0);
  await page.waitForSelector('[data-chart="mrr"] canvas[aria-label]');
  await page.waitForTimeout(300);
  const probe = await page.evaluate(() => window.__probe);
  await context.close();
  const lcp = probe.lcp.filter((e) => e.time > 0).at(-1);
  return {
    lcp: lcp?.time ?? Number.NaN,
    lcpElement: lcp?.what ?? '?',
    kpiShown: probe.kpiShown,
    longestTask: Math.max(0, ...probe.longTasks.map((t) => t.duration)),
  };
}

const SET_UPS = {
  floor: 'floor app',
  closed: 'no live view',
  team: 'team view',
  three: 'three segments, team view',
};

const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');
const ratio = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}x` : 'n/a');

function ensureBuilt(dist, command) {
  if (existsSync(`${dist}/index.html`)) return;
  console.log(`${dist}/ is missing: building it (${command.join(' ')})`);
  const build = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`${command.join(' ')} failed`);
}

function printTable(head, rows) {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  for (const row of [head, ...rows]) console.log(row.map((cell, c) => cell.padStart(widths[c])).join('  '));
}

async function main() {
  const runs = Number(argument('runs', '3'));
  const dist = argument('dist', 'dist');
  ensureBuilt(dist, ['npm', 'run', 'build']);
  ensureBuilt('dist-floor', ['npm', 'run', 'build:floor']);
  const app = await serveDist(dist);
  const floorServer = await serveDist('dist-floor');
  const browser = await launchBrowser();
  const version = browser.version();
  const rounds = [];
  const starts = [];
  try {
    // A browser's first page loads pay for its own start (its caches, the first renderer): not measured.
    await coldLoad(browser, `${app.url}/`, { viewport: VIEWPORT });
    for (let i = 0; i < runs; i++) {
      const loads = [];
      for (let j = 0; j < 5; j++) loads.push(await coldLoad(browser, `${app.url}/`, { viewport: VIEWPORT }));
      const phone = await coldLoad(browser, `${app.url}/`, { viewport: PHONE, rate: 4 });
      starts.push({ loads, lcp: median(loads.map((l) => l.lcp)), phone });
      rounds.push({
        floor: await oneSetUp(browser, `${floorServer.url}/`, { charts: ['mrr'] }),
        closed: await oneSetUp(browser, `${app.url}/`, { view: 'Methodology' }),
        team: await oneSetUp(browser, `${app.url}/`),
        // Taller: the segment tabs push the charts down, and every chart stays on screen.
        three: await oneSetUp(browser, `${app.url}/`, {
          preset: 'three-tier',
          viewport: { ...VIEWPORT, height: 2000 },
        }),
      });
    }
  } finally {
    await browser.close();
    await app.close();
    await floorServer.close();
  }

  console.log(
    `Chromium ${version}; viewport ${VIEWPORT.width}x${VIEWPORT.height}; ${runs} rounds of ` +
      `${KEY_STEPS} key steps and a ${DRAG_MOVES}-move 60 Hz drag, at 1x and 4x CPU; times in ms\n`,
  );
  const head = ['round', 'set-up', 'CPU', 'step p50', 'step p95', 'painted/inputs', 'longest gap'];
  head.push('final', 'LoAF>100', 'longest LoAF', 'team view after result: frames, ms (p95)');
  const rows = [];
  rounds.forEach((round, i) => {
    for (const [name, setUp] of Object.entries(round))
      for (const rate of ['x1', 'x4']) {
        const { step, drag } = setUp[rate];
        rows.push([
          String(i + 1),
          SET_UPS[name],
          rate.slice(1) + 'x',
          ms(step.p50),
          ms(step.p95),
          `${drag.statesPainted}/${drag.inputs}`,
          ms(drag.longestGap),
          ms(drag.finalAfterLastInput),
          String(drag.longFramesOver100),
          ms(drag.longestFrame),
          step.teamSteps > 0 ? `${step.teamFramesP95}, ${ms(step.teamMsP95)}` : '',
        ]);
      }
  });
  printTable(head, rows);
  console.log('');
  starts.forEach(({ loads, lcp, phone }, i) => {
    const elements = [...new Set(loads.map((l) => l.lcpElement))].join(', ');
    console.log(
      `Round ${i + 1}: LCP of 5 cold loads ${loads.map((l) => ms(l.lcp)).join(', ')} (median ${ms(lcp)}; ${elements}); ` +
        `phone (${PHONE.width} px, CPU 4x): ROI card shown at ${ms(phone.kpiShown)}, longest task during load ${ms(phone.longestTask)}`,
    );
  });

  const best = (f) => Math.min(...rounds.map(f));
  const gates = [];
  for (const setUp of ['closed', 'team', 'three'])
    for (const rate of ['x1', 'x4']) {
      const label = `${SET_UPS[setUp]}, ${rate.slice(1)}x CPU`;
      gates.push({
        name: `Step result painted p95 / floor's, ${label}`,
        value: best((r) => r[setUp][rate].step.p95 / r.floor[rate].step.p95),
        budget: rate === 'x1' ? BUDGETS.stepP95VsFloor : BUDGETS.stepP95VsFloor4x,
        show: ratio,
      });
      gates.push({
        name: `60 Hz drag, longest gap between painted results / floor's, ${label}`,
        value: best((r) => r[setUp][rate].drag.longestGap / r.floor[rate].drag.longestGap),
        budget: BUDGETS.dragGapVsFloor,
        show: ratio,
      });
    }
  for (const setUp of ['closed', 'team', 'three']) {
    const label = SET_UPS[setUp];
    gates.push({
      name: `Longest animation frame in the drag at 4x, ${label}`,
      value: best((r) => r[setUp].x4.drag.longestFrame),
      budget: BUDGETS.longestDragFrameAt4xMs,
      show: ms,
    });
    gates.push({
      name: `Final state painted after the last input at 4x, ${label}`,
      value: best((r) => r[setUp].x4.drag.finalAfterLastInput),
      budget: BUDGETS.finalPaintAfterLastInputAt4xMs,
      show: ms,
    });
  }
  for (const rate of ['x1', 'x4'])
    gates.push({
      name: `Team view, frames after a step's result (p95), three segments, ${rate.slice(1)}x CPU`,
      value: best((r) => r.three[rate].step.teamFramesP95),
      budget: BUDGETS.teamViewFramesAfterResult,
      show: String,
    });
  const bestStart = (f) => Math.min(...starts.map(f));
  gates.push({
    name: 'LCP, median of 5 cold loads',
    value: bestStart((r) => r.lcp),
    budget: BUDGETS.lcpMedianMs,
    show: ms,
  });
  gates.push({
    name: 'Phone at 4x: longest task during load',
    value: bestStart((r) => r.phone.longestTask),
    budget: BUDGETS.phoneLongestLoadTaskMs,
    show: ms,
  });
  gates.push({
    name: 'Phone at 4x: ROI card shown',
    value: bestStart((r) => r.phone.kpiShown),
    budget: BUDGETS.phoneKpisVisibleMs,
    show: ms,
  });
  console.log(`\nGated (on the best of ${runs} rounds):`);
  let failed = false;
  for (const { name, value, budget, show } of gates) {
    const ok = value <= budget.gate;
    failed ||= !ok;
    const target = value <= budget.target ? 'target met' : `target ≤ ${show(budget.target)} not met`;
    console.log(
      `  ${ok ? 'ok  ' : 'FAIL'}  ${name}: ${show(value)} (gate ≤ ${show(budget.gate)}; ${target})`,
    );
  }
  const json = argument('json', null);
  if (json)
    writeFileSync(json, JSON.stringify({ chromium: version, budgets: BUDGETS, starts, rounds }, null, 2));
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`perf probe: ${error.stack ?? error}`);
  process.exitCode = 1;
});

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, test } from 'vitest';
import {
  cohortLayers,
  compareCompanies,
  DEFAULT_ASSUMPTIONS,
  evaluateCsProgram,
  goalSeek,
  monteCarlo,
  retentionVsAcquisition,
  sensitivity,
  sweepHeadcount,
  teamSize,
  withInput,
  type Assumptions,
} from '../../src/model/index.ts';
import { goalText } from '../../src/analysis/goal-text.ts';
import { headcountText } from '../../src/analysis/headcount-text.ts';
import { companyB, halfAndHalf } from '../../src/analysis/race.ts';
import { articleCheck, raceHeadline, raceSentence } from '../../src/analysis/race-text.ts';
import { retentionGainText } from '../../src/analysis/retention-gain-text.ts';
import { DEFAULT_SEED, spreadRanges } from '../../src/analysis/uncertainty.ts';
import { ANALYSIS_TABS, type AnalysisTab } from '../../src/analysis/tabs.ts';
import { cohortChartSpec } from '../../src/charts/cohort-chart-spec.ts';
import { paletteFor } from '../../src/charts/palette.ts';
import { tornadoChartSpec } from '../../src/charts/tornado-chart-spec.ts';
import { decimal, money, percent } from '../../src/format.ts';
import { PRESETS, RACE_COMPANY_A, RACE_COMPANY_B } from '../../src/store/presets.ts';
import { modelNotes } from '../../scripts/model-notes.ts';
import { methodology } from '../../src/i18n/messages/en/methodology.ts';
import { canvasInk, expect, kpiText, seriousViolations, useBrowser } from './browser.ts';

const browser = useBrowser();
const fmt = { locale: 'en-US', currency: 'USD' };
const a = DEFAULT_ASSUMPTIONS;
const range = (path: string) => `[data-input="${path}"] input[type=range]`;
/** The views that show words and numbers, no chart. */
const CHARTLESS: readonly AnalysisTab[] = ['goal', 'finance', 'your-numbers', 'methodology'];
const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

afterEach(() => {
  expect(browser.errors.splice(0)).toEqual([]);
});

async function openTab(page: Page, tab: AnalysisTab) {
  await page.click(`[data-tab="${tab}"]`);
  await page.waitForSelector(`[data-panel="${tab}"] .analysis-view`);
}

/** One arrow-key step on a main-panel slider: the scenario changes as it does for a person. */
async function step(page: Page, path: string, key = 'ArrowRight') {
  await page.locator(range(path)).focus();
  await page.keyboard.press(key);
}

async function expectNoBrokenNumbers(page: Page) {
  const body = await page.locator('[data-analysis]').innerText();
  expect(body).not.toMatch(/NaN|Infinity|undefined|(^|[^\w.])[-−]0(?![\d.,])/);
}

describe('the analysis area', () => {
  test('is a keyboard-operable set of tabs whose views load only when opened', async () => {
    const page = await browser.open();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.waitForSelector('[data-analysis] [role="tablist"]');
    expect(requested.some((u) => u.includes('race-view'))).toBe(false);
    const first = page.locator('[data-analysis] [role="tab"][aria-selected="true"]');
    expect(await first.getAttribute('data-tab')).toBe('headcount');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-panel="race"] .analysis-view');
    expect(requested.some((u) => u.includes('race-view'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('race');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('methodology');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('headcount');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('[data-panel="methodology"] .analysis-view');
    const panel = page.locator('[data-analysis] [role="tabpanel"]');
    const selected = page.locator('[data-analysis] [role="tab"][aria-selected="true"]');
    expect(await panel.getAttribute('aria-labelledby')).toBe(await selected.getAttribute('id'));
    expect(await selected.getAttribute('aria-controls')).toBe(await panel.getAttribute('id'));
  });

  test('has no serious accessibility violations in any view, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.open('/', { colorScheme, width: 1440 });
      for (const { id } of ANALYSIS_TABS) {
        await openTab(page, id);
        expect(await seriousViolations(page), `${id}, ${colorScheme}`).toEqual([]);
      }
    }
    // Every view twice, each through axe: it grows with the views, not a hang.
  }, 180_000);

  test('every view works on every preset, with no broken numbers', async () => {
    const page = await browser.open('/', { width: 1440 });
    for (const preset of PRESETS) {
      await page.locator('select', { hasText: 'Load a preset' }).selectOption(preset.id);
      for (const { id } of ANALYSIS_TABS) {
        await openTab(page, id);
        const canvas = page.locator(`[data-panel="${id}"] canvas`);
        if (!CHARTLESS.includes(id)) {
          await canvas.first().waitFor();
          expect(
            await canvasInk(page, `[data-panel="${id}"] canvas >> nth=0`),
            `${preset.id}: ${id}`,
          ).toBeGreaterThan(0.005);
        }
        await expectNoBrokenNumbers(page);
      }
    }
    // Every view on every preset: it grows with both lists.
  }, 180_000);
  test('no view scrolls sideways on a phone', async () => {
    const page = await browser.open('/', { width: 390, height: 844 });
    for (const { id } of ANALYSIS_TABS) {
      await openTab(page, id);
      const wider = await page.evaluate(() =>
        [...document.querySelectorAll('[data-analysis] *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .filter((el) => !el.closest('.visually-hidden, .table-scroll'))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5),
      );
      expect(wider, id).toEqual([]);
    }
  });
});

describe('team size', () => {
  test('says what the sweep finds, and follows the CSM slider', async () => {
    const page = await browser.open();
    await openTab(page, 'headcount');
    const say = (x: Assumptions) =>
      headcountText(x, sweepHeadcount(x, 0), teamSize(x, 0, x.segments[0]!.csms), fmt);
    expect(await text(page, '[data-verdict="headcount"]')).toBe(say(a).verdict);
    expect(await text(page, '[data-fact="cut-one"]')).toBe(say(a).cutOne);
    expect(await canvasInk(page, '[data-chart="headcount"] canvas')).toBeGreaterThan(0.01);
    await step(page, 'csms');
    const oneMore = withInput(a, 'segments.0.csms', a.segments[0]!.csms + 1);
    await expect.poll(() => text(page, '[data-fact="add-one"]')).toBe(say(oneMore).addOne);
    expect(await text(page, '[data-verdict="headcount"]')).toBe(say(oneMore).verdict);
  });

  test('inspects another team size and puts it in the scenario with one click', async () => {
    const page = await browser.open();
    await openTab(page, 'headcount');
    const inspect = page.getByLabel('Team size to inspect');
    await inspect.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    const inspected = a.segments[0]!.csms + 4;
    expect(await text(page, '[data-fact="inspected"]')).toContain(`With ${inspected} CSMs`);
    await page.getByRole('button', { name: `Use ${inspected} CSMs in the scenario` }).click();
    await expect.poll(() => page.locator(range('csms')).inputValue()).toBe(String(inspected));
    // The recommendation is the full-coverage team, whatever team the scenario has.
    expect(await kpiText(page, 'recommended-csms')).toBe(String(evaluateCsProgram(a).recommendedCsms));
  });
});

describe('acquisition vs retention', () => {
  test('starts with B at half the new accounts and churn, in the model’s words', async () => {
    const page = await browser.open();
    await openTab(page, 'race');
    const c = compareCompanies(a, companyB(a, halfAndHalf(a)).b);
    expect(await text(page, '[data-verdict="race"] p')).toBe(raceHeadline(c));
    expect(await text(page, '[data-fact="race-mrr"]')).toBe(raceSentence(c, 'mrr', 24, fmt));
    for (const m of ['mrr', 'contribution', 'cumulativeContribution']) {
      expect(await canvasInk(page, `[data-chart="race-${m}"] canvas`)).toBeGreaterThan(0.01);
    }
  });

  test('checks the article’s claim and says plainly that it does not hold', async () => {
    const page = await browser.open();
    await openTab(page, 'race');
    await page.getByRole('button', { name: /Load the article’s example/ }).click();
    const c = compareCompanies(RACE_COMPANY_A, RACE_COMPANY_B);
    await expect
      .poll(() => text(page, '[data-fact="race-cumulativeContribution"]'))
      .toBe('At month 24, A leads cumulative contribution by $138,505; B is ahead for good from month 99.');
    expect(await text(page, '[data-fact="race-contribution"]')).toBe(
      'At month 24, A leads monthly contribution by $5,611; B is ahead for good from month 43.',
    );
    expect(await text(page, '[data-fact="article-check"]')).toBe(articleCheck(c, fmt));
    expect(await text(page, '[data-fact="article-check"]')).toContain('In this model it is not');
    // The person picks the month of the verdict.
    await page.getByLabel('Verdict at month').focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => text(page, '[data-fact="race-cumulativeContribution"]'))
      .toBe(raceSentence(c, 'cumulativeContribution', 120, fmt));
  });

  test('B follows A where it has no change, and a typed change of B is used', async () => {
    const page = await browser.open();
    await openTab(page, 'race');
    await page.getByRole('button', { name: 'Make B the same as A' }).click();
    await page.getByLabel('New accounts a month, company B').fill('30');
    await page.keyboard.press('Enter');
    const changed = { 'segments.0.newAccountsPerMonth': 30 };
    const c = compareCompanies(a, companyB(a, changed).b);
    await expect.poll(() => text(page, '[data-fact="race-mrr"]')).toBe(raceSentence(c, 'mrr', 24, fmt));
    await step(page, 'arpa');
    const a2 = withInput(a, 'segments.0.arpa', a.segments[0]!.arpa + 50);
    const c2 = compareCompanies(a2, companyB(a2, changed).b);
    await expect.poll(() => text(page, '[data-fact="race-mrr"]')).toBe(raceSentence(c2, 'mrr', 24, fmt));
  });

  test('a typed number for A is validated and the change said; text that is no number is refused', async () => {
    const page = await browser.open();
    await openTab(page, 'race');
    const fieldA = page.getByLabel('New accounts a month, company A');
    await fieldA.fill('200000');
    await page.keyboard.press('Enter');
    const cellA = page.locator('.value-input', { has: fieldA });
    await expect
      .poll(() => cellA.getByRole('status').innerText())
      .toBe('New accounts a month: 200,000 is above the highest allowed value, so 100,000 is used.');
    await expect.poll(() => fieldA.inputValue()).toBe('100,000');
    const fieldB = page.getByLabel('New accounts a month, company B');
    const before = await fieldB.inputValue();
    await fieldB.fill('1e999');
    await page.keyboard.press('Enter');
    const cellB = page.locator('.value-input', { has: fieldB });
    expect(await cellB.getByRole('status').innerText()).toMatch(
      /^“1e999” is too large a number, so .+ is kept\.$/,
    );
    expect(await fieldB.getAttribute('aria-invalid')).toBe('true');
    expect(await fieldB.inputValue()).toBe(before);
    await expectNoBrokenNumbers(page);
  });
});

describe('cohorts', () => {
  test('stacks MRR by join year as the model does, and follows a slider', async () => {
    const page = await browser.open();
    await openTab(page, 'cohorts');
    const headline = (x: Assumptions) =>
      cohortChartSpec(cohortLayers(x), paletteFor('light'), false, fmt).headline;
    expect(await text(page, '[data-chart="cohorts"] .chart-title')).toBe(headline(a));
    expect(await canvasInk(page, '[data-chart="cohorts"] canvas')).toBeGreaterThan(0.05);
    await page.locator(range('horizonMonths')).focus();
    await page.keyboard.press('PageUp');
    const horizon = Number(await page.locator(range('horizonMonths')).inputValue());
    await expect
      .poll(() => text(page, '[data-chart="cohorts"] .chart-title'))
      .toBe(headline(withInput(a, 'horizonMonths', horizon)));
  });
});

describe('what moves ROI', () => {
  test('draws the tornado the model computes, for the measure picked', async () => {
    const page = await browser.open();
    await openTab(page, 'sensitivity');
    const headline = (x: Assumptions, m: 'roi' | 'npv') =>
      tornadoChartSpec(sensitivity(x, m), x, paletteFor('light'), fmt).headline;
    expect(await text(page, '[data-chart="tornado"] .chart-title')).toBe(headline(a, 'roi'));
    expect(await canvasInk(page, '[data-chart="tornado"] canvas')).toBeGreaterThan(0.01);
    // The defaults have no digital program: its inputs, at zero, are left out and named.
    expect(sensitivity(a, 'roi').leftOut).toContain('segments.0.digitalCoverage');
    expect(await text(page, '[data-panel="sensitivity"] .view-intro')).toMatch(
      /Inputs at zero have no 10 % to move by and are left out: .*Digital program reach/,
    );
    await page.getByLabel('Measure').selectOption('npv');
    await expect.poll(() => text(page, '[data-chart="tornado"] .chart-title')).toBe(headline(a, 'npv'));
    expect(await text(page, '[data-verdict="retention-gain"]')).toBe(
      retentionGainText(a, retentionVsAcquisition(a), fmt, 0).verdict,
    );
    await step(page, 'monthlyChurn.base');
    const moved = withInput(a, 'segments.0.monthlyChurn.base', a.segments[0]!.monthlyChurn.base + 0.001);
    await expect
      .poll(() => text(page, '[data-fact="retention-gain"] p'))
      .toBe(retentionGainText(moved, retentionVsAcquisition(moved), fmt, 0).retention);
  });
});

describe('goal seek', () => {
  /** The target the view opened with, as a fraction: it starts a little beyond today's NRR. */
  const targetShown = async (page: Page) => Number(await page.getByLabel('Target value').inputValue()) / 100;

  test('finds the churn that reaches an NRR, applies it, and the NRR card agrees', async () => {
    const page = await browser.open();
    await openTab(page, 'goal');
    const target = await targetShown(page);
    const answer = await text(page, '[data-verdict="goal"]');
    expect(answer).toMatch(
      new RegExp(
        `^To reach NRR at the horizon \\(month 36\\) of at least ${percent(fmt, target, 0)}, set “Logo churn \\(CR6\\), with CS” to `,
      ),
    );
    await page.getByRole('button', { name: /^Set “Logo churn \(CR6\), with CS” to/ }).click();
    await expect.poll(() => kpiText(page, 'nrr')).toBe(percent(fmt, target, 0));
    await expect.poll(() => text(page, '[data-verdict="goal"]')).toMatch(/^Already met/);
  });

  test('keeps the target and re-solves as a slider moves', async () => {
    const page = await browser.open();
    await openTab(page, 'goal');
    const target = await targetShown(page);
    const say = (x: Assumptions) =>
      goalText(goalSeek(x, { metric: 'nrr', target }, 'segments.0.monthlyChurn.withCs'), x, fmt);
    expect(await text(page, '[data-verdict="goal"]')).toBe(say(a));
    await step(page, 'expansionsPerYear.withCs');
    const moved = withInput(
      a,
      'segments.0.expansionsPerYear.withCs',
      a.segments[0]!.expansionsPerYear.withCs + 0.5,
    );
    await expect.poll(() => text(page, '[data-verdict="goal"]')).toBe(say(moved));
  });

  test('finds the team that pays back by month 19, though payback falls then rises with team size', async () => {
    const page = await browser.open();
    // Thirty CSMs never pay back in 36 months; only a team of 9 or 10 pays back by month 19, a dip the
    // search grid steps over.
    await page.locator('[data-input="csms"] input.field-number').fill('30');
    await page.keyboard.press('Enter');
    await openTab(page, 'goal');
    await page.getByLabel('Target', { exact: true }).selectOption('paybackMonth');
    await page.getByLabel('Solve for').selectOption('csms');
    await page.getByLabel('Target value').fill('19');
    await page.keyboard.press('Enter');
    const found = goalSeek(
      withInput(a, 'segments.0.csms', 30),
      { metric: 'paybackMonth', target: 19 },
      'segments.0.csms',
    );
    expect(found.status).toBe('found');
    await expect
      .poll(() => text(page, '[data-verdict="goal"]'))
      .toMatch(new RegExp(`^To reach payback by month 19, set “CSMs” to ${found.value}`));
    await page.getByRole('button', { name: `Set “CSMs” to ${found.value}` }).click();
    await expect
      .poll(async () => Number((await kpiText(page, 'payback')).replace('Month ', '')))
      .toBeLessThanOrEqual(19);
  });

  test('says plainly when no value in range reaches the target', async () => {
    const page = await browser.open();
    await openTab(page, 'goal');
    await page.getByLabel('Target value').fill('300');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => text(page, '[data-verdict="goal"]'))
      .toMatch(/^No value of “Logo churn \(CR6\), with CS” from 0% to 100% reaches NRR/);
    expect(await page.getByRole('button', { name: /^Set “/ }).count()).toBe(0);
  });
});

describe('uncertainty', () => {
  const say = (x: Assumptions, seed: number) => {
    const r = monteCarlo(x, { ranges: spreadRanges(x, 0), seed, runs: 2000 });
    return `The program returns more than it costs in ${percent(fmt, r.probabilityRoiPositive!, 0)} of ${decimal(fmt, 2000, 0)} runs.`;
  };

  test('runs the seeded Monte Carlo in a worker and shows what the model gives for that seed', async () => {
    const page = await browser.open();
    await openTab(page, 'uncertainty');
    await expect
      .poll(() => text(page, '[data-fact="mc-status"]'), { timeout: 20_000 })
      .toContain('worker thread');
    const r = monteCarlo(a, { ranges: spreadRanges(a, 0), seed: DEFAULT_SEED, runs: 2000 });
    const verdict = await text(page, '[data-verdict="uncertainty"] p');
    expect(verdict).toContain(say(a, DEFAULT_SEED));
    expect(verdict).toContain(
      `Net benefit: ${money(fmt, r.netBenefit.p10, true)} to ${money(fmt, r.netBenefit.p90, true)}`,
    );
    expect(await canvasInk(page, '[data-chart="uncertainty"] canvas')).toBeGreaterThan(0.01);
    await page.getByLabel('Seed', { exact: true }).fill('7');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, '[data-fact="mc-status"]')).toContain('seed 7,');
    const again = monteCarlo(a, { ranges: spreadRanges(a, 0), seed: 7, runs: 2000 });
    expect(await text(page, '[data-verdict="uncertainty"] p')).toContain(
      `ROI: ${percent(fmt, again.roi!.p10, 0)} at P10, ${percent(fmt, again.roi!.p50, 0)} at the median`,
    );
  });

  test('reruns for the moved scenario with the same seed', async () => {
    const page = await browser.open();
    await openTab(page, 'uncertainty');
    await expect
      .poll(() => text(page, '[data-fact="mc-status"]'), { timeout: 20_000 })
      .toContain('worker thread');
    await step(page, 'arpa');
    const moved = withInput(a, 'segments.0.arpa', a.segments[0]!.arpa + 50);
    const r = monteCarlo(moved, { ranges: spreadRanges(moved, 0), seed: DEFAULT_SEED, runs: 2000 });
    // The net benefit band differs from the unmoved scenario's (the odds of a positive ROI may not).
    await expect
      .poll(() => text(page, '[data-verdict="uncertainty"] p'), { timeout: 20_000 })
      .toContain(
        `Net benefit: ${money(fmt, r.netBenefit.p10, true)} to ${money(fmt, r.netBenefit.p90, true)}`,
      );
    expect(await text(page, '[data-verdict="uncertainty"] p')).toContain(say(moved, DEFAULT_SEED));
  });

  /** Starts counting frames and long tasks (> 50 ms) on the page's main thread. */
  const startFrameLog = (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; frames: number[] };
      w.longTasks = [];
      w.frames = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
      let last = performance.now();
      const tick = (now: number) => {
        w.frames.push(now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });

  const readFrameLog = async (page: Page) => {
    const log = await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; frames: number[] };
      return { longTasks: w.longTasks, frames: [...w.frames].sort((x, y) => x - y) };
    });
    const at = (q: number) => log.frames[Math.min(log.frames.length - 1, Math.floor(log.frames.length * q))]!;
    return { ...log, longest: Math.max(0, ...log.longTasks), median: at(0.5), p95: at(0.95) };
  };

  /** Ten years, 5,000 runs: time one batch and what the main thread did meanwhile. */
  async function timeBatch(page: Page) {
    await page.locator('[data-input="horizonMonths"] input.field-number').fill('120');
    await page.keyboard.press('Enter');
    await openTab(page, 'uncertainty');
    await expect
      .poll(() => text(page, '[data-fact="mc-status"]'), { timeout: 30_000 })
      .toMatch(/^2,000 runs/);
    await startFrameLog(page);
    await page.getByLabel('Runs', { exact: true }).selectOption('5000');
    await expect
      .poll(() => text(page, '[data-fact="mc-status"]'), { timeout: 30_000 })
      .toMatch(/^5,000 runs/);
    const status = await text(page, '[data-fact="mc-status"]');
    return {
      status,
      ms: Number(/in ([\d,]+) ms/.exec(status)![1]!.replace(/,/g, '')),
      ...(await readFrameLog(page)),
    };
  }

  test('the runs leave the main thread free: measured against the same runs without a worker', async () => {
    const withWorker = await timeBatch(await browser.open('/', { width: 1440 }));
    const page = await browser.open('/', { width: 1440 });
    await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    await page.reload();
    await page.waitForSelector('[data-analysis]');
    const onMain = await timeBatch(page);
    console.log(
      `5,000 runs over 120 months: worker ${withWorker.ms} ms, longest main-thread task meanwhile ${withWorker.longest.toFixed(0)} ms; ` +
        `without a worker ${onMain.ms} ms, longest task ${onMain.longest.toFixed(0)} ms`,
    );
    expect(withWorker.status).toContain('worker thread');
    expect(onMain.status).toContain('main thread');
    // Without the worker the batch is one task as long as the runs; with it, nothing comes near.
    expect(onMain.longest).toBeGreaterThanOrEqual(onMain.ms * 0.9);
    expect(withWorker.longest).toBeLessThan(onMain.ms / 2);
  });

  test('a slider drag with the uncertainty view open keeps its frames', async () => {
    const page = await browser.open('/', { width: 1440 });
    await openTab(page, 'uncertainty');
    await expect
      .poll(() => text(page, '[data-fact="mc-status"]'), { timeout: 30_000 })
      .toContain('worker thread');
    await startFrameLog(page);
    const slider = page.locator(range('monthlyChurn.withCs'));
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.1, y);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) {
      await page.mouse.move(box.x + box.width * (0.1 + (0.6 * i) / 30), y);
      await page.waitForTimeout(30);
    }
    await page.mouse.up();
    await expect
      .poll(() => text(page, '[data-fact="mc-status"]'), { timeout: 30_000 })
      .toContain('worker thread');
    const log = await readFrameLog(page);
    console.log(
      `drag with the uncertainty view open: ${log.frames.length} frames, median ${log.median.toFixed(1)} ms, ` +
        `p95 ${log.p95.toFixed(1)} ms; long tasks ${log.longTasks.map((d) => d.toFixed(0)).join(', ') || 'none'}`,
    );
    // Most frames arrive on time; the long tasks are the page's own redraws, not the runs (see above).
    expect(log.median).toBeLessThan(20);
  });
});

describe('methodology', () => {
  test('a KPI card’s info control opens its entry in the methodology', async () => {
    const page = await browser.open();
    await page.waitForSelector('[data-analysis]');
    await page.locator('[data-kpi="npv"] summary').click();
    await page.getByRole('button', { name: /Methodology: how Net present value is computed/ }).click();
    await page.waitForSelector('[data-panel="methodology"] .analysis-view');
    const entry = page.locator('#method-kpi-npv');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('method-kpi-npv');
    expect(await entry.innerText()).toContain('In a spreadsheet');
    expect(await entry.isVisible()).toBe(true);
    // The built chunk carries the model's notes, every one, in the order the month runs.
    const notes = await page.locator('.notes-list li').allInnerTexts();
    const expected = modelNotes(join(import.meta.dirname, '../../src/model'));
    expect(notes).toEqual(expected.map((n) => `${methodology.noteTopics[n.topic]} ${n.text}`));
    // Its entries are the live KPI cards': a longer horizon renames them.
    await step(page, 'horizonMonths');
    await expect.poll(() => text(page, '#method-kpi-arr-lift h4')).toBe('ARR lift at month 37');
  });

  test('in German, its words come with the view, not with the first screen', async () => {
    const page = await browser.open('/#lang=de');
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect((await loaded()).filter((u) => u.includes('/methodology'))).toEqual([]);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.locator('[data-analysis] [data-tab="methodology"]').click();
    await page.waitForSelector('[data-panel="methodology"] .analysis-view');
    // The view's chunk, then German's methodology words: a chunk named for them and its 8-character hash.
    expect(requested.some((u) => /\/methodology-view-[\w-]{8}\.js$/.test(u))).toBe(true);
    expect(requested.some((u) => /\/methodology-[\w-]{8}\.js$/.test(u))).toBe(true);
    const view = page.locator('[data-panel="methodology"] .analysis-view');
    expect(await view.getByRole('heading', { name: 'Ein Monat, Schritt für Schritt' }).isVisible()).toBe(
      true,
    );
    expect(await view.innerText()).not.toContain('One month, step by step');
  });
});

import { afterEach, describe, inject, test } from 'vitest';
import { ANALYSIS_TABS } from '../../src/analysis/tabs.ts';
import { expect, kpiText, useBrowser } from './browser.ts';

const browser = useBrowser();

afterEach(() => {
  expect(browser.errors.splice(0)).toEqual([]);
});

/** Links an attack campaign found (issue 9): each must open like any other, fast and readable. */
describe('links with extreme numbers', () => {
  test('subnormal numbers in a link load with KPIs and every analysis view, without freezing', async () => {
    // The browser is started and a page open first, so the two seconds time the link's own load.
    const page = await browser.open('/');
    const started = Date.now();
    await page.goto(`${inject('baseUrl')}/?extreme#v=2&h=1&sa=0&n=10000&cc=8e-323`);
    await page.waitForSelector('[data-kpi="roi"]');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await kpiText(page, 'roi')).not.toMatch(/NaN|Infinity/);
    for (const { id } of ANALYSIS_TABS) {
      await page.click(`[data-tab="${id}"]`);
      // A frozen main thread would time this wait out.
      await page.waitForSelector(`[data-panel="${id}"] .analysis-view`, { timeout: 5_000 });
    }
    const responsive = await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => done(true))),
    );
    expect(responsive).toBe(true);
  });

  test('a CSM cost a hair above zero is read as zero and says so; no figure runs off the page', async () => {
    const page = await browser.open('/#v=2&cc=1e-100', { width: 390 });
    const notices = await page.locator('[role="status"], [role="alert"]').allInnerTexts();
    expect(notices.join(' ')).toMatch(/too small to mean anything/);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    for (const kpi of ['roi', 'npv', 'payback']) {
      expect((await kpiText(page, kpi)).length).toBeLessThan(24);
    }
  });
});

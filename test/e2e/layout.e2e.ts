import type { Page } from 'playwright-core';
import { describe, test } from 'vitest';
import { expect, kpiText, openTool, save, useBrowser } from './browser.ts';

/** Phones and narrow embeds: nothing on these pages may make them scroll sideways. */
const browser = useBrowser();

const LINK =
  'v=2&h=36&sa=400&na=20&ar=2000&cac=18000&gm=0.78&dr=0.1&rf=0.03&ob=0.85_0.95&ch=0.015_0.007&ew=0.2_0.35' +
  '&eu=0.2_0.3&ef=1_2&ct=0.005_0.003&tv=3_2&n=5&cc=120000&hm=120&oh=10&ih=1&cur=USD&cu=m';
/** Sixty letters without a space: a name or a button text that has no place to wrap. */
const LONG_WORD = 'A'.repeat(30) + 'B'.repeat(30);
const PHONE = { width: 390, height: 844 };

const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, window: window.innerWidth }));

async function expectNoSidewaysScroll(page: Page) {
  const { scroll, window } = await pageWidth(page);
  expect(scroll, `page ${scroll} px wide in a ${window} px window`).toBeLessThanOrEqual(window);
}

describe('at 390 px the main page', () => {
  test('shows a presenter link in one column', async () => {
    const page = await browser.open(`/#${LINK}&loc=en-US&p=ar_ch_n`, PHONE);
    await page.waitForSelector('html[data-presenting]');
    await expectNoSidewaysScroll(page);
    expect(browser.errors).toEqual([]);
  });

  test('uses an ar-EG link, names it in the Format menu, and keeps its figures on the page', async () => {
    const page = await browser.open(`/#${LINK}&loc=ar-EG`, PHONE);
    await expectNoSidewaysScroll(page);
    expect(await kpiText(page, 'npv')).toMatch(/[٠-٩]/);
    const format = page.getByLabel('Format');
    expect(await format.inputValue()).toBe('ar-EG');
    expect(await format.locator('option:checked').innerText()).toContain('ar-EG');
    expect(await page.locator('[data-notice]').count()).toBe(0);
    expect(browser.errors).toEqual([]);
  });

  test('refuses a locale this browser cannot format, says so, and the menu names the one in use', async () => {
    const page = await browser.open(`/#${LINK}&loc=zz`, PHONE);
    await expect.poll(() => page.locator('[data-notice]').innerText()).toMatch(/“zz”.*en-US is used/);
    expect(await page.getByLabel('Format').inputValue()).toBe('en-US');
    await expectNoSidewaysScroll(page);
  });

  test('compares two scenarios whose names are 60 letters without a space', async () => {
    const page = await browser.open('/', PHONE);
    await save(page, LONG_WORD);
    await save(page, 'C'.repeat(60));
    await expectNoSidewaysScroll(page);
    await openTool(page, 'compare');
    await page.waitForSelector('.compare-table table');
    expect(await page.locator('.compare-table thead th').count()).toBe(6);
    await expectNoSidewaysScroll(page);
    // The names wrap inside the headings rather than stretch them past the phone's width.
    const heading = await page
      .locator('.compare-table thead th', { hasText: LONG_WORD })
      .first()
      .evaluate((th) => th.getBoundingClientRect().width);
    expect(heading).toBeLessThan(PHONE.width);
    // The chart's legend wraps the names too, and each key keeps its colour swatch at full size.
    const swatches = await page
      .locator('.tool-panel .chart-legend .swatch')
      .evaluateAll((all) => all.map((s) => s.getBoundingClientRect().width));
    expect(swatches).toHaveLength(6);
    expect(Math.min(...swatches)).toBeGreaterThanOrEqual(12);
    expect(browser.errors).toEqual([]);
  });
});

describe('the embed', () => {
  for (const width of [280, 320, 344]) {
    test(`fits ${width} px with a call-to-action text without a space`, async () => {
      const page = await browser.open(
        `/embed.html?preset=typical&cta=https%3A%2F%2Fexample.com&ctaText=${LONG_WORD}`,
        { width, height: 800 },
      );
      expect(await page.locator('.embed-cta a').innerText()).toBe(LONG_WORD);
      await expectNoSidewaysScroll(page);
      expect(browser.errors).toEqual([]);
    });
  }

  test('fits 280 px with figures in Arabic digits', async () => {
    const page = await browser.open('/embed.html?preset=typical&locale=ar-EG', { width: 280, height: 800 });
    expect(await kpiText(page, 'roi')).toMatch(/[٠-٩]/);
    await expectNoSidewaysScroll(page);
    expect(browser.errors).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { afterEach, describe, test } from 'vitest';
import { ANALYSIS_TABS } from '../../src/analysis/tabs.ts';
import { expect, kpiText, openTool, save, useBrowser } from './browser.ts';

/** The phone, the tablet, the laptop and the projector: the results in view, nothing wider than the screen. */
const browser = useBrowser();
const WIDTHS = [390, 768, 1440, 1920] as const;
const TOOLS = ['scenarios', 'compare', 'export', 'present'] as const;

afterEach(() => {
  expect(browser.errors.splice(0)).toEqual([]);
});

/** How far the page reaches past the window's right edge, and which elements do it (for the message). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && e.offsetParent !== null)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { by: document.documentElement.scrollWidth - width, wide };
  });

async function expectFits(page: Page, what: string) {
  const { by, wide } = await overflow(page);
  expect(by, `${what}: ${by} px too wide (${wide.join(', ')})`).toBeLessThanOrEqual(0);
}

/** The bar's and the focused element's boxes in the window. */
const inView = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('[data-results-bar]')!.getBoundingClientRect();
    const focused = document.activeElement!.getBoundingClientRect();
    return {
      bar: { top: bar.top, bottom: bar.bottom },
      focused: { top: focused.top, bottom: focused.bottom },
    };
  });

describe('on a phone (390 px)', () => {
  test('the headline results stay in view above whichever input has focus, down to the last', async () => {
    const page = await browser.open('/', { width: 390, height: 844 });
    const bar = page.locator('[data-results-bar]');
    expect(await bar.innerText()).toContain(await kpiText(page, 'roi'));
    const fields = page.locator('.inputs input, .inputs select');
    const count = await fields.count();
    expect(count).toBeGreaterThan(10);
    for (const i of [0, Math.floor(count / 2), count - 1]) {
      await fields.nth(i).focus();
      const { bar: b, focused: f } = await inView(page);
      expect(b.top, `bar with field ${i} focused`).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(f.top + 1);
      // The focused field is below the bar, not under it, and on the screen.
      expect(f.bottom).toBeLessThanOrEqual(844);
    }
    // It follows the edits: the last input changed, the bar's ROI is the card's.
    const before = await bar.innerText();
    await page.locator('[data-input="monthlyChurn.withCs"] input.field-number').fill('0.3');
    await page.keyboard.press('Enter');
    await expect.poll(() => bar.innerText()).not.toBe(before);
    expect(await bar.innerText()).toContain(await kpiText(page, 'roi'));
  });

  test('is not shown beside the inputs on a wide screen', async () => {
    const page = await browser.open('/', { width: 1440, height: 900 });
    expect(await page.locator('[data-results-bar]').isVisible()).toBe(false);
  });
});

describe('no sideways scroll', () => {
  for (const width of WIDTHS) {
    test(`at ${width} px with each tool panel and each analysis tab open`, async () => {
      const page = await browser.open('/', { width, height: 900 });
      await save(page, 'Base case');
      await save(page, 'Second');
      for (const tool of TOOLS) {
        await openTool(page, tool);
        if (tool === 'compare') await page.waitForSelector('.compare-table table');
        await expectFits(page, `${tool} panel`);
      }
      await page.locator('[data-tool="present"]').click();
      for (const tab of ANALYSIS_TABS) {
        await page.click(`[data-tab="${tab.id}"]`);
        await page.waitForSelector(`[data-panel="${tab.id}"] .analysis-view`);
        await page.waitForTimeout(100);
        await expectFits(page, `${tab.id} tab`);
      }
      await openTool(page, 'present');
      await page.getByRole('button', { name: /^Start presenting/ }).click();
      await page.waitForSelector('html[data-presenting]');
      await expectFits(page, 'presenter mode');
    });
  }
});

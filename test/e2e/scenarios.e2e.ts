import type { Page } from 'playwright-core';
import { describe, test } from 'vitest';
import { DEFAULT_SEGMENT } from '../../src/model/index.ts';
import { canvasInk, expect, kpiText, openTool, save, seriousViolations, useBrowser } from './browser.ts';

const browser = useBrowser();

const STORAGE_KEY = 'cs-roi.saved-scenarios';
const churnWithCs = '[data-input="monthlyChurn.withCs"] .field-number';

/** Types churn with CS and waits for the figures to follow (they render just after the field). */
async function setChurn(page: Page, percent: string) {
  const before = await kpiText(page, 'roi');
  await page.locator(churnWithCs).fill(percent);
  await page.keyboard.press('Enter');
  await expect.poll(() => kpiText(page, 'roi')).not.toBe(before);
}

describe('saved scenarios', () => {
  test('save, rename, duplicate, delete, and they survive a reload', async () => {
    const page = await browser.open();
    await save(page, 'Base case');
    await setChurn(page, '0.3');
    const stretchRoi = await kpiText(page, 'roi');
    await save(page, 'Stretch');

    await page.reload();
    await page.waitForSelector('[data-kpi="roi"]');
    await openTool(page, 'scenarios');
    expect(await page.locator('.saved-name').allInnerTexts()).toEqual(['Base case', 'Stretch']);

    const base = page.getByRole('group', { name: 'Base case' });
    await base.getByRole('button', { name: 'Open' }).click();
    expect(await page.locator(churnWithCs).inputValue()).toBe(
      String(100 * DEFAULT_SEGMENT.monthlyChurn.withCs),
    );
    await page.getByRole('group', { name: 'Stretch' }).getByRole('button', { name: 'Open' }).click();
    expect(await page.locator(churnWithCs).inputValue()).toBe('0.3');
    expect(await kpiText(page, 'roi')).toBe(stretchRoi);

    await base.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name for Base case').fill('Board deck');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Board deck' }).getByRole('button', { name: 'Duplicate' }).click();
    await page.getByRole('group', { name: 'Stretch' }).getByRole('button', { name: 'Delete' }).click();
    expect(await page.locator('.saved-name').allInnerTexts()).toEqual(['Board deck', 'Board deck (2)']);
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await page.waitForSelector('[data-kpi="roi"]');
    await openTool(page, 'scenarios');
    expect(await page.locator('.saved-name').allInnerTexts()).toEqual(['Board deck', 'Board deck (2)']);
    expect(browser.errors).toEqual([]);
  });

  test('damaged storage says so, keeps the scenario on screen, and can be cleared', async () => {
    const page = await browser.open();
    await setChurn(page, '0.2');
    const roi = await kpiText(page, 'roi');
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"scenarios":[{"id":'), STORAGE_KEY);
    await openTool(page, 'scenarios');
    await expect.poll(() => page.locator('.panel-message').innerText()).toMatch(/damaged/);
    await page.getByLabel('Name this scenario').fill('Over the damage');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.panel-message').innerText()).toMatch(/damaged/);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(
      '{"v":1,"scenarios":[{"id":',
    );
    expect(await kpiText(page, 'roi')).toBe(roi);

    await page.getByRole('button', { name: 'Clear saved scenarios' }).click();
    await save(page, 'Fresh start');
    expect(browser.errors).toEqual([]);
  });

  test('full storage gives a clear message and loses nothing', async () => {
    const page = await browser.open();
    await save(page, 'Kept');
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await setChurn(page, '0.4');
    await page.getByLabel('Name this scenario').fill('Too much');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.locator('.panel-message').innerText())
      .toMatch(/storage is full, so “Too much” was not saved/);
    expect(await page.locator('.saved-name').allInnerTexts()).toEqual(['Kept']);
    expect(await page.locator(churnWithCs).inputValue()).toBe('0.4');
  });

  test('blocked storage (as in a sandboxed frame) gives a clear message', async () => {
    const page = await browser.open();
    await page.evaluate(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await openTool(page, 'scenarios');
    await expect
      .poll(() => page.locator('.panel-message').innerText())
      .toMatch(/does not let the calculator save here/);
    expect(await kpiText(page, 'roi')).toMatch(/^\d/);
    expect(browser.errors).toEqual([]);
  });
});

describe('compare', () => {
  test('three scenarios side by side: KPI differences and overlaid MRR curves', async () => {
    const page = await browser.open();
    await save(page, 'Base case');
    await setChurn(page, '0.3');
    await save(page, 'Churn 0.3');
    await page.locator('[data-input="csms"] .field-number').fill('8');
    await page.keyboard.press('Enter');

    await openTool(page, 'compare');
    const headers = await page.locator('.compare-table thead th').allInnerTexts();
    expect(headers).toEqual([
      'Key figure',
      'On screen now',
      'Base case',
      'Churn 0.3',
      'Base case vs On screen now',
      'Churn 0.3 vs On screen now',
    ]);
    const csms = await page.locator('[data-compare-row="recommended-csms"] td').allInnerTexts();
    expect(csms).toHaveLength(5);
    const roiDiff = await page.locator('[data-compare-row="roi"] td.diff').first().innerText();
    expect(roiDiff).toMatch(/^[+−]\d/);
    // A fourth choice is refused while three are chosen.
    expect(await page.locator('.compare-pick input:not(:checked)').count()).toBe(0);
    const baseBox = page.locator('.compare-pick').getByLabel('Base case', { exact: true });
    await baseBox.uncheck();
    expect(await page.locator('.compare-table thead th').count()).toBe(4);
    await baseBox.check();

    const legend = await page.locator('[data-chart="compare"]').innerText();
    expect(legend).toContain('Churn 0.3: with CS');
    expect(await canvasInk(page, '[data-chart="compare"] canvas')).toBeGreaterThan(0.01);
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});

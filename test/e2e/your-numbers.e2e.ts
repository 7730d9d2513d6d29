import type { Page } from 'playwright-core';
import { afterEach, describe, test } from 'vitest';
import { expect, useBrowser } from './browser.ts';

const browser = useBrowser();

afterEach(() => {
  expect(browser.errors.splice(0)).toEqual([]);
});

async function openYourNumbers(page: Page) {
  await page.click('[data-tab="your-numbers"]');
  await page.waitForSelector('[data-panel="your-numbers"] .analysis-view');
}

async function type(page: Page, label: string, text: string) {
  await page.getByRole('textbox', { name: label, exact: true }).fill(text);
  await page.keyboard.press('Enter');
}

describe('start from your numbers', () => {
  test('builds a scenario that gives back the retention entered, applies it, and undoes it', async () => {
    const page = await browser.open();
    await openYourNumbers(page);
    await type(page, 'ARR today', '6000000');
    await type(page, 'Accounts today', '250');
    await type(page, 'Gross revenue retention today, a year', '90');
    await type(page, 'Net revenue retention today, a year', '105');
    await type(page, 'Logo churn today, a year', '8');
    await expect
      .poll(() => page.locator('[data-verdict="your-numbers"]').innerText())
      .toMatch(/gives GRR 90%, NRR 105% and logo retention 92% a year/);
    await page.getByRole('button', { name: 'Use these numbers' }).click();
    // 6,000,000 a year over 250 accounts is 2,000 a month each.
    await expect
      .poll(() => page.locator('[data-input="arpa"] input.field-number').inputValue())
      .toBe('2,000');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.locator('[data-input="arpa"] input.field-number').inputValue())
      .toBe('3,000');
  });
});

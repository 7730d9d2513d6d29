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
    await page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.locator('[data-input="arpa"] input.field-number').inputValue())
      .toBe('3,000');
  });

  test('an MRR movements file imports, and a bad file is refused with nothing changed', async () => {
    const page = await browser.open();
    await openYourNumbers(page);
    await page.getByRole('button', { name: 'Import monthly MRR movements' }).click();
    const file = page.getByLabel('CSV file of monthly MRR movements');
    const verdict = page.locator('[data-verdict="mrr-import"]');
    const arpa = () => page.locator('[data-input="arpa"] input.field-number').inputValue();
    const churn = () => page.locator('[data-input="monthlyChurn.base"] input.field-number').inputValue();
    const before = { arpa: await arpa(), churn: await churn() };

    const bad = 'month,expansion,contraction,churned,mrr\n2025-01,0,0,0,1000\n2025-02,0,0,zero,990\n';
    await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect
      .poll(() => verdict.innerText())
      .toMatch(/Row 3, column churned: “zero” is not a number\. Nothing was changed\./);
    expect(await page.getByRole('button', { name: 'Use these rates' }).count()).toBe(0);
    const big = Buffer.alloc(10_000_000, 'a');
    await file.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: big });
    await expect.poll(() => verdict.innerText()).toMatch(/^The file is 10\.0 MB/);
    expect({ arpa: await arpa(), churn: await churn() }).toEqual(before);

    const good =
      'month,new,expansion,contraction,churned,mrr,customers\n' +
      '2025-01,0,0,0,0,100000,50\n2025-02,4000,1000,500,1000,103500,52\n2025-03,4000,1035,500,1035,106000,54\n';
    await file.setInputFiles({ name: 'movements.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await expect
      .poll(() => verdict.innerText())
      .toMatch(/^From 2 monthly changes, “2025-02” to “2025-03”: churn 1% of MRR a month/);
    await page.getByRole('button', { name: 'Use these rates' }).click();
    // 106,000 of MRR over 54 customers in the last month.
    await expect.poll(arpa).toBe('1,963');
    expect(await churn()).not.toBe(before.churn);
  });
});

import { afterEach, describe, test } from 'vitest';
import { BELIEVABLE, within } from '../believable.ts';
import { expect, kpiText, useBrowser } from './browser.ts';

const browser = useBrowser();

/** "91%" → 0.91, "103.0% without CS" → 1.03, "Month 19" → 19: the first number a card's text holds. */
const numberIn = (text: string) => Number(text.replace(/,/g, '').match(/-?\d+(?:\.\d+)?/)![0]);

afterEach(() => {
  expect(browser.errors.splice(0)).toEqual([]);
});

describe('the first screen', () => {
  test('shows figures in the benchmarks’ ranges, and a team too small for the book', async () => {
    const page = await browser.open();
    const detail = (name: string) => page.locator(`[data-kpi="${name}"] .kpi-detail`).innerText();
    const shown = {
      roi: numberIn(await kpiText(page, 'roi')) / 100,
      paybackMonth: numberIn(await kpiText(page, 'payback')),
      grrWithoutCs: numberIn(await detail('grr')) / 100,
      nrrWithCs: numberIn(await kpiText(page, 'nrr')) / 100,
    };
    for (const [name, value] of Object.entries(shown)) {
      const range = BELIEVABLE[name as keyof typeof shown];
      expect({ name, value, inRange: within(value, range) }).toEqual({ name, value, inRange: true });
    }
    expect(await detail('grr')).toMatch(/without CS$/);
    const recommended = numberIn(await kpiText(page, 'recommended-csms'));
    const today = numberIn(await detail('recommended-csms'));
    expect(recommended).toBeGreaterThan(today);
  });

  test('a churn cut beyond what studies report carries a visible caution; the defaults carry none', async () => {
    const page = await browser.open();
    const note = page.getByRole('note', { name: 'Cautions on this scenario' });
    expect(await note.count()).toBe(0);
    await page.locator('[data-input="monthlyChurn.withCs"] input.field-number').fill('0.1');
    await page.keyboard.press('Enter');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.innerText()).toMatch(
      /^Illustrative scenario[\s\S]*Logo churn \(CR6\), with CS: CS cuts monthly logo churn/,
    );
  });

  test('the finance view, loaded when opened, shows CS cost in range and year 1’s negative ROI', async () => {
    const page = await browser.open();
    await page.click('[data-tab="finance"]');
    await page.waitForSelector('[data-panel="finance"] .analysis-view');
    const share = await page.locator('[data-finance="cs-cost-share"] .finance-value').innerText();
    expect(within(numberIn(share) / 100, BELIEVABLE.csCostShareOfArr)).toBe(true);
    const year1 = page.getByRole('row', { name: /^Year 1/ });
    expect(await year1.innerText()).toMatch(/-\d+%/);
    expect(await page.locator('[data-finance="cs-program-payback"] dt').innerText()).toBe(
      'CS program payback',
    );
  });
});

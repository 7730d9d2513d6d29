import { afterEach, describe, test } from 'vitest';
import { expect, kpiText, useBrowser } from './browser.ts';

/** Things people notice: what the calculator refuses, and how it says so. */
const browser = useBrowser();

afterEach(() => {
  expect(browser.errors.splice(0)).toEqual([]);
});

const notices = (page: import('playwright-core').Page) => page.locator('[data-notice]').allInnerTexts();

describe('an unknown currency code', () => {
  test('in a link is refused with a notice, and the menu names the currency in use', async () => {
    const page = await browser.open('/#v=2&cur=ZZZ&loc=en-US');
    expect((await notices(page)).join(' ')).toMatch(/currency “ZZZ” is not known, so USD is used/);
    expect(await page.getByLabel('Currency').inputValue()).toBe('USD');
    expect(await kpiText(page, 'npv')).toMatch(/^\$/);
  });

  test('in an embed is refused with a notice', async () => {
    const page = await browser.open('/embed.html?preset=typical&currency=ZZZ');
    expect((await notices(page)).join(' ')).toMatch(/currency “ZZZ” is not known, so USD is used/);
    expect(await kpiText(page, 'npv')).toMatch(/^\$/);
  });
});

describe('notices', () => {
  test('more than fit are summarised in one, none dropped', async () => {
    const page = await browser.open('/#v=2&cur=ZZZ&loc=zz&sa=-1&na=-1&ar=-1&cac=-1&gm=7');
    const shown = await notices(page);
    expect(shown).toHaveLength(4);
    const all = shown.join(' ');
    expect(shown[0]).toMatch(/^\d+ earlier notices: /);
    for (const said of [
      '“ZZZ”',
      '“zz”',
      'Customer accounts today',
      'New accounts a month',
      'Gross margin: 700%',
    ])
      expect(all).toContain(said);
  });
});

describe('goal seek', () => {
  test('refuses a payback target of month 0 and says why', async () => {
    const page = await browser.open('/');
    await page.click('[data-tab="goal"]');
    await page.waitForSelector('[data-panel="goal"] .analysis-view');
    await page.locator('[data-panel="goal"] select').first().selectOption('paybackMonth');
    const verdict = await page.locator('[data-verdict="goal"]').innerText();
    await page.getByLabel('Target value').fill('0');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-panel="goal"]').innerText())
      .toMatch(/Payback cannot come before month 1, so the target stays month \d+\./);
    expect(await page.locator('[data-verdict="goal"]').innerText()).toBe(verdict);
  });
});

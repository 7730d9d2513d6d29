import { describe, test } from 'vitest';
import { DEFAULT_SEGMENT } from '../../src/model/index.ts';
import { expect, kpiText, seriousViolations, useBrowser } from './browser.ts';

const browser = useBrowser();

const churnWithCs = '[data-input="monthlyChurn.withCs"]';
/** The link's churn pair on the defaults with churn with CS set to `withCs` (a fraction). */
const churnPair = (withCs: number) => `ch=${DEFAULT_SEGMENT.monthlyChurn.base}_${withCs}`;

describe('share links', () => {
  test('a changed scenario travels in the link to a fresh page', async () => {
    const page = await browser.open();
    await page.locator(`${churnWithCs} .field-number`).fill('0.4');
    await page.keyboard.press('Enter');
    await page.getByLabel('Currency').selectOption('EUR');
    await page.waitForFunction(
      (pair) => location.hash.includes('cur=EUR') && location.hash.includes(pair),
      churnPair(0.004),
    );
    const url = page.url();
    const roi = await kpiText(page, 'roi');

    const fresh = await browser.open(url.slice(url.indexOf('/', 8)));
    expect(await fresh.locator(`${churnWithCs} .field-number`).inputValue()).toBe('0.4');
    expect(await fresh.getByLabel('Currency').inputValue()).toBe('EUR');
    expect(await kpiText(fresh, 'roi')).toBe(roi);
    expect(await kpiText(fresh, 'npv')).toContain('€');
    expect(await fresh.locator('[data-notice]').count()).toBe(0);
    expect(browser.errors).toEqual([]);
  });

  test('copy link puts the current link on the clipboard', async () => {
    const page = await browser.open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator(`${churnWithCs} .field-number`).fill('0.6');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByText('Link copied.').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(churnPair(0.006));
    // The address bar catches up within the write interval, and then says the same.
    await page.waitForFunction((pair) => location.hash.includes(pair), churnPair(0.006));
    expect(copied).toBe(page.url());
  });

  test('the link is written at most a few times a second while a slider moves', async () => {
    const page = await browser.open();
    await page.evaluate(() => {
      const w = window as unknown as { writes: number };
      w.writes = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        w.writes++;
        replace(...args);
      };
    });
    const slider = page.locator(`${churnWithCs} input[type=range]`);
    await slider.focus();
    const start = Date.now();
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowRight');
    const seconds = (Date.now() - start) / 1000;
    await page.waitForTimeout(400);
    const writes = await page.evaluate(() => (window as unknown as { writes: number }).writes);
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(writes).toBeLessThanOrEqual(Math.ceil(seconds * 4) + 1);
    // Sixty steps of 0.1 point up from the default.
    const moved = Math.round(1000 * DEFAULT_SEGMENT.monthlyChurn.withCs + 60) / 1000;
    expect(page.url()).toContain(churnPair(moved));
  });
});

const GOOD =
  'v=2&h=36&sa=400&na=20&ar=2000&cac=18000&gm=0.78&dr=0.1&rf=0.03&ob=0.85_0.95&ch=0.015_0.007&ew=0.2_0.35' +
  '&eu=0.2_0.3&ef=1_2&ct=0.005_0.003&tv=3_2&n=5&cc=120000&hm=120&oh=10&ih=1&cur=USD&loc=en-US&cu=m';

const HOSTILE: Record<string, string> = {
  'script in values': GOOD.replace('ar=2000', 'ar=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E').replace(
    'cur=USD',
    'cur=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E',
  ),
  NaN: GOOD.replace('cac=18000', 'cac=NaN').replace('n=5', 'n=Infinity'),
  '1e999': GOOD.replace('sa=400', 'sa=1e999').replace('ch=0.015_0.007', 'ch=1e999_-1e999'),
  truncated: GOOD.slice(0, 57),
  'unknown version': GOOD.replace('v=2', 'v=99') + '&future=%7B%22x%22%3A1%7D',
  oversized: `${GOOD}&pad=${'A'.repeat(5000)}`,
  'prototype keys': 'v=2&__proto__%5Bpwned%5D=1&constructor=1&h=%E0%A4%A',
};

describe('hostile links', () => {
  for (const [name, hash] of Object.entries(HOSTILE)) {
    test(`${name}: opens with a notice, no error and nothing injected`, async () => {
      const errors = browser.errors.length;
      const page = await browser.open(`/#${hash}`);
      await expect.poll(() => page.locator('[data-notice]').count()).toBeGreaterThan(0);
      // Notices quote what the link said; the numbers on the page must never show it.
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/NaN|Infinity/);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
      expect(await kpiText(page, 'roi')).toMatch(/^\d[\d,]*%$/);
      // The repaired link replaces the hostile one, so a reload does not repeat the notices.
      await page.waitForFunction(() => location.hash.startsWith('#v=3&h='));
      expect(browser.errors.slice(errors)).toEqual([]);
    });
  }

  test('notices about a link are readable and accessible', async () => {
    const page = await browser.open(`/#${HOSTILE['script in values']}`);
    const notices = await page.locator('[data-notice]').allInnerTexts();
    expect(notices.join(' ')).toContain('"<script>window.pwned=1</script>" is not a number');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('a link opened while the page is open', () => {
  const arpa = '[data-input="arpa"] .field-number';

  test('too long: ignored with a notice, and the scenario on screen stays as it was', async () => {
    const page = await browser.open(`/#${GOOD.replace('ar=2000', 'ar=3100')}`);
    const before = { arpa: await page.locator(arpa).inputValue(), roi: await kpiText(page, 'roi') };
    await page.evaluate((pad) => {
      location.hash = `${location.hash.slice(1)}&pad=${pad}`;
    }, 'A'.repeat(5000));
    await expect
      .poll(() => page.locator('[data-notice]').allInnerTexts())
      .toEqual([expect.stringMatching(/too long .* ignored and the scenario shown is unchanged/)]);
    expect(await page.locator(arpa).inputValue()).toBe(before.arpa);
    expect(await kpiText(page, 'roi')).toBe(before.roi);
    // The address goes back to the scenario shown.
    await page.waitForFunction(() => location.hash.includes('ar=3100') && !location.hash.includes('pad='));
    expect(browser.errors).toEqual([]);
  });

  test('right after an edit: the edit is one step back in history, the page before it two', async () => {
    const page = await browser.open(`/#${GOOD}`);
    const churn = page.locator(`${churnWithCs} .field-number`);
    await churn.fill('0.4');
    // The edit and the new link in one task, so the link surely arrives within the write interval.
    const edited = await churn.evaluate(
      (field, link) => {
        field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        const unwritten = !location.hash.includes('ch=0.015_0.004');
        location.hash = link;
        return unwritten;
      },
      GOOD.replace('ar=2000', 'ar=3100'),
    );
    expect(edited).toBe(true);
    await expect.poll(() => page.locator(arpa).inputValue()).toBe('3,100');
    expect(await churn.inputValue()).toBe('0.7');

    await page.evaluate(() => history.back());
    await page.waitForFunction(() => location.hash.includes('ch=0.015_0.004'));
    await expect.poll(() => churn.inputValue()).toBe('0.4');
    expect(await page.locator(arpa).inputValue()).toBe('2,000');

    await page.evaluate(() => history.back());
    await page.waitForFunction(() => location.hash.includes('ch=0.015_0.007'));
    await expect.poll(() => churn.inputValue()).toBe('0.7');
  });
});

describe('presenter mode', () => {
  test('travels in the link: larger type, only the chosen inputs, one click back to full mode', async () => {
    const page = await browser.open(`/#${GOOD}&p=ar_ch_n`);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-presenting'))).toBe(true);
    expect(await page.locator('[data-input]').count()).toBe(4);
    expect(await page.locator('.toolbar').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('19px');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Back to full mode' }).click();
    // Every number of a one-segment scenario: 3 globals, 5 of the team policy, 27 of the segment.
    expect(await page.locator('[data-input]').count()).toBe(35);
    await page.waitForFunction(() => !location.hash.includes('&p='));
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('15px');
  });

  test('is set up from the Present panel and written into the link', async () => {
    const page = await browser.open();
    await page.click('[data-tool="present"]');
    const setup = page.locator('.presenter-setup');
    await setup.getByLabel('Gross margin').check();
    await setup.getByLabel('Expansion win rate (CR7)').uncheck();
    await page.getByRole('button', { name: /^Start presenting \(4 inputs\)/ }).click();
    // In the panel's order: the segment's inputs, then the company's.
    await page.waitForFunction(() => location.hash.includes('&p=ar_ch_n_gm'));
    expect(await page.locator('[data-input]').count()).toBe(5);
  });
});

describe('the tool panels', () => {
  test('each opens by keyboard, closes with Escape, and has no serious accessibility violations', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.open('/', { colorScheme });
      for (const tool of ['scenarios', 'compare', 'export', 'present']) {
        const button = page.locator(`[data-tool="${tool}"]`);
        await button.focus();
        await page.keyboard.press('Enter');
        await page.waitForSelector('.tool-panel h2');
        expect(await button.getAttribute('aria-expanded')).toBe('true');
        expect(await seriousViolations(page), `${tool}, ${colorScheme}`).toEqual([]);
        await page.locator('.tool-panel button').first().focus();
        await page.keyboard.press('Escape');
        expect(await page.locator('.tool-panel').count()).toBe(0);
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tool'))).toBe(tool);
      }
    }
    expect(browser.errors).toEqual([]);
  });
});

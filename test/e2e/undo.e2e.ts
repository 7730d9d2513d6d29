import type { Page } from 'playwright-core';
import { afterEach, describe, test } from 'vitest';
import { expect, openTool, save, useBrowser } from './browser.ts';

const browser = useBrowser();

afterEach(() => {
  expect(browser.errors.splice(0)).toEqual([]);
});

/** Every key figure as shown, and the currency menu: what undo must bring back exactly. */
const figures = (page: Page) =>
  page.evaluate(() => ({
    kpis: [...document.querySelectorAll('[data-kpi] .kpi-value')].map((e) => (e as HTMLElement).innerText),
    name: document.querySelector('[data-scenario-name]')?.textContent ?? null,
  }));

/** Waits for the figures to differ from `before`, then for them to settle. */
async function changedFrom(page: Page, before: Awaited<ReturnType<typeof figures>>) {
  await expect.poll(() => figures(page)).not.toEqual(before);
}

const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });

/** Makes `change`, then checks that one undo restores the figures exactly and one redo brings the change back. */
async function undoable(page: Page, change: () => Promise<unknown>, how: 'button' | 'keys' = 'button') {
  const before = await figures(page);
  await change();
  await changedFrom(page, before);
  // Past the merge window: the next change is a step of its own.
  await page.waitForTimeout(600);
  const after = await figures(page);
  if (how === 'button') await undoButton(page).click();
  else {
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
  }
  await expect.poll(() => figures(page)).toEqual(before);
  if (how === 'button') await page.getByRole('button', { name: 'Redo', exact: true }).click();
  else await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => figures(page)).toEqual(after);
}

describe('undo and redo', () => {
  test('restore the exact key figures after each kind of change', async () => {
    const page = await browser.open();
    expect(await undoButton(page).isDisabled()).toBe(true);
    const slider = page.locator('[data-input="monthlyChurn.withCs"] input[type=range]');

    // A drag: many values, one step.
    await undoable(page, async () => {
      await slider.scrollIntoViewIfNeeded();
      const box = (await slider.boundingBox())!;
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width * 0.2, y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (0.2 + i * 0.05), y);
      await page.mouse.up();
    });
    // Arrow keys on a slider, undone by the keyboard.
    await undoable(
      page,
      async () => {
        await slider.focus();
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      },
      'keys',
    );
    // A typed number.
    await undoable(page, async () => {
      await page.locator('[data-input="arpa"] input.field-number').fill('3100');
      await page.keyboard.press('Enter');
    });
    // A preset, then reset.
    await undoable(page, () =>
      page.locator('select', { hasText: 'Load a preset' }).selectOption('understaffed'),
    );
    expect(await page.locator('[data-scenario-name]').textContent()).toBe('Scenario: Understaffed CS team');
    await undoable(page, () => page.getByRole('button', { name: 'Reset to defaults' }).click());
    // A saved scenario opened, with its name shown.
    await save(page, 'Board deck');
    await page.locator('select', { hasText: 'Load a preset' }).selectOption('expansion');
    await page.waitForTimeout(600);
    await undoable(page, () =>
      page.getByRole('group', { name: 'Board deck' }).getByRole('button', { name: 'Open' }).click(),
    );
    expect(await page.locator('[data-scenario-name]').textContent()).toBe('Scenario: Board deck');
    // A link pasted into the address bar, in another currency.
    const link = await page.evaluate(() => location.hash.replace('cur=USD', 'cur=EUR'));
    await undoable(page, () => page.evaluate((h) => (location.hash = h), link));
    // Goal seek's answer applied.
    await page.click('[data-tab="goal"]');
    await page.waitForSelector('[data-panel="goal"] .analysis-view');
    await undoable(page, () => page.getByRole('button', { name: /^Set “/ }).click());
    expect(await undoButton(page).isDisabled()).toBe(false);
  });

  test('a text field keeps its own Ctrl+Z; a link opened first is where undo stops', async () => {
    const page = await browser.open();
    await openTool(page, 'scenarios');
    const before = await figures(page);
    await page.locator('[data-input="arpa"] input.field-number').fill('3100');
    await page.keyboard.press('Enter');
    await changedFrom(page, before);
    const after = await figures(page);
    await page.getByLabel('Name this scenario').fill('abc');
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(200);
    expect(await figures(page)).toEqual(after);

    const link = await page.evaluate(() => location.href);
    const opened = await browser.open(link.slice(link.indexOf('/#')));
    expect(await undoButton(opened).isDisabled()).toBe(true);
  });
});

describe('the theme', () => {
  test('is remembered from one visit to the next, from the first paint', async () => {
    const page = await browser.open();
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => page.getByLabel('Theme').inputValue()).toBe('dark');
    // Before the app runs (its scripts never load here), the build-time page says the stored theme too:
    // its colours and its menu.
    const bare = await page.context().newPage();
    await bare.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await bare.goto(page.url());
    expect(await bare.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await bare.getByLabel('Theme').inputValue()).toBe('dark');
    await bare.close();
  });
});

import type { Page } from 'playwright-core';
import { afterEach, describe, test } from 'vitest';
import { DEFAULT_SEGMENT } from '../../src/model/index.ts';
import { canvasInk, expect, kpiText, seriousViolations, useBrowser } from './browser.ts';

const browser = useBrowser();

/** "$25.3M" → 25_300_000, "$156K" → 156_000, "-$9,850" → -9850. */
function moneyOf(text: string): number {
  const m = text.replace(/,/g, '').match(/(-?)\D*(\d+(?:\.\d+)?)\s*([KMB]?)/);
  if (!m) throw new Error(`not an amount: ${text}`);
  const size = ({ '': 1, K: 1e3, M: 1e6, B: 1e9 } as const)[m[3] as '' | 'K' | 'M' | 'B'];
  return (m[1] === '-' ? -1 : 1) * Number(m[2]) * size;
}

/** The text of each segment-table row, by its data-segment. */
const tableRows = (page: Page) =>
  page.$$eval('.segment-table tr[data-segment]', (rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute('data-segment')!, (r as HTMLElement).innerText])),
  );

async function addSegment(page: Page, template: string) {
  await page.getByRole('combobox', { name: 'Add a segment' }).selectOption({ label: template });
  await page.getByRole('button', { name: 'Add segment' }).click();
  await page.getByRole('tab', { name: template, selected: true }).waitFor();
}

async function loadPreset(page: Page, id: string) {
  await page.locator('select', { hasText: 'Load a preset' }).selectOption(id);
  await page.getByRole('tab', { name: 'Mid-market pooled' }).waitFor();
}

/** A fingerprint of a chart's canvas, to tell a redraw from a chart left as it was. */
const canvasPrint = (page: Page, name: string) =>
  page.locator(`[data-chart="${name}"] canvas`).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let hash = 0;
    for (let i = 0; i < data.length; i += 7) hash = (hash * 31 + data[i]!) | 0;
    return hash;
  });

afterEach(() => {
  expect(browser.errors.splice(0)).toEqual([]);
});

describe('segments', () => {
  test('three templates added, one renamed; a lever in one segment moves its row and the totals only', async () => {
    const page = await browser.open();
    expect(await page.locator('.segment-table').count()).toBe(0);
    for (const t of ['Enterprise high-touch', 'Mid-market pooled', 'SMB digital / tech-touch'])
      await addSegment(page, t);
    const name = page.getByRole('textbox', { name: 'Segment name' });
    await name.fill('SMB self-serve');
    await name.press('Enter');
    await page.getByRole('tab', { name: 'SMB self-serve', selected: true }).waitFor();
    await expect
      .poll(() => page.locator('.segment-table tr[data-segment="3"] th').innerText())
      .toBe('SMB self-serve');
    // The organisation's charts arrive with the second segment.
    await page.locator('[data-chart="segment-mrr"] canvas').waitFor();

    await page.getByRole('tab', { name: 'Mid-market pooled' }).click();
    const before = await tableRows(page);
    const roi = await kpiText(page, 'roi');
    expect(Object.keys(before).sort()).toEqual(['0', '1', '2', '3', 'total']);
    const slider = page.locator('[role="tabpanel"] [data-input="monthlyChurn.withCs"] input[type=range]');
    await slider.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await tableRows(page))['2']).not.toBe(before['2']);
    const after = await tableRows(page);
    expect(after['total']).not.toBe(before['total']);
    for (const other of ['0', '1', '3']) expect(after[other], `segment ${other}`).toBe(before[other]);
    expect(await kpiText(page, 'roi')).not.toBe(roi);
  });

  test('a hiring plan with a ramp-up shows in the team chart', async () => {
    const page = await browser.open();
    expect(await page.locator('[data-chart="team"]').count()).toBe(0);
    await page
      .getByRole('combobox', { name: 'CS staffing' })
      .selectOption({ label: 'Hire to keep coverage' });
    const team = page.locator('[data-chart="team"]');
    await team.locator('canvas').waitFor();
    await expect
      .poll(() => team.locator('.chart-title').innerText())
      .toMatch(new RegExp(`^Hiring takes the team from ${DEFAULT_SEGMENT.csms} to`));
    await expect.poll(() => canvasInk(page, '[data-chart="team"] canvas')).toBeGreaterThan(0.01);
    const flat = await canvasPrint(page, 'team');
    const ramp = page.locator('[data-input="team.rampMonths"] input.field-number');
    await ramp.fill('6');
    await ramp.press('Enter');
    await expect.poll(() => canvasPrint(page, 'team')).not.toBe(flat);
  });

  test('applying the best split raises net benefit', async () => {
    const page = await browser.open();
    await loadPreset(page, 'three-tier');
    await page.click('[data-tab="headcount"]');
    const apply = page.getByRole('button', { name: 'Apply this split' });
    await apply.waitFor();
    expect(await page.locator('[data-verdict="next-csm"]').innerText()).toMatch(
      /^The next CSM earns the most in Mid-market pooled/,
    );
    const net = page.locator('.segment-table tr[data-segment="total"] [data-column="netBenefit"]');
    const before = moneyOf(await net.innerText());
    await apply.click();
    await expect.poll(async () => moneyOf(await net.innerText())).toBeGreaterThan(before);
    await expect.poll(() => apply.isDisabled()).toBe(true);
  });

  test('a three-segment link opens with the same figures', async () => {
    const page = await browser.open();
    await loadPreset(page, 'three-tier');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('2.nm=');
    const hash = await page.evaluate(() => location.hash);
    const rows = await tableRows(page);
    const kpis = await page.locator('[data-kpi] .kpi-value').allInnerTexts();
    const again = await browser.open(`/${hash}`);
    await again.locator('.segment-table').waitFor();
    expect(await tableRows(again)).toEqual(rows);
    expect(await again.locator('[data-kpi] .kpi-value').allInnerTexts()).toEqual(kpis);
    expect(await again.locator('[data-notice]').count()).toBe(0);
  });

  test('the segment tabs work from the keyboard alone', async () => {
    const page = await browser.open();
    await loadPreset(page, 'three-tier');
    await page.getByRole('tab', { name: 'Enterprise high-touch' }).focus();
    await page.keyboard.press('ArrowRight');
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    expect(await focused()).toBe('Mid-market pooled');
    expect(await page.locator('.segment-tabs').getByRole('tab', { selected: true }).innerText()).toBe(
      'Mid-market pooled',
    );
    await page.keyboard.press('End');
    expect(await focused()).toBe('SMB digital / tech-touch');
    // Tab leaves the tab list for the segment's name, which takes a new one with Enter.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('text');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('SMB');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'SMB', exact: true, selected: true }).waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('Enterprise high-touch');
  });

  test('no serious accessibility violations with three segments, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.open('/', { colorScheme, width: 1440 });
      await loadPreset(page, 'three-tier');
      await page.locator('[data-chart="cost"] canvas').waitFor();
      await page.click('[data-tab="headcount"]');
      await page.getByRole('button', { name: 'Apply this split' }).waitFor();
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
  });

  test('no sideways scroll at 390 px with three segments', async () => {
    const page = await browser.open('/', { width: 390, height: 844 });
    await loadPreset(page, 'three-tier');
    await page.locator('[data-chart="cost"] canvas').waitFor();
    await page.click('[data-tab="headcount"]');
    await page.getByRole('button', { name: 'Apply this split' }).waitFor();
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      wider: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((el) => !el.closest('.visually-hidden, .table-scroll'))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        .slice(0, 5),
    }));
    expect(overflow).toEqual({ page: 0, wider: [] });
  });
});

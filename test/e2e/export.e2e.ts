import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, test } from 'vitest';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SEGMENT, evaluateCsProgram } from '../../src/model/index.ts';
import { expect, seriousViolations, useBrowser } from './browser.ts';

const browser = useBrowser();

async function openExport(page: Page) {
  await page.click('[data-tool="export"]');
  await page.waitForSelector('.tool-panel h2');
}

/** Clicks `button` and returns the downloaded file's name and bytes. */
async function downloadOf(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

const loadedChunks = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name.split('/').pop() ?? '')
      .filter((n) => n.endsWith('.js')),
  );

/** CSV rows as text cells (the files hold no quoted line breaks). */
const rowsOf = (csv: string) => csv.split('\r\n').map((line) => line.split(','));

describe('export', () => {
  test('export code loads only when used', async () => {
    const page = await browser.open();
    expect((await loadedChunks(page)).filter((n) => /^(csv|png|xlsx|export-panel)-/.test(n))).toEqual([]);
    await openExport(page);
    await downloadOf(page, 'text=Monthly rows (CSV)');
    // The CSV writers are small and come with the panel; the workbook's library and the PNG code do not.
    const after = await loadedChunks(page);
    expect(after.some((n) => n.startsWith('export-panel-'))).toBe(true);
    expect(after.some((n) => n.startsWith('xlsx-'))).toBe(false);
    expect(after.some((n) => n.startsWith('png-'))).toBe(false);
  });

  test('monthly CSV: assumptions head, 37 months, numbers with "." whatever the locale', async () => {
    const page = await browser.open();
    await page.getByLabel('Format').selectOption('de-DE');
    await page.getByLabel('Currency').selectOption('EUR');
    await openExport(page);
    await page.getByLabel('Title in the files').fill('=HYPERLINK("http://evil.example","Click")');
    const { name, bytes } = await downloadOf(page, 'text=Monthly rows (CSV)');
    expect(name).toMatch(/^cs-roi-monthly-\d{4}-\d\d-\d\d\.csv$/);
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = rowsOf(text.slice(1));
    // The title is text from a person: defused, quoted because of its commas and quotes.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(rows[2]).toEqual(['Currency', 'EUR']);
    expect(rows).toContainEqual(['Revenue per account (MRR)', String(DEFAULT_SEGMENT.arpa)]);
    expect(rows).toContainEqual(['Gross margin', '0.78']);
    const head = rows.findIndex((r) => r[0] === 'Month');
    const months = rows.slice(head + 1).filter((r) => r.length > 1);
    expect(months).toHaveLength(37);
    const mrr = rows[head]!.indexOf('With CS: MRR');
    expect(months[36]![mrr]).toMatch(/^\d+(\.\d+)?$/);
    // Month 0 is the starting book: its accounts at ARPA.
    expect(Number(months[0]![mrr])).toBe(DEFAULT_SEGMENT.startingAccounts * DEFAULT_SEGMENT.arpa);
  });

  test('key figures CSV', async () => {
    const page = await browser.open();
    await openExport(page);
    const { bytes } = await downloadOf(page, 'text=Key figures (CSV)');
    const rows = rowsOf(bytes.toString('utf8').slice(1));
    expect(rows).toContainEqual(['Key figure', 'With CS', 'Without CS', 'Unit']);
    const roi = rows.find((r) => r[0] === 'CS program ROI')!;
    expect(Number(roi[1])).toBeCloseTo(evaluateCsProgram(DEFAULT_ASSUMPTIONS).roi!, 10);
    expect(roi[3]).toBe('percent');
  });

  test('each chart downloads as a non-empty PNG with room for its title and assumptions', async () => {
    const page = await browser.open();
    await openExport(page);
    for (const chart of ['mrr', 'bridge', 'retention', 'coverage']) {
      const canvas = await page
        .locator(`[data-chart="${chart}"] canvas`)
        .evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
      const { name, bytes } = await downloadOf(page, `[data-export-png="${chart}"]`);
      expect(name).toContain(chart);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(bytes.length).toBeGreaterThan(10_000);
      // IHDR: width and height, big-endian, at bytes 16 and 20. Slide resolution, and taller than the chart.
      const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      expect(width).toBeGreaterThanOrEqual(1600);
      expect(height / width).toBeGreaterThan(canvas.h / canvas.w);
      // The chart on the page is left as it was.
      expect(
        await page
          .locator(`[data-chart="${chart}"] canvas`)
          .evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height })),
      ).toEqual(canvas);
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  test('a chart exported on a phone is still at slide resolution', async () => {
    const page = await browser.open('/', { width: 390, height: 844 });
    await openExport(page);
    const { bytes } = await downloadOf(page, '[data-export-png="mrr"]');
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1600);
    expect(browser.errors).toEqual([]);
  });

  test('print to PDF gives a one-to-two page report on A4 and on Letter', async () => {
    const page = await browser.open('/', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.inputs').isVisible()).toBe(false);
    expect(await page.locator('.print-assumptions').isVisible()).toBe(true);
    expect(await page.locator('.print-assumptions').innerText()).toContain('Logo churn (CR6)');
    for (const format of ['A4', 'Letter']) {
      const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, format).toBeGreaterThanOrEqual(1);
      expect(pages, format).toBeLessThanOrEqual(2);
    }
  });
});

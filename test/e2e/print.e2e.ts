import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, test } from 'vitest';
import { ANALYSIS_TABS } from '../../src/analysis/tabs.ts';
import { en } from '../../src/i18n/messages/en/index.ts';
import { expect, kpiText, openTool, save, useBrowser } from './browser.ts';

/** The printed report as paper shows it: rendered by poppler (pdftoppm, pdftotext), whatever is open on screen. */
const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'cs-roi-print-'));
let n = 0;

afterEach(() => {
  expect(browser.errors.splice(0)).toEqual([]);
});

/** Texts of controls: none may be on paper as a line of its own. */
const CONTROLS = [
  'Undo',
  'Redo',
  'Reset to defaults',
  'Load a preset…',
  'Copy link',
  'Scenarios',
  'Compare',
  'Export',
  'Present',
  'Save',
  'Print or save as PDF',
  ...ANALYSIS_TABS.map((t) => en.analysis.tabs[t.id]),
];

async function printed(page: Page, format: 'A4' | 'Letter') {
  const file = join(dir, `report-${n++}.pdf`);
  // As a browser does when a person prints (page.pdf alone does not): the charts fit their paper boxes.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  writeFileSync(file, await page.pdf({ format, printBackground: true }));
  const prefix = file.replace('.pdf', '');
  execFileSync('pdftoppm', ['-r', '30', '-png', file, prefix]);
  const base = `${prefix.split('/').pop()!}-`;
  const pages = readdirSync(dir).filter((f) => f.startsWith(base) && f.endsWith('.png'));
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
  return { pages: pages.length, text, lines: text.split('\n').map((l) => l.trim()) };
}

async function expectReport(page: Page, title: string, what: string) {
  const roi = await kpiText(page, 'roi');
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const { pages, text, lines } = await printed(page, format);
    expect(pages, `${what}, ${format}`).toBeGreaterThanOrEqual(1);
    expect(pages, `${what}, ${format}`).toBeLessThanOrEqual(2);
    expect(text).toContain(title);
    expect(text).toContain('Assumptions');
    expect(text).toContain('Logo churn (CR6)');
    expect(text).toContain(roi);
    expect(text).toContain('Month');
    const controls = CONTROLS.filter((c) => lines.some((l) => l === c || l.startsWith(`${c}  `)));
    expect(controls, `${what}, ${format}`).toEqual([]);
  }
  await page.emulateMedia({ media: 'screen' });
}

describe('print / save as PDF', () => {
  test('is a one-to-two page report with the export title, whatever tab or panel is open', async () => {
    const page = await browser.open('/');
    await openTool(page, 'export');
    await page.getByLabel('Title in the files').fill('Board deck: Q3 plan');
    await expectReport(page, 'Board deck: Q3 plan', 'export panel open');

    await page.click('[data-tab="goal"]');
    await page.waitForSelector('[data-panel="goal"] .analysis-view');
    await save(page, 'Kept');
    await openTool(page, 'compare');
    await expectReport(page, 'Board deck: Q3 plan', 'goal seek and compare open');

    await page.click('[data-tab="uncertainty"]');
    await page.waitForSelector('[data-panel="uncertainty"] .analysis-view');
    await openTool(page, 'present');
    await expectReport(page, 'Board deck: Q3 plan', 'uncertainty and present open');
  });

  test('on a phone-sized window too, with a preset named in the title', async () => {
    const page = await browser.open('/', { width: 390, height: 844 });
    await page.locator('select', { hasText: 'Load a preset' }).selectOption('expansion');
    await expectReport(page, 'High-frequency expansion', 'phone');
  });
});

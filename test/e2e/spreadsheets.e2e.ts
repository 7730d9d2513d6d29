import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { header, kpiTable, monthlyCsv, monthlyTable, kpiCsv, type Cell } from '../../src/export/csv.ts';
import { csvStyleFor, localeKpiCsv, localeMonthlyCsv } from '../../src/export/csv-locale.ts';
import { workbook } from '../../src/export/xlsx.ts';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/index.ts';
import { presetById } from '../../src/store/presets.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { openTool, useBrowser } from './browser.ts';

/**
 * The files as a real spreadsheet reads them: Gnumeric's ssconvert (headless; .ci/run installs it), in an
 * English and a German locale, turns each into Gnumeric's own XML, where every cell is stored with its
 * type and its value written locale-independently. Every number must come back as the number exported.
 */

const dir = mkdtempSync(join(tmpdir(), 'cs-roi-sheets-'));
const TITLE = '=HYPERLINK("http://example.com","Q3")';
const meta = { title: TITLE, currency: 'EUR', createdAt: '2026-01-02T03:04:05.000Z' };
const p = projectionOf(presetById('understaffed')!.assumptions);

interface ReadCell {
  row: number;
  col: number;
  /** Gnumeric's value type: 40 a number, 60 text; none for a formula. */
  type: number | null;
  text: string;
}

const LOCALES = { en: 'en_US.UTF-8', de: 'de_DE.UTF-8' } as const;

/** The sheets of `file` as Gnumeric reads it in `locale`. */
function gnumeric(file: string, locale: keyof typeof LOCALES): ReadCell[][] {
  const out = `${file}.${locale}.gnumeric`;
  execFileSync('ssconvert', [file, out], {
    env: { ...process.env, LC_ALL: LOCALES[locale], LANG: LOCALES[locale] },
    stdio: 'pipe',
  });
  const xml = gunzipSync(readFileSync(out)).toString('utf8');
  return xml
    .split('<gnm:Sheet ')
    .slice(1)
    .map((sheet) =>
      [
        ...sheet.matchAll(
          /<gnm:Cell Row="(\d+)" Col="(\d+)"(?: ValueType="(\d+)")?[^>]*>([^<]*)<\/gnm:Cell>/g,
        ),
      ].map((m) => ({
        row: Number(m[1]),
        col: Number(m[2]),
        type: m[3] ? Number(m[3]) : null,
        text: m[4]!
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      })),
    );
}

/** Every number of `rows` and where it is, as [row, col, value]. */
const numbersOf = (rows: readonly (readonly Cell[])[], rowOffset = 0) =>
  rows.flatMap((row, r) =>
    row.flatMap((v, c) =>
      typeof v === 'number' && Number.isFinite(v) ? [[r + rowOffset, c, v] as const] : [],
    ),
  );

/** Checks that each exported number is read back as that number (to the twelve digits the CSV writes). */
function expectNumbers(read: ReadCell[], rows: readonly (readonly Cell[])[], rowOffset = 0) {
  const at = new Map(read.map((c) => [`${c.row}:${c.col}`, c]));
  const expected = numbersOf(rows, rowOffset);
  expect(expected.length).toBeGreaterThan(20);
  for (const [r, c, v] of expected) {
    const cell = at.get(`${r}:${c}`);
    expect(cell?.type, `cell ${r}:${c} should be the number ${v}, read ${cell?.text}`).toBe(40);
    const got = Number(cell!.text);
    expect(Math.abs(got - v), `cell ${r}:${c}: ${got} for ${v}`).toBeLessThanOrEqual(Math.abs(v) * 1e-11);
  }
}

/**
 * The formula-like title is read as text, exactly as typed, never as a formula (in a CSV the apostrophe in
 * front marks it as text, and the spreadsheet shows the text without it).
 */
function expectTitleAsText(read: ReadCell[]) {
  const title = read.find((c) => c.row === 0 && c.col === 1);
  expect(title?.type).toBe(60);
  expect(title?.text).toBe(TITLE);
  expect(read.filter((c) => c.type === null)).toEqual([]);
}

describe('the workbook (XLSX) in Gnumeric', () => {
  test('has one sheet per table, every number a number, in English and in German', async () => {
    const file = join(dir, 'scenario.xlsx');
    writeFileSync(file, Buffer.from(await (await workbook(p, 0, meta)).arrayBuffer()));
    const head = header(p, meta);
    for (const locale of ['en', 'de'] as const) {
      const [assumptions, monthly, kpis, ...more] = gnumeric(file, locale);
      expect(more).toEqual([]);
      expectTitleAsText(assumptions!);
      expectNumbers(assumptions!, head.slice(0, -1));
      expectNumbers(monthly!, monthlyTable(p));
      expectNumbers(
        kpis!,
        kpiTable(p, 0).map((row) => row.map((v) => (v === null ? null : v))),
      );
    }
  });
});

describe('the CSV files in Gnumeric', () => {
  test('the plain CSV reads right in English', () => {
    for (const [name, text, table] of [
      ['monthly.csv', monthlyCsv(p, meta), monthlyTable(p)],
      ['kpis.csv', kpiCsv(p, meta, 0), kpiTable(p, 0)],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const [sheet] = gnumeric(file, 'en');
      expectTitleAsText(sheet!);
      expectNumbers(sheet!, [...header(p, meta), ...table]);
    }
  });

  test('the German CSV (";" and a decimal comma) reads right in German', () => {
    expect(csvStyleFor('de-DE')).toEqual({ separator: ';', decimal: ',' });
    expect(csvStyleFor('en-US')).toEqual({ separator: ',', decimal: '.' });
    for (const [name, text, table] of [
      ['monthly-de.csv', localeMonthlyCsv(p, meta, 'de-DE'), monthlyTable(p)],
      ['kpis-de.csv', localeKpiCsv(p, meta, 0, 'de-DE'), kpiTable(p, 0)],
    ] as const) {
      expect(text).toMatch(/;\d+,\d+/);
      // NOTE: ssconvert has no option to say the separator of a file it imports (its import dialog does),
      // and guesses only comma or TAB: the ";" between cells (outside quotes) become TABs here, and the
      // cells, decimal commas and all, are read as written.
      const file = join(dir, name.replace('.csv', '.tsv'));
      writeFileSync(
        file,
        text.replace(/("(?:[^"]|"")*")|;/g, (_, quoted: string | undefined) => quoted ?? '\t'),
      );
      const [sheet] = gnumeric(file, 'de');
      expectTitleAsText(sheet!);
      expectNumbers(sheet!, [...header(p, meta), ...table]);
    }
  });
});

describe('from the export panel', () => {
  const browser = useBrowser();

  test('the workbook loads its library on the click, and German pages offer the German CSV', async () => {
    const page = await browser.open('/');
    await page.getByLabel('Format').selectOption('de-DE');
    await openTool(page, 'export');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    expect(await page.locator('[data-export="csv-local"]').innerText()).toContain('de-DE');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="xlsx"]')]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(requested.some((u) => /xlsx-[\w-]+\.js$/.test(u))).toBe(true);
    const file = join(dir, 'downloaded.xlsx');
    writeFileSync(file, readFileSync((await download.path())!));
    const [assumptions, monthly, kpis] = gnumeric(file, 'de');
    const shown = projectionOf(DEFAULT_ASSUMPTIONS);
    expectNumbers(monthly!, monthlyTable(shown));
    expectNumbers(kpis!, kpiTable(shown, 0));
    expect(assumptions!.find((c) => c.row === 0 && c.col === 1)?.text).toBe('Scenario on screen');
    expect(browser.errors).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CellObject } from 'write-excel-file/browser';
import { compareRows } from '../../src/components/share/compare-table.ts';
import { kpiCsv, monthlyCsv } from '../../src/export/csv.ts';
import { keyAssumptions } from '../../src/export/key-assumptions.ts';
import { sheets } from '../../src/export/xlsx.ts';
import { activateWords, loadWords } from '../../src/i18n/words.ts';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SEGMENT } from '../../src/model/index.ts';
import { oneSegment, presetById } from '../../src/store/presets.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import type { KpiFigure } from '../../src/store/kpis.ts';
import { readCsv } from './read-csv.ts';

const meta = { title: 'Vorstand', currency: 'EUR', locale: 'de-DE', createdAt: '2026-01-02T03:04:05.000Z' };
const p = projectionOf(DEFAULT_ASSUMPTIONS);
const fmt = { locale: 'de-DE', currency: 'EUR' };

const figure = (value: number, unit: KpiFigure['unit']): KpiFigure => ({
  name: 'x',
  label: 'x',
  unit,
  better: 'lower',
  value,
  withCs: value,
  withoutCs: null,
});

describe('the exported files in German', () => {
  beforeEach(async () => {
    await loadWords('de');
    activateWords('de');
  });
  afterEach(() => {
    activateWords('en');
  });

  test('the CSV head and column names are German, not English', () => {
    const rows = readCsv(monthlyCsv(p, meta));
    expect(rows[0]).toEqual(['ROI-Rechner für Customer Success', 'Vorstand']);
    expect(rows).toContainEqual(['Währung', 'EUR']);
    const head = rows.find((r) => r[0] === 'Monat')!;
    expect(head).toContain('Mit CS: MRR');
    expect(head).toContain('Ohne CS: Kunden');
    expect(head.at(-1)).toBe('Kumulierter Nettonutzen von CS');
    expect(rows.flat()).not.toContain('With CS: MRR');
    expect(rows.flat()).not.toContain('Month');

    const kpis = readCsv(kpiCsv(p, meta, 0));
    expect(kpis).toContainEqual(['Kennzahl', 'Mit CS', 'Ohne CS', 'Einheit']);
    expect(kpis.map((r) => r[3])).toContain('Betrag');
    expect(kpis.map((r) => r[3])).not.toContain('money');
  });

  test('the workbook’s sheets and headings are German', () => {
    const [assumptions, monthly, kpis] = sheets(p, 0, meta);
    expect([assumptions!.sheet, monthly!.sheet, kpis!.sheet]).toEqual([
      'Annahmen',
      'Monatlich',
      'Kennzahlen',
    ]);
    const headings = (monthly!.data[0] as CellObject[]).map((c) => c?.value);
    expect(headings).toContain('Mit CS: Nettoumsatzbindung (NRR)');
    expect(headings).not.toContain('With CS: Net revenue retention');
  });

  test('the lines under an exported chart are German, numbers in the page’s format', () => {
    const lines = keyAssumptions(DEFAULT_ASSUMPTIONS, fmt);
    expect(lines.join(' ')).toMatch(/Kunden zu .* MRR, .* neue pro Monat, über 36 Monate/);
    expect(lines.join(' ')).toMatch(/Churn .* pro Monat ohne CS/);
    expect(lines.join(' ')).not.toMatch(/accounts|a month|without/);
    const segments = presetById('three-tier')!.assumptions;
    expect(keyAssumptions(segments, fmt).join(' ')).toMatch(/\(1 von 3 Segmenten\): /);
  });

  test('the compare table writes months and points in German', () => {
    const [month] = compareRows([[figure(12, 'month')], [figure(13, 'month')]], fmt);
    expect(month!.values).toEqual(['Monat 12', 'Monat 13']);
    expect(month!.differences[0]!.text).toBe('+1 Monat');
    const [later] = compareRows([[figure(12, 'month')], [figure(15, 'month')]], fmt);
    expect(later!.differences[0]!.text).toBe('+3 Monate');
    const [share] = compareRows([[figure(0.1, 'percent')], [figure(0.125, 'percent')]], fmt);
    expect(share!.differences[0]!.text).toBe('+2,5 Pp.');
  });
});

test('a caution in the CSV writes its numbers in the page’s format, US English’s without one', () => {
  const bold = projectionOf(
    oneSegment(DEFAULT_ASSUMPTIONS, {
      monthlyChurn: { base: DEFAULT_SEGMENT.monthlyChurn.base, withCs: 0.001 },
    }),
  );
  const caution = (csv: string) => readCsv(csv).find((r) => r[0] === 'Caution')?.[1];
  expect(caution(kpiCsv(bold, meta, 0))).toMatch(/from 0,8\s%/);
  expect(caution(kpiCsv(bold, { title: meta.title, currency: 'EUR', createdAt: meta.createdAt }, 0))).toMatch(
    /from 0\.8% to 0\.1%/,
  );
});

describe('the workbook’s number formats', () => {
  const percent = '0.0%';
  const formatsOf = (column: string, inputs = DEFAULT_ASSUMPTIONS) => {
    const monthly = sheets(projectionOf(inputs), 0, meta)[1]!.data as (CellObject | null)[][];
    const at = (monthly[0] as CellObject[]).findIndex((c) => c?.value === column);
    expect(at).toBeGreaterThan(0);
    return { monthly, at };
  };

  test('each month column is formatted by its unit (logo retention as a percent, not money)', () => {
    const { monthly, at } = formatsOf('With CS: Logo retention, trailing 12 months');
    expect(monthly[13]![at]).toMatchObject({ type: Number, format: percent });
  });

  test('a segment’s rows, with its name in front, keep each column’s format', () => {
    const segments = presetById('three-tier')!.assumptions;
    const { monthly, at } = formatsOf('With CS: CS coverage', segments);
    const first = monthly.findIndex(
      (row) => typeof row[0]?.value === 'string' && row.length > monthly[0]!.length,
    );
    const row = monthly[first + 2]!;
    expect(row[1]).toMatchObject({ type: Number, format: '0' });
    expect(row[at + 1]).toMatchObject({ type: Number, format: percent });
  });
});

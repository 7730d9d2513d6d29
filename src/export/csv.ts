import { inputPaths, readInput, type Assumptions, type MonthRow } from '../model/index.ts';
import { labelOf, segmentOf, STAFFING_LABEL, STAFFING_NAMES } from '../input-catalog.ts';
import { kpiFigures } from '../store/kpi-figures.ts';
import type { Projection } from '../store/projection.ts';

/**
 * CSV files a spreadsheet opens as they are: UTF-8 with a byte-order mark (Excel needs it to read
 * "€"), CRLF rows (RFC 4180), numbers written with "." and no grouping whatever the page's locale,
 * and every text cell defused against formula injection.
 */

export type Cell = string | number | null;

export interface CsvMeta {
  /** The scenario's name, or what the file is. Text from a person: escaped like every text cell. */
  title: string;
  currency: string;
  /** When the file was made, ISO. */
  createdAt: string;
}

/** Characters that make Excel, Sheets or LibreOffice read a cell as a formula or split it. */
const FORMULA_START = /^[=+\-@\t\r\n]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** A number in a locale-independent form, to twelve significant digits; no number is left empty. */
export function numberCell(value: number): string {
  if (!Number.isFinite(value)) return '';
  const n = Number(value.toPrecision(12));
  return String(n === 0 ? 0 : n);
}

/**
 * One cell. Numbers are written as numbers; text that starts like a formula gets a leading apostrophe
 * (OWASP's advice: spreadsheets show it as text and hide the apostrophe), then quotes if it needs them.
 */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return numberCell(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Every input of the scenario; a segment's are named after it when there are several. */
function assumptionRows(a: Assumptions): Cell[][] {
  const named = (path: Parameters<typeof segmentOf>[0], label: string): string => {
    const segment = segmentOf(path);
    return a.segments.length > 1 && segment !== null ? `${a.segments[segment]!.name}: ${label}` : label;
  };
  return [
    [STAFFING_LABEL, STAFFING_NAMES[a.team.staffing]],
    ...inputPaths(a).map((path): Cell[] => [named(path, labelOf(path)), readInput(a, path)]),
  ];
}

/** The file's head: what it is, and every assumption behind its numbers. */
function header(p: Projection, meta: CsvMeta): Cell[][] {
  return [
    ['Customer Success ROI calculator', meta.title],
    ['Created', meta.createdAt],
    ['Currency', meta.currency],
    ['Rates are fractions', '0.015 means 1.5 %'],
    [],
    ['Assumption', 'Value'],
    ...assumptionRows(p.inputs),
    [],
  ];
}

const MONTH_COLUMNS: readonly [string, (r: MonthRow) => number | null][] = [
  ['Accounts', (r) => r.accounts],
  ['MRR', (r) => r.mrr],
  ['New accounts', (r) => r.newAccounts],
  ['New MRR', (r) => r.newMrr],
  ['Expansion MRR', (r) => r.expansionMrr],
  ['Contraction MRR', (r) => r.contractionMrr],
  ['Churned MRR', (r) => r.churnedMrr],
  ['Churned accounts', (r) => r.churnedAccounts],
  ['Revenue', (r) => r.revenue],
  ['Gross profit', (r) => r.grossProfit],
  ['Acquisition spend', (r) => r.cacSpend],
  ['CS cost', (r) => r.csCost],
  ['Contribution', (r) => r.contribution],
  ['Cumulative contribution', (r) => r.cumulativeContribution],
  ['CS coverage', (r) => r.coverage],
  ['Net revenue retention', (r) => r.nrr],
  ['Gross revenue retention', (r) => r.grr],
  ['Logo retention', (r) => r.logoRetention],
];

/** Month by month, with CS and without, side by side. */
export function monthlyCsv(p: Projection, meta: CsvMeta): string {
  const e = p.evaluation;
  const columns = [
    'Month',
    ...MONTH_COLUMNS.map(([name]) => `With CS: ${name}`),
    ...MONTH_COLUMNS.map(([name]) => `Without CS: ${name}`),
    'Cumulative net benefit of CS',
  ];
  const rows = e.withCs.rows.map((row, t): Cell[] => [
    t,
    ...MONTH_COLUMNS.map(([, read]) => read(row)),
    ...MONTH_COLUMNS.map(([, read]) => read(e.baseline.rows[t]!)),
    e.cumulativeNetBenefit[t]!,
  ]);
  return toCsv([...header(p, meta), columns, ...rows]);
}

/** The key figures, with CS and without. */
export function kpiCsv(p: Projection, meta: CsvMeta): string {
  const rows = kpiFigures(p).map((f): Cell[] => [f.label, f.withCs, f.withoutCs, f.unit]);
  return toCsv([...header(p, meta), ['Key figure', 'With CS', 'Without CS', 'Unit'], ...rows]);
}

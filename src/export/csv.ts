import { inputPaths, readInput, type Assumptions, type MonthRow } from '../model/index.ts';
import { labelOf, segmentOf, STAFFING_LABEL, STAFFING_NAMES } from '../input-catalog.ts';
import { kpiFigures, segmentFigures } from '../store/kpis.ts';
import type { Projection } from '../store/projection-of.ts';
import { cautionsOf, illustrativeLabel } from '../warnings.ts';

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

// NOTE: the file is written with commas, but a spreadsheet may split it on another character: Excel in
// de-DE or fr-FR splits on ";", a paste splits on TAB, some tools on "|"; and a reader may ignore quotes, or
// honour them only at the start of a field (RFC 4180), where its own field starts. So a text cell is defused
// for every reader, not only ours (OWASP, CSV injection):
// 1. Text that starts like a formula (= + - @, maybe after spaces a reader trims) or with a tab or line break
//    gets a leading apostrophe: spreadsheets show it as text.
// 2. Inside the text, each piece a reader splitting at a separator or line break would get is defused the
//    same way, with an apostrophe right after that comma, semicolon, TAB, "|", CR or LF when a formula
//    character follows it, maybe after spaces and one quote: a reader that honours quotes opens a quoted
//    field at such a quote, and what follows its closing quote would start the cell.
// 3. Text with any separator, a quote, a line break, or spaces at either end is quoted, quotes doubled, so
//    that a reader that honours quotes gets it whole.
// Numbers are written as numbers and never touched: a negative number is a number, not a formula. Rows here
// start with a label or a month, never with a negative number, which a reader splitting on another
// character would read together with the cells after it.
const FORMULA_START = /^(?:\s*[=+\-@]|[\t\r\n])/;
const FORMULA_AFTER_SPLIT = /([,;\t|\r\n])(?=[^\S\r\n]*"?[^\S\r\n]*[=+\-@])/g;
const NEEDS_QUOTES = /[",;\t|\r\n]|^\s|\s$/;

/** A number in a locale-independent form, to twelve significant digits; no number is left empty. */
export function numberCell(value: number): string {
  if (!Number.isFinite(value)) return '';
  const n = Number(value.toPrecision(12));
  return String(n === 0 ? 0 : n);
}

/** One cell: numbers as numbers, text defused and quoted as the note above says. */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return numberCell(cell);
  const text = (FORMULA_START.test(cell) ? `'${cell}` : cell).replace(FORMULA_AFTER_SPLIT, "$1'");
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[], separator = ',', cell = csvCell): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
}

/**
 * Every input of the scenario; a segment's are named after it when there are several. The staffing policy
 * first, then one row per path of inputPaths(a), in its order.
 */
export function assumptionRows(a: Assumptions): Cell[][] {
  const named = (path: Parameters<typeof segmentOf>[0], label: string): string => {
    const segment = segmentOf(path);
    return a.segments.length > 1 && segment !== null ? `${a.segments[segment]!.name}: ${label}` : label;
  };
  return [
    [STAFFING_LABEL, STAFFING_NAMES[a.team.staffing]],
    ...inputPaths(a).map((path): Cell[] => [named(path, labelOf(path)), readInput(a, path)]),
  ];
}

/** The cautions' rows: the scenario labelled illustrative, and each caution in words. */
function cautionRows(p: Projection, meta: CsvMeta): Cell[][] {
  // NOTE: the file's numbers are locale-free; its sentences are written in US English, in the file's currency.
  const cautions = cautionsOf(p.inputs, p.evaluation, { locale: 'en-US', currency: meta.currency });
  const label = illustrativeLabel(cautions);
  return [
    ...(label === null ? [] : [['Illustrative', label]]),
    ...cautions.map((c): Cell[] => ['Caution', `${c.assumption}: ${c.scenario} ${c.studies}`]),
  ];
}

/** The file's head: what it is, any caution on it, and every assumption behind its numbers. */
export function header(p: Projection, meta: CsvMeta): Cell[][] {
  return [
    ['Customer Success ROI calculator', meta.title],
    ...cautionRows(p, meta),
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
  // NOTE: month 0 is the opening position, before any month has run: its flows (gross profit, spend,
  // contribution) are 0, and so is its revenue here. The model's row carries the opening MRR as revenue.
  ['Revenue', (r) => (r.month === 0 ? 0 : r.revenue)],
  ['Gross profit', (r) => r.grossProfit],
  ['Acquisition spend', (r) => r.cacSpend],
  ['CS cost', (r) => r.csCost],
  ['Contribution', (r) => r.contribution],
  ['Cumulative contribution', (r) => r.cumulativeContribution],
  ['CS coverage', (r) => r.coverage],
  ['Net revenue retention', (r) => r.nrr],
  ['Gross revenue retention', (r) => r.grr],
  ['Logo retention, trailing 12 months', (r) => r.logoRetention],
];

/** Month by month, with CS and without, side by side: the column names, then a row a month. */
export function monthlyTable(p: Projection): Cell[][] {
  const e = p.evaluation;
  const columns = [
    'Month',
    ...MONTH_COLUMNS.map(([name]) => `With CS: ${name}`),
    ...MONTH_COLUMNS.map(([name]) => `Without CS: ${name}`),
    'Cumulative net benefit of CS',
  ];
  const rowsOf = (
    withCs: readonly MonthRow[],
    baseline: readonly MonthRow[],
    cumulative: readonly number[],
  ) =>
    withCs.map((row, t): Cell[] => [
      t,
      ...MONTH_COLUMNS.map(([, read]) => read(row)),
      ...MONTH_COLUMNS.map(([, read]) => read(baseline[t]!)),
      cumulative[t]!,
    ]);
  // NOTE: with several segments, each segment's months follow the whole book's, one block each, with the
  // segment's name in a first column of its own, so a spreadsheet filter picks one segment out.
  const segments =
    p.inputs.segments.length < 2
      ? []
      : [
          [],
          ['Segment', ...columns],
          ...e.segments.flatMap((s, i) =>
            rowsOf(e.withCs.segments[i]!.rows, e.baseline.segments[i]!.rows, s.cumulativeNetBenefit).map(
              (row): Cell[] => [s.name, ...row],
            ),
          ),
        ];
  return [columns, ...rowsOf(e.withCs.rows, e.baseline.rows, e.cumulativeNetBenefit), ...segments];
}

/**
 * The key figures, with CS and without, then each segment's own (with several): the column names, then a
 * row a figure. A new account's worth in the first block is that of segment `segment`, named.
 */
export function kpiTable(p: Projection, segment: number): Cell[][] {
  const rows = [...kpiFigures(p, segment), ...segmentFigures(p)].map((f): Cell[] => [
    f.label,
    f.withCs,
    f.withoutCs,
    f.unit,
  ]);
  return [['Key figure', 'With CS', 'Without CS', 'Unit'], ...rows];
}

export const monthlyCsv = (p: Projection, meta: CsvMeta): string =>
  toCsv([...header(p, meta), ...monthlyTable(p)]);

export const kpiCsv = (p: Projection, meta: CsvMeta, segment: number): string =>
  toCsv([...header(p, meta), ...kpiTable(p, segment)]);

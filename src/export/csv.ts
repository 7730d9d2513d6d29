import { inputPaths, readInput, type Assumptions, type MonthRow } from '../model/index.ts';
import { labelOf, segmentOf, staffingLabel, staffingName } from '../input-catalog.ts';
import { words, type Words } from '../i18n/words.ts';
import { kpiFigures, segmentFigures, type KpiFigure } from '../store/kpis.ts';
import type { Projection } from '../store/projection-of.ts';
import { cautionsOf, illustrativeLabel } from '../warnings.ts';

/**
 * CSV files a spreadsheet opens as they are: UTF-8 with a byte-order mark (Excel needs it to read
 * "€"), CRLF rows (RFC 4180), numbers written with "." and no grouping whatever the page's locale,
 * and every text cell defused against formula injection. Their words, column names included, are in
 * the page's language.
 */

export type Cell = string | number | null;

export interface CsvMeta {
  /** The scenario's name, or what the file is. Text from a person: escaped like every text cell. */
  title: string;
  currency: string;
  /** The number format of the sentences in the file (its cautions); US English when not given. */
  locale?: string;
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
  const t = words().share.files;
  const named = (path: Parameters<typeof segmentOf>[0], label: string): string => {
    const segment = segmentOf(path);
    return a.segments.length > 1 && segment !== null ? t.ofSegment(a.segments[segment]!.name, label) : label;
  };
  return [
    [staffingLabel(), staffingName(a.team.staffing)],
    ...inputPaths(a).map((path): Cell[] => [named(path, labelOf(path)), readInput(a, path)]),
  ];
}

/** The cautions' rows: the scenario labelled illustrative, and each caution in words. */
function cautionRows(p: Projection, meta: CsvMeta): Cell[][] {
  // NOTE: the file's numbers are locale-free; its sentences are written in the page's language, with
  // the numbers in them in the page's number format (US English's for a file made without one).
  const t = words().share.files;
  const cautions = cautionsOf(p.inputs, p.evaluation, {
    locale: meta.locale ?? 'en-US',
    currency: meta.currency,
  });
  const label = illustrativeLabel(cautions);
  return [
    ...(label === null ? [] : [[t.illustrative, label]]),
    ...cautions.map((c): Cell[] => [t.caution, t.cautionText(c.assumption, c.scenario, c.studies)]),
  ];
}

/** The file's head: what it is, any caution on it, and every assumption behind its numbers. */
export function header(p: Projection, meta: CsvMeta): Cell[][] {
  const t = words().share.files;
  return [
    [t.calculator, meta.title],
    ...cautionRows(p, meta),
    [t.created, meta.createdAt],
    [t.currency, meta.currency],
    [t.rates, t.rateExample],
    [],
    [t.assumption, t.value],
    ...assumptionRows(p.inputs),
    [],
  ];
}

/** How a column of the monthly table is written in a workbook. */
export type MonthUnit = 'month' | 'money' | 'count' | 'percent';

type ColumnName = keyof Words['share']['files']['columns'];

const MONTH_COLUMNS: readonly [ColumnName, MonthUnit, (r: MonthRow) => number | null][] = [
  ['accounts', 'count', (r) => r.accounts],
  ['mrr', 'money', (r) => r.mrr],
  ['newAccounts', 'count', (r) => r.newAccounts],
  ['newMrr', 'money', (r) => r.newMrr],
  ['expansionMrr', 'money', (r) => r.expansionMrr],
  ['contractionMrr', 'money', (r) => r.contractionMrr],
  ['churnedMrr', 'money', (r) => r.churnedMrr],
  ['churnedAccounts', 'count', (r) => r.churnedAccounts],
  // NOTE: month 0 is the opening position, before any month has run: its flows (gross profit, spend,
  // contribution) are 0, and so is its revenue here. The model's row carries the opening MRR as revenue.
  ['revenue', 'money', (r) => (r.month === 0 ? 0 : r.revenue)],
  ['grossProfit', 'money', (r) => r.grossProfit],
  ['acquisitionSpend', 'money', (r) => r.cacSpend],
  ['csCost', 'money', (r) => r.csCost],
  ['contribution', 'money', (r) => r.contribution],
  ['cumulativeContribution', 'money', (r) => r.cumulativeContribution],
  ['coverage', 'percent', (r) => r.coverage],
  ['nrr', 'percent', (r) => r.nrr],
  ['grr', 'percent', (r) => r.grr],
  ['logoRetention', 'percent', (r) => r.logoRetention],
];

/**
 * The unit of each column of the monthly table, in its order: the month, each figure with CS, each
 * without, and the cumulative net benefit. A segment's rows have its name in a column before these.
 */
export const MONTHLY_UNITS: readonly MonthUnit[] = [
  'month',
  ...MONTH_COLUMNS.map(([, unit]) => unit),
  ...MONTH_COLUMNS.map(([, unit]) => unit),
  'money',
];

export function monthlyTable(p: Projection): Cell[][] {
  const e = p.evaluation;
  const w = words().share.files;
  const columns = [
    w.month,
    ...MONTH_COLUMNS.map(([name]) => w.withCs(w.columns[name])),
    ...MONTH_COLUMNS.map(([name]) => w.withoutCs(w.columns[name])),
    w.cumulativeNetBenefit,
  ];
  const rowsOf = (
    withCs: readonly MonthRow[],
    baseline: readonly MonthRow[],
    cumulative: readonly number[],
  ) =>
    withCs.map((row, t): Cell[] => [
      t,
      ...MONTH_COLUMNS.map(([, , read]) => read(row)),
      ...MONTH_COLUMNS.map(([, , read]) => read(baseline[t]!)),
      cumulative[t]!,
    ]);
  // NOTE: with several segments, each segment's months follow the whole book's, one block each, with the
  // segment's name in a first column of its own, so a spreadsheet filter picks one segment out.
  const segments =
    p.inputs.segments.length < 2
      ? []
      : [
          [],
          [w.segment, ...columns],
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
  const t = words().share.files;
  const rows = tableFigures(p, segment).map((f): Cell[] => [f.label, f.withCs, f.withoutCs, t.units[f.unit]]);
  return [[t.keyFigure, t.withCsColumn, t.withoutCsColumn, t.unit], ...rows];
}

/** The figures of kpiTable's rows, in its order. */
export const tableFigures = (p: Projection, segment: number): KpiFigure[] => [
  ...kpiFigures(p, segment),
  ...segmentFigures(p),
];

export const monthlyCsv = (p: Projection, meta: CsvMeta): string =>
  toCsv([...header(p, meta), ...monthlyTable(p)]);

export const kpiCsv = (p: Projection, meta: CsvMeta, segment: number): string =>
  toCsv([...header(p, meta), ...kpiTable(p, segment)]);

import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/browser';
import { inputPaths } from '../model/index.ts';
import { infoOf, type Unit } from '../input-catalog.ts';
import { words } from '../i18n/words.ts';
import type { FigureUnit } from '../store/kpis.ts';
import type { Projection } from '../store/projection-of.ts';
import {
  assumptionRows,
  header,
  kpiTable,
  monthlyTable,
  MONTHLY_UNITS,
  tableFigures,
  type Cell,
  type CsvMeta,
  type MonthUnit,
} from './csv.ts';

/**
 * The workbook: one sheet per table (assumptions, months, key figures), numbers stored as numbers with a
 * number format, so a spreadsheet in any locale shows them in its own. Text is stored as text (a string
 * cell is never a formula, whatever it starts with), so a name like "=HYPERLINK(…)" stays what was typed.
 * This module, and the library it uses, load on the first click of the export button only.
 */

const MONEY = '#,##0.00';
const PERCENT = '0.0%';
const COUNT = '#,##0.0';
const WHOLE = '0';
const DECIMAL = '#,##0.00';

const INPUT_FORMAT: Readonly<Record<Unit, string>> = {
  money: MONEY,
  percent: PERCENT,
  count: COUNT,
  months: DECIMAL,
  hours: DECIMAL,
  perYear: DECIMAL,
};

const FIGURE_FORMAT: Readonly<Record<FigureUnit, string>> = {
  money: MONEY,
  percent: PERCENT,
  month: WHOLE,
  count: COUNT,
  ratio: DECIMAL,
};

const MONTH_FORMAT: Readonly<Record<MonthUnit, string>> = {
  month: WHOLE,
  money: MONEY,
  count: COUNT,
  percent: PERCENT,
};

const BOLD = { fontWeight: 'bold' } as const;

/** A cell: a number with `format` (non-finite numbers left empty, like the CSV), text as text. */
function cell(value: Cell, format: string): XlsxCell {
  if (value === null) return null;
  if (typeof value === 'number')
    return Number.isFinite(value) ? { value: value === 0 ? 0 : value, type: Number, format } : null;
  return { value, type: String };
}

const headingRow = (row: readonly Cell[]): XlsxCell[] =>
  row.map((v) => (v === null ? null : { value: String(v), ...BOLD }));

const width = (columns: number, first = 40, rest = 16) =>
  Array.from({ length: columns }, (_, i) => ({ width: i === 0 ? first : rest }));

function assumptionsSheet(p: Projection, meta: CsvMeta): Sheet<Blob> {
  // The header's own assumption rows are replaced by the same rows with each value formatted by its unit.
  const head = header(p, meta);
  const assumptions = assumptionRows(p.inputs);
  const intro = head.slice(0, head.length - assumptions.length - 1);
  const paths = inputPaths(p.inputs);
  const rows: XlsxCell[][] = intro.map((row, i) =>
    i === intro.length - 1 ? headingRow(row) : row.map((v) => cell(v, DECIMAL)),
  );
  assumptions.forEach(([label, value], i) => {
    // The first row is the staffing policy (text); the others follow inputPaths(a), in order.
    const path = i === 0 ? null : paths[i - 1];
    rows.push([
      cell(label ?? null, DECIMAL),
      cell(value ?? null, path ? INPUT_FORMAT[infoOf(path).unit] : DECIMAL),
    ]);
  });
  return { sheet: words().share.files.sheets.assumptions, data: rows, columns: width(2, 48, 24) };
}

function monthlySheet(p: Projection): Sheet<Blob> {
  const [columns = [], ...rows] = monthlyTable(p);
  // A segment's rows carry its name in a first column of their own: their units start one column later.
  const formatAt = (row: readonly Cell[], i: number) =>
    MONTH_FORMAT[MONTHLY_UNITS[i - (row.length - MONTHLY_UNITS.length)] ?? 'money'];
  return {
    sheet: words().share.files.sheets.monthly,
    data: [headingRow(columns), ...rows.map((row) => row.map((v, i) => cell(v, formatAt(row, i))))],
    columns: width(columns.length, 8, 18),
    stickyRowsCount: 1,
  };
}

function kpiSheet(p: Projection, segment: number): Sheet<Blob> {
  const [columns = [], ...rows] = kpiTable(p, segment);
  const figures = tableFigures(p, segment);
  return {
    sheet: words().share.files.sheets.kpis,
    data: [
      headingRow(columns),
      ...rows.map((row, i) => {
        const format = FIGURE_FORMAT[figures[i]!.unit];
        return row.map((v) => cell(v, format));
      }),
    ],
    columns: width(columns.length, 40, 16),
    stickyRowsCount: 1,
  };
}

/** The workbook's sheets, each cell with its value and number format. */
export const sheets = (p: Projection, segment: number, meta: CsvMeta): Sheet<Blob>[] => [
  assumptionsSheet(p, meta),
  monthlySheet(p),
  kpiSheet(p, segment),
];

/** The workbook as a file. */
export function workbook(p: Projection, segment: number, meta: CsvMeta): Promise<Blob> {
  return writeXlsxFile(sheets(p, segment, meta)).toBlob();
}

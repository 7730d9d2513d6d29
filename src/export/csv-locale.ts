import {
  csvCell,
  header,
  kpiTable,
  monthlyTable,
  numberCell,
  toCsv,
  type Cell,
  type CsvMeta,
} from './csv.ts';
import type { Projection } from '../store/projection-of.ts';

/**
 * CSV for a spreadsheet set to the person's locale. A spreadsheet in a locale whose decimal mark is a
 * comma (de-DE, fr-FR, es-ES…) reads "6167667.49" as a number with grouping dots, or as text, and splits
 * rows on ";": it opens a file written the way it writes one. Text cells are defused exactly as in
 * csv.ts (its quoting already covers ";").
 */

export interface CsvStyle {
  separator: ',' | ';';
  decimal: '.' | ',';
}

const COMMA_STYLE: CsvStyle = { separator: ',', decimal: '.' };

/** The CSV a spreadsheet in `locale` expects: ";" and a decimal comma where the locale writes 1,5. */
export function csvStyleFor(locale: string): CsvStyle {
  let decimal: string | undefined;
  try {
    decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  } catch {
    return COMMA_STYLE;
  }
  // NOTE: locales whose decimal mark is neither "." nor "," (ar-EG's "٫") get the plain file: a spreadsheet
  // there reads ASCII digits with ".", and no other mark is safe in a CSV.
  return decimal === ',' ? { separator: ';', decimal: ',' } : COMMA_STYLE;
}

/** One cell in `style`: numbers with its decimal mark and no grouping, text as csvCell writes it. */
export const styledCell =
  (style: CsvStyle) =>
  (cell: Cell): string =>
    typeof cell === 'number' && style.decimal === ',' ? numberCell(cell).replace('.', ',') : csvCell(cell);

export const toLocaleCsv = (rows: readonly (readonly Cell[])[], locale: string): string => {
  const style = csvStyleFor(locale);
  return toCsv(rows, style.separator, styledCell(style));
};

export const localeMonthlyCsv = (p: Projection, meta: CsvMeta, locale: string): string =>
  toLocaleCsv([...header(p, meta), ...monthlyTable(p)], locale);

export const localeKpiCsv = (p: Projection, meta: CsvMeta, segment: number, locale: string): string =>
  toLocaleCsv([...header(p, meta), ...kpiTable(p, segment)], locale);

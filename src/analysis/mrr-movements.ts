import Papa from 'papaparse';
import {
  leverAt,
  validateAssumptions,
  withSegment,
  type Assumptions,
  type Lever,
  type Problem,
} from '../model/index.ts';
import { words } from '../i18n/words.ts';
import { quoteText } from '../quote-text.ts';

/**
 * Monthly MRR movements, as revenue analytics tools export them (one row a month: new, expansion,
 * contraction and churned MRR, the month's MRR, maybe its customers), read into the rates the model runs on.
 */

/** The largest file or pasted text read: about ten thousand months, far more than any export. */
export const MAX_MOVEMENTS_BYTES = 1_000_000;

type Column = 'month' | 'new' | 'expansion' | 'contraction' | 'churned' | 'mrr' | 'customers';

/** Header words each column is known by, compared in lower case without spaces, dashes or underscores. */
const COLUMN_NAMES: Readonly<Record<Column, readonly string[]>> = {
  month: ['month', 'date', 'period'],
  new: ['new', 'newmrr', 'newbusiness', 'newbusinessmrr'],
  expansion: ['expansion', 'expansionmrr', 'upgrade', 'upgrades'],
  contraction: ['contraction', 'contractionmrr', 'downgrade', 'downgrades'],
  churned: ['churned', 'churn', 'churnedmrr', 'churnmrr', 'cancellations'],
  mrr: ['mrr', 'endingmrr', 'totalmrr', 'mrrend'],
  customers: ['customers', 'accounts', 'subscribers', 'activecustomers', 'customercount'],
};
const REQUIRED: readonly Column[] = ['month', 'expansion', 'contraction', 'churned', 'mrr'];

const normalise = (header: string) => header.toLowerCase().replace(/[\s_\-()]/g, '');

export interface MovementEstimates {
  /** Months whose change was used (a month needs the month before it, with MRR above zero). */
  monthsUsed: number;
  firstMonth: string;
  lastMonth: string;
  /** Share of MRR churned a month. */
  monthlyChurn: number;
  /** Share of the MRR left after churn that contracts a month. */
  monthlyContraction: number;
  /** Monthly expansion growth g of the MRR left after churn and contraction. */
  expansionGrowth: number;
  /** MRR per customer in the last month; null without a customers column. */
  arpa: number | null;
}

export type MovementsResult = { ok: true; estimates: MovementEstimates } | { ok: false; message: string };

const refuse = (message: string): MovementsResult => ({ ok: false, message });

/** The refusal of a file or text of `bytes` bytes, above MAX_MOVEMENTS_BYTES. */
export const tooLarge = (bytes: number): MovementsResult =>
  refuse(words().analysis.mrrImport.tooLarge((bytes / 1e6).toFixed(1)));

/** A cell as a number: plain digits, maybe a currency sign or thousands commas; NaN for anything else. */
function numberOf(cell: string): number {
  const text = cell
    .trim()
    .replace(/^[$€£]|[$€£]$/g, '')
    .replace(/^(-?)[$€£]/, '$1');
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

/**
 * Reads a CSV file's text and estimates the monthly rates. Every refusal says in words what was wrong and
 * what the file should hold; nothing is estimated from a file with any bad cell.
 */
export function estimateMovements(text: string): MovementsResult {
  const t = words().analysis.mrrImport;
  if (text.length > MAX_MOVEMENTS_BYTES) return tooLarge(text.length);
  const parsed = Papa.parse<Record<string, string>>(text.trim(), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: normalise,
  });
  const headers = parsed.meta.fields ?? [];
  const columnOf = {} as Record<Column, string | undefined>;
  for (const column of Object.keys(COLUMN_NAMES) as Column[]) {
    columnOf[column] = headers.find((h) => COLUMN_NAMES[column].includes(h));
  }
  const missing = REQUIRED.filter((c) => columnOf[c] === undefined);
  if (missing.length > 0) {
    const found = headers.length === 0 ? t.noHeader : t.columns(headers.map((h) => quoteText(h)).join(', '));
    return refuse(t.missing(found, missing.join(', '), missing.length));
  }
  const rows = parsed.data;
  if (rows.length < 2) {
    return refuse(t.tooFewMonths(rows.length));
  }
  const read = (row: Record<string, string>, i: number, column: Column): number | string => {
    const name = columnOf[column];
    if (name === undefined) return Number.NaN;
    const cell = row[name] ?? '';
    const value = numberOf(cell);
    return Number.isFinite(value) ? value : t.notANumber(i + 2, column, quoteText(cell.slice(0, 24)));
  };
  const months: {
    label: string;
    mrr: number;
    expansion: number;
    contraction: number;
    churned: number;
    customers: number | null;
  }[] = [];
  for (const [i, row] of rows.entries()) {
    const cells = (['mrr', 'expansion', 'contraction', 'churned'] as const).map((c) => read(row, i, c));
    const bad = cells.find((c) => typeof c === 'string');
    if (typeof bad === 'string') return refuse(bad);
    const [mrr, expansion, contraction, churned] = cells as number[];
    if (mrr! < 0) return refuse(t.negativeMrr(i + 2, String(mrr)));
    const customers = columnOf.customers === undefined ? null : read(row, i, 'customers');
    if (typeof customers === 'string') return refuse(customers);
    // NOTE: tools write churn and contraction as negative movements or as positive amounts lost; either
    // way the size is what is lost.
    months.push({
      label: (row[columnOf.month!] ?? '').trim() || t.row(i + 2),
      mrr: mrr!,
      expansion: Math.abs(expansion!),
      contraction: Math.abs(contraction!),
      churned: Math.abs(churned!),
      customers,
    });
  }
  // NOTE: each rate is pooled over the months used (Σ movement ÷ Σ MRR it acted on), in the model's order:
  // churn on last month's MRR, contraction on what churn left, expansion on what both left.
  let opening = 0;
  let churned = 0;
  let contracted = 0;
  let expanded = 0;
  let used = 0;
  let first = '';
  for (let t = 1; t < months.length; t++) {
    const before = months[t - 1]!.mrr;
    if (before <= 0) continue;
    if (used === 0) first = months[t]!.label;
    used++;
    opening += before;
    churned += months[t]!.churned;
    contracted += months[t]!.contraction;
    expanded += months[t]!.expansion;
  }
  if (used === 0) return refuse(t.allZero);
  const monthlyChurn = Math.min(1, churned / opening);
  const afterChurn = opening * (1 - monthlyChurn);
  const monthlyContraction = afterChurn > 0 ? Math.min(1, contracted / afterChurn) : 0;
  const afterContraction = afterChurn * (1 - monthlyContraction);
  const last = months.at(-1)!;
  return {
    ok: true,
    estimates: {
      monthsUsed: used,
      firstMonth: first,
      lastMonth: last.label,
      monthlyChurn,
      monthlyContraction,
      expansionGrowth: afterContraction > 0 ? expanded / afterContraction : 0,
      arpa: last.customers !== null && last.customers > 0 ? last.mrr / last.customers : null,
    },
  };
}

/** A lever whose value at coverage k becomes `value`, keeping how far CS moves it (its with-CS ÷ base). */
function leverThrough(lever: Lever, k: number, value: number): Lever {
  if (lever.base === 0) return { base: value, withCs: value };
  const ratio = lever.withCs / lever.base;
  const base = value / (1 + k * (ratio - 1));
  return { base, withCs: base * ratio };
}

/**
 * The scenario with segment `index` running, at coverage `k` (today's), at the estimated rates: each lever
 * keeps what CS changes about it. Expansion is matched through the size of an expansion, keeping the win
 * rate and the opportunities a year. Goes through validation, like every entry point.
 */
export function applyEstimates(
  a: Assumptions,
  index: number,
  k: number,
  e: MovementEstimates,
): { assumptions: Assumptions; problems: Problem[] } {
  const s = a.segments[index]!;
  const winRate = leverAt(s.expansionWinRate, k);
  const perYear = leverAt(s.expansionsPerYear, k);
  // With no win rate or no opportunity, expansion runs through one opportunity a year that every account takes.
  const opportunity = winRate > 0 && perYear > 0;
  const uplift =
    (Math.pow(1 + e.expansionGrowth, 12 / (opportunity ? perYear : 12)) - 1) / (opportunity ? winRate : 1);
  const segment = {
    ...s,
    monthlyChurn: leverThrough(s.monthlyChurn, k, e.monthlyChurn),
    monthlyContraction: leverThrough(s.monthlyContraction, k, e.monthlyContraction),
    expansionUplift: leverThrough(s.expansionUplift, k, uplift),
    ...(opportunity
      ? {}
      : { expansionWinRate: { base: 1, withCs: 1 }, expansionsPerYear: { base: 12, withCs: 12 } }),
    ...(e.arpa === null ? {} : { arpa: e.arpa }),
  };
  return validateAssumptions(withSegment(a, index, segment));
}

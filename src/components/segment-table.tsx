import { useMemo, useState } from 'react';
import { decimal, money, NO_VALUE, percent, type Formatting } from '../format.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { useFormatting, useProjection } from '../store/projection.ts';
import { segmentRows, sortRows, type SegmentColumn, type SegmentRow } from '../store/segment-rows.ts';
import { useWords } from '../i18n/use-words.ts';
import { words } from '../i18n/words.ts';

type Direction = 'ascending' | 'descending';

/** The columns in order; their names are the words' (table.columns). */
const COLUMNS: readonly { key: SegmentColumn; show: (r: Row, fmt: Formatting) => string }[] = [
  { key: 'name', show: (r) => r.name },
  {
    key: 'roi',
    show: (r, fmt) => (r.roi === null ? words().inputs.table.noCsCost : percent(fmt, r.roi, 0)),
  },
  { key: 'netBenefit', show: (r, fmt) => money(fmt, r.netBenefit, true) },
  { key: 'nrr', show: (r, fmt) => (r.nrr === null ? NO_VALUE : percent(fmt, r.nrr, 1)) },
  { key: 'coverage', show: (r, fmt) => percent(fmt, r.coverage, 0) },
  { key: 'csms', show: (r, fmt) => decimal(fmt, r.csms, 0) },
  { key: 'recommended', show: (r, fmt) => decimal(fmt, r.recommended, 0) },
  { key: 'best', show: (r, fmt) => decimal(fmt, r.best, 0) },
  {
    key: 'csCostShare',
    show: (r, fmt) => (r.csCostShare === null ? NO_VALUE : percent(fmt, r.csCostShare, 1)),
  },
];

type Row = Omit<SegmentRow, 'index'>;

/**
 * What each segment's program returns and its team, one row per segment, sortable by any column.
 */
// NOTE: shown only with two segments or more: with one, its row repeats the KPI cards above it.
export function SegmentTable() {
  const count = useCalculator((s) => s.inputs.segments.length);
  return count > 1 ? <SegmentRowsTable /> : null;
}

function SegmentRowsTable() {
  const projection = useProjection();
  const fmt = useFormatting();
  const active = useCalculator((s) => s.activeSegment);
  const t = useWords().inputs.table;
  const [sort, setSort] = useState<{ key: SegmentColumn; direction: Direction } | null>(null);
  const { rows, total } = useMemo(() => segmentRows(projection), [projection]);
  const sorted = sort ? sortRows(rows, sort.key, sort.direction, fmt.locale) : rows;
  const H = projection.inputs.horizonMonths;
  const next = (key: SegmentColumn): Direction =>
    sort?.key === key && sort.direction === 'descending' ? 'ascending' : 'descending';
  return (
    <section className="segment-table" aria-labelledby="segment-table-title">
      <h2 id="segment-table-title" className="segment-table-title">
        {t.title}
      </h2>
      <p className="segment-table-note">{t.note(decimal(fmt, H, 0))}</p>
      {/* The table scrolls inside its own box on a phone, so the page never scrolls sideways. */}
      <div className="table-scroll" role="region" aria-label={t.region} tabIndex={0}>
        <table>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort?.key === c.key ? sort.direction : undefined}
                  data-column={c.key}
                >
                  <button type="button" onClick={() => setSort({ key: c.key, direction: next(c.key) })}>
                    {t.columns[c.key]}
                    <span aria-hidden="true" className="sort-mark">
                      {sort?.key !== c.key ? '' : sort.direction === 'ascending' ? ' ▲' : ' ▼'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.index} data-segment={r.index} aria-current={r.index === active || undefined}>
                {COLUMNS.map((c) =>
                  c.key === 'name' ? (
                    <th key={c.key} scope="row">
                      {c.show(r, fmt)}
                    </th>
                  ) : (
                    <td key={c.key} data-column={c.key}>
                      {c.show(r, fmt)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-segment="total">
              {COLUMNS.map((c) =>
                c.key === 'name' ? (
                  <th key={c.key} scope="row">
                    {c.show(total, fmt)}
                  </th>
                ) : (
                  <td key={c.key} data-column={c.key}>
                    {c.show(total, fmt)}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

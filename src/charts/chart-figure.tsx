import './register.ts';
import { memo, useState } from 'react';
import { Chart } from 'react-chartjs-2';
import type { ChartSpec, ChartTable } from './chart-spec.ts';

/** A chart with its headline as title, a text description for screen readers, and its numbers as a table. */
export const ChartFigure = memo(function ChartFigure({ name, spec }: { name: string; spec: ChartSpec }) {
  return (
    <figure className="chart" data-chart={name}>
      <figcaption className="chart-title">{spec.headline}</figcaption>
      <div className="chart-canvas">
        <Chart
          type={spec.type}
          data={spec.data as never}
          options={spec.options as never}
          updateMode="none"
          role="img"
          aria-label={spec.description}
        />
      </div>
      <TableToggle table={spec.table} caption={spec.headline} />
    </figure>
  );
});

function TableToggle({ table, caption }: { table: ChartTable; caption: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show as table</summary>
      {open && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={`Table: ${caption}`}>
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row[0]}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

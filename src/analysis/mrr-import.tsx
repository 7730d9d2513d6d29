import { useId, useState } from 'react';
import { percent, money, type Formatting } from '../format.ts';
import { quoteText } from '../quote-text.ts';
import { useCalculator, useCalculatorStore } from '../store/calculator-context.tsx';
import { useFormatting } from '../store/projection.ts';
import { projectionOf, segmentIn } from '../store/projection-of.ts';
import {
  applyEstimates,
  estimateMovements,
  MAX_MOVEMENTS_BYTES,
  type MovementEstimates,
  type MovementsResult,
} from './mrr-movements.ts';

/** The estimates in one sentence, with the months they come from. */
function estimatesText(e: MovementEstimates, fmt: Formatting): string {
  const rate = (x: number) => percent(fmt, x, 2);
  return (
    `From ${e.monthsUsed} monthly change${e.monthsUsed === 1 ? '' : 's'}, ${quoteText(e.firstMonth)} to ${quoteText(e.lastMonth)}: churn ${rate(e.monthlyChurn)} of MRR a month, ` +
    `contraction ${rate(e.monthlyContraction)}, expansion ${rate(e.expansionGrowth)}` +
    (e.arpa === null
      ? ' (no customers column, so no ARPA).'
      : `, ARPA ${money(fmt, e.arpa)} in the last month.`)
  );
}

/** Monthly MRR movements from a CSV file or pasted text: estimates shown first, applied only on request. */
export default function MrrImport() {
  const fmt = useFormatting();
  const store = useCalculatorStore();
  const loadInputs = useCalculator((s) => s.loadInputs);
  const [pasted, setPasted] = useState('');
  const [result, setResult] = useState<MovementsResult | null>(null);
  const [applied, setApplied] = useState('');
  const id = useId();
  const read = (r: MovementsResult) => {
    setApplied('');
    setResult(r);
  };
  return (
    <div className="mrr-import">
      <p className="view-note">
        One row a month with the columns month, new, expansion, contraction, churned and mrr (and customers
        for ARPA), as revenue analytics tools export them.
      </p>
      <label htmlFor={`${id}-file`}>CSV file of monthly MRR movements</label>{' '}
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,text/csv,text/plain"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          if (file.size > MAX_MOVEMENTS_BYTES) {
            read({
              ok: false,
              message: `The file is ${(file.size / 1e6).toFixed(1)} MB; monthly movements fit in far less, so files up to 1 MB are read. Nothing was changed.`,
            });
            return;
          }
          void file.text().then((text) => read(estimateMovements(text)));
        }}
      />
      <p>
        <label htmlFor={`${id}-paste`}>Or paste the rows</label>
        <textarea id={`${id}-paste`} rows={5} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button type="button" onClick={() => read(estimateMovements(pasted))}>
          Estimate from the pasted rows
        </button>
      </p>
      <p className="verdict" role="status" data-verdict="mrr-import">
        {result === null ? '' : result.ok ? estimatesText(result.estimates, fmt) : result.message}
      </p>
      {result?.ok && (
        <button
          type="button"
          className="primary"
          onClick={() => {
            const { inputs: a, activeSegment } = store.getState();
            const segment = segmentIn(a, activeSegment);
            const k = projectionOf(a).evaluation.withCs.segments[segment]?.rows[1]?.coverage ?? 0;
            loadInputs(applyEstimates(a, segment, k, result.estimates).assumptions, 'MRR import');
            setApplied(
              `Churn, contraction and expansion now run at these rates at today’s coverage (${percent(fmt, k, 0)}), each keeping what CS changes about it.`,
            );
          }}
        >
          Use these rates
        </button>
      )}
      <p className="view-note" role="status">
        {applied}
      </p>
    </div>
  );
}

import { useId, useState } from 'react';
import { percent, money, type Formatting } from '../format.ts';
import { plural } from '../i18n/plural.ts';
import { useWords } from '../i18n/use-words.ts';
import { words } from '../i18n/words.ts';
import { quoteText } from '../quote-text.ts';
import { useCalculator, useCalculatorStore } from '../store/calculator-context.tsx';
import { useFormatting } from '../store/projection.ts';
import { projectionOf, segmentIn } from '../store/projection-of.ts';
import {
  applyEstimates,
  estimateMovements,
  MAX_MOVEMENTS_BYTES,
  tooLarge,
  type MovementEstimates,
  type MovementsResult,
} from './mrr-movements.ts';

/** The estimates in one sentence, with the months they come from. */
function estimatesText(e: MovementEstimates, fmt: Formatting): string {
  const t = words().analysis.mrrImport;
  const rate = (x: number) => percent(fmt, x, 2);
  return t.estimates({
    changes: plural(e.monthsUsed, String(e.monthsUsed), t.changeCount),
    first: quoteText(e.firstMonth),
    last: quoteText(e.lastMonth),
    churn: rate(e.monthlyChurn),
    contraction: rate(e.monthlyContraction),
    expansion: rate(e.expansionGrowth),
    arpa: e.arpa === null ? null : money(fmt, e.arpa),
  });
}

/** Monthly MRR movements from a CSV file or pasted text: estimates shown first, applied only on request. */
export default function MrrImport() {
  const fmt = useFormatting();
  const store = useCalculatorStore();
  const loadInputs = useCalculator((s) => s.loadInputs);
  const t = useWords().analysis.mrrImport;
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
      <p className="view-note">{t.note}</p>
      <label htmlFor={`${id}-file`}>{t.file}</label>{' '}
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,text/csv,text/plain"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          if (file.size > MAX_MOVEMENTS_BYTES) {
            read(tooLarge(file.size));
            return;
          }
          void file.text().then((text) => read(estimateMovements(text)));
        }}
      />
      <p>
        <label htmlFor={`${id}-paste`}>{t.paste}</label>
        <textarea id={`${id}-paste`} rows={5} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button type="button" onClick={() => read(estimateMovements(pasted))}>
          {t.estimate}
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
            loadInputs(applyEstimates(a, segment, k, result.estimates).assumptions, t.source);
            setApplied(t.applied(percent(fmt, k, 0)));
          }}
        >
          {t.use}
        </button>
      )}
      <p className="view-note" role="status">
        {applied}
      </p>
    </div>
  );
}

import { useMemo } from 'react';
import { money } from '../format.ts';
import { kpiCards } from '../store/kpis.ts';
import { useFormatting, useProjection } from '../store/projection.ts';
import { useActiveSegment } from '../store/active-segment.ts';
import { useWords } from '../i18n/use-words.ts';

/**
 * The headline results in one compact line, stuck to the top of a narrow screen while the inputs are
 * edited below it (styles.css shows it only where inputs and results are one column): on a phone the
 * KPI cards are thousands of pixels down the page.
 */
export function ResultsBar() {
  const projection = useProjection();
  const fmt = useFormatting();
  const segment = useActiveSegment(projection.inputs);
  const t = useWords().inputs.results;
  const cards = useMemo(() => kpiCards(projection, fmt, segment), [projection, fmt, segment]);
  const card = (name: string) => cards.find((k) => k.name === name);
  const figures = [
    { name: 'roi', label: t.roi, value: card('roi')?.value },
    { name: 'payback', label: t.payback, value: card('payback')?.value },
    { name: 'net-benefit', label: t.netBenefit, value: money(fmt, projection.evaluation.netBenefit, true) },
  ];
  return (
    <div className="results-bar" data-results-bar role="group" aria-label={t.group}>
      {figures.map((f) => (
        <p key={f.name} className="results-bar-figure" data-results-bar-figure={f.name}>
          <span className="results-bar-label">{f.label}</span> <strong>{f.value ?? '–'}</strong>
        </p>
      ))}
    </div>
  );
}

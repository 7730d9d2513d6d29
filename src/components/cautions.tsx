import { useMemo } from 'react';
import { useFormatting, useProjection } from '../store/projection.ts';
import { cautionsOf, illustrativeLabel } from '../warnings.ts';

/** The scenario's cautions beside the key figures: what it assumes beyond published studies, and what they say. */
export function Cautions() {
  const p = useProjection();
  const fmt = useFormatting();
  const cautions = useMemo(() => cautionsOf(p.inputs, p.evaluation, fmt), [p, fmt]);
  if (cautions.length === 0) return null;
  const label = illustrativeLabel(cautions);
  return (
    <section className="cautions" role="note" aria-label="Cautions on this scenario" data-cautions>
      <p className="cautions-title">{label ?? 'A caution on this scenario'}</p>
      <ul>
        {cautions.map((c) => (
          <li key={`${c.rule}:${c.segment ?? 'book'}`} data-caution={c.rule}>
            <strong>{c.assumption}:</strong> {c.scenario} {c.studies}
          </li>
        ))}
      </ul>
    </section>
  );
}

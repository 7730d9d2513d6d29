import { useMemo } from 'react';
import { useFormatting, useProjection } from '../store/projection.ts';
import { cautionsOf, illustrativeLabel } from '../warnings.ts';
import { useWords } from '../i18n/use-words.ts';

/** The scenario's cautions beside the key figures: what it assumes beyond published studies, and what they say. */
export function Cautions() {
  const p = useProjection();
  const fmt = useFormatting();
  const t = useWords();
  // `t` changes with the page's language, and the cautions are worded in it.
  const cautions = useMemo(() => cautionsOf(p.inputs, p.evaluation, fmt), [p, fmt, t]); // eslint-disable-line react-hooks/exhaustive-deps
  if (cautions.length === 0) return null;
  const label = illustrativeLabel(cautions);
  return (
    <section className="cautions" role="note" aria-label={t.kpis.cautions.label} data-cautions>
      <p className="cautions-title">{label ?? t.kpis.cautions.one}</p>
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

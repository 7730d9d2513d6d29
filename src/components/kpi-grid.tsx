import { MethodLink } from './analysis-nav.tsx';
import { memo, useMemo } from 'react';
import { useFormatting, useProjection } from '../store/projection.ts';
import { kpiCards, type KpiCardText } from '../store/kpis.ts';
import { useActiveSegment } from '../store/active-segment.ts';
import { useLanguage, useWords } from '../i18n/use-words.ts';

/** Every KPI card; `headlineOnly` keeps the four that tell the story (the compact embed). */
export function KpiGrid({ headlineOnly = false }: { headlineOnly?: boolean }) {
  const projection = useProjection();
  const fmt = useFormatting();
  const segment = useActiveSegment(projection.inputs);
  const t = useWords().kpis.grid;
  // The cards' words are the page's language: a change of it makes them anew.
  const language = useLanguage();
  const kpis = useMemo(
    () => kpiCards(projection, fmt, segment),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [projection, fmt, segment, language],
  );
  return (
    <section className="kpis" aria-label={t.label}>
      <div className="kpi-row headline">
        {kpis
          .filter((k) => k.headline)
          .map((k) => (
            <KpiCard key={k.name} {...k} />
          ))}
      </div>
      {!headlineOnly && (
        <div className="kpi-row">
          {kpis
            .filter((k) => !k.headline)
            .map((k) => (
              <KpiCard key={k.name} {...k} />
            ))}
        </div>
      )}
    </section>
  );
}

/** Re-renders only when its own text changes. */
const KpiCard = memo(function KpiCard({ name, label, value, detail, tone, formula }: KpiCardText) {
  const t = useWords().kpis.grid;
  return (
    <article className={`kpi tone-${tone}`} data-kpi={name} aria-label={t.card(label, value)}>
      <h3 className="kpi-label">{label}</h3>
      {/* Element Timing: the speed probe (scripts/perf-probe.mjs) reads when a card's figure is painted. */}
      <p className="kpi-value" elementtiming={`kpi-${name}`}>
        {value}
      </p>
      <p className="kpi-detail">{detail}</p>
      <details className="kpi-info">
        <summary aria-label={t.howComputed(label)}>i</summary>
        <p>
          {formula} <MethodLink entry={`kpi-${name}`} label={label} />
        </p>
      </details>
    </article>
  );
});

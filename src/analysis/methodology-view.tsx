import { useEffect } from 'react';
import { MODEL_NOTES } from 'virtual:model-notes';
import { cardLabelOf, KPIS } from '../store/kpis.ts';
import { PRESETS } from '../store/presets.ts';
import { useAnalysisNav } from '../components/analysis-nav.tsx';
import { MONTH_STEPS, ROW_FORMULAS, VIEW_METHODS } from './methodology-content.ts';
import { methodEntryId } from './tabs.ts';
import { useSettledInputs } from '../store/projection.ts';

/** How every number is made: each KPI's formula and meaning, the month order, and each modelling decision. */
export default function MethodologyView() {
  const a = useSettledInputs();
  const nav = useAnalysisNav();
  const pending = nav?.pendingEntry ?? null;
  useEffect(() => {
    if (pending === null) return;
    const entry = document.getElementById(methodEntryId(pending));
    entry?.scrollIntoView({ block: 'start' });
    entry?.focus({ preventScroll: true });
    nav?.entryShown();
  }, [pending, nav]);
  return (
    <div className="analysis-view methodology">
      <p className="view-intro">
        Everything on this page comes from one month-by-month table, run twice: with the CS team as entered,
        and with no CSMs. With the steps below and the inputs on the left, every figure can be rebuilt in a
        spreadsheet.
      </p>
      <section aria-labelledby={methodEntryId('kpis')}>
        <h3 id={methodEntryId('kpis')}>The key figures</h3>
        {KPIS.map((k) => (
          <article key={k.name} id={methodEntryId(`kpi-${k.name}`)} tabIndex={-1} className="method-entry">
            <h4>{cardLabelOf(k, a.horizonMonths)}</h4>
            <dl>
              <dt>Formula</dt>
              <dd>{k.formula}</dd>
              <dt>What it means</dt>
              <dd>{k.meaning}</dd>
              <dt>In a spreadsheet</dt>
              <dd>{k.spreadsheet}</dd>
            </dl>
          </article>
        ))}
      </section>
      <section aria-labelledby={methodEntryId('month-order')} id={methodEntryId('month')} tabIndex={-1}>
        <h3 id={methodEntryId('month-order')}>One month, step by step</h3>
        <p>
          Month 0 is the starting book: the accounts today, all onboarded, each at ARPA. Months 1 to H each
          take these steps in this order:
        </p>
        <ol>
          {MONTH_STEPS.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <ul>
          {ROW_FORMULAS.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={methodEntryId('decisions')}>
        <h3 id={methodEntryId('decisions')}>Modelling decisions</h3>
        <p>
          Each is written at the line of the model that makes it; this list is read from the model itself.
        </p>
        <ul className="notes-list">
          {MODEL_NOTES.map((n) => (
            <li key={`${n.topic}:${n.text}`}>
              <span className="note-file">{n.topic}</span> {n.text}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={methodEntryId('presets')}>
        <h3 id={methodEntryId('presets')}>Where the presets’ numbers come from</h3>
        <p>
          Public benchmarks, some of them secondary reports of paid surveys. No public study measures how much
          a CS program itself cuts churn or lifts expansion: those effects are this project’s judgement.
        </p>
        {PRESETS.map((p) => (
          <article key={p.id} className="method-entry" aria-label={`Sources of the preset ${p.label}`}>
            <h4>{p.label}</h4>
            <ul>
              {p.sources.map((s) => (
                <li key={`${s.name}:${s.took}`}>
                  {s.name}
                  {s.year === null ? '' : ` (${s.year})`}: {s.took}
                </li>
              ))}
            </ul>
          </article>
        ))}
      </section>
      <section aria-labelledby={methodEntryId('views')}>
        <h3 id={methodEntryId('views')}>The analysis views</h3>
        {VIEW_METHODS.map((v) => (
          <article key={v.id} id={methodEntryId(v.id)} tabIndex={-1} className="method-entry">
            <h4>{v.title}</h4>
            <p>{v.text}</p>
          </article>
        ))}
      </section>
    </div>
  );
}

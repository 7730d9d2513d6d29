import { useEffect } from 'react';
import { MODEL_NOTES } from 'virtual:model-notes';
import { cardLabelOf, KPIS } from '../store/kpis.ts';
import { PRESETS } from '../store/presets.ts';
import { useAnalysisNav } from '../components/analysis-nav.tsx';
import { VIEW_METHODS } from './methodology-content.ts';
import { methodEntryId } from './tabs.ts';
import { useSettledInputs } from '../store/projection.ts';
import { useMethodologyWords } from '../i18n/use-methodology-words.ts';

/** How every number is made: each KPI's formula and meaning, the month order, and each modelling decision. */
export default function MethodologyView() {
  const t = useMethodologyWords();
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
      <p className="view-intro">{t.intro}</p>
      <section aria-labelledby={methodEntryId('kpis')}>
        <h3 id={methodEntryId('kpis')}>{t.kpisHeading}</h3>
        {KPIS.map((k) => (
          <article key={k.name} id={methodEntryId(`kpi-${k.name}`)} tabIndex={-1} className="method-entry">
            <h4>{cardLabelOf(k, a.horizonMonths)}</h4>
            <dl>
              <dt>{t.formula}</dt>
              <dd>{k.formula}</dd>
              <dt>{t.meaning}</dt>
              <dd>{k.meaning}</dd>
              <dt>{t.spreadsheet}</dt>
              <dd>{k.spreadsheet}</dd>
            </dl>
          </article>
        ))}
      </section>
      <section aria-labelledby={methodEntryId('month-order')} id={methodEntryId('month')} tabIndex={-1}>
        <h3 id={methodEntryId('month-order')}>{t.monthHeading}</h3>
        <p>{t.monthIntro}</p>
        <ol>
          {t.monthSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <ul>
          {t.rowFormulas.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={methodEntryId('decisions')}>
        <h3 id={methodEntryId('decisions')}>{t.decisionsHeading}</h3>
        <p>{t.decisionsIntro}</p>
        <ul className="notes-list">
          {MODEL_NOTES.map((n) => (
            <li key={`${n.topic}:${n.text}`}>
              <span className="note-file">{t.noteTopics[n.topic]}</span> {t.modelNotes[n.text] ?? n.text}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={methodEntryId('presets')}>
        <h3 id={methodEntryId('presets')}>{t.presetsHeading}</h3>
        <p>{t.presetsIntro}</p>
        {PRESETS.map((p) => (
          <article key={p.id} className="method-entry" aria-label={t.presetSourcesLabel(p.label)}>
            <h4>{p.label}</h4>
            <ul>
              {p.sources.map((s) => (
                <li key={`${s.name}:${s.took}`}>
                  {t.presetSource(s.name, s.year === null ? null : String(s.year), s.took)}
                </li>
              ))}
            </ul>
          </article>
        ))}
      </section>
      <section aria-labelledby={methodEntryId('views')}>
        <h3 id={methodEntryId('views')}>{t.viewsHeading}</h3>
        {VIEW_METHODS.map((v) => (
          <article key={v.id} id={methodEntryId(v.id)} tabIndex={-1} className="method-entry">
            <h4>{t.views[v.words].title}</h4>
            <p>{t.views[v.words].text}</p>
          </article>
        ))}
      </section>
    </div>
  );
}

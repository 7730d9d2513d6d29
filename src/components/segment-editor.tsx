import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MAX_SEGMENTS } from '../model/index.ts';
import { explainProblems } from '../input-catalog.ts';
import { useCalculator, useCalculatorStore } from '../store/calculator-context.tsx';
import { useFormatting } from '../store/projection.ts';
import { copyOf, SEGMENT_TEMPLATES } from '../store/segment-templates.ts';
import { tabAfterKey } from './tab-keys.ts';
import { useWords } from '../i18n/use-words.ts';
import { decimal } from '../format.ts';

const COPY = 'copy';

/**
 * The segments as tabs (the WAI-ARIA tabs pattern: arrow keys, Home and End move between segments) with
 * the segment on screen's inputs in the tab panel. `manage` adds adding, renaming and removing segments;
 * without it (presenter mode) a person can only choose a segment. With one segment and nothing to
 * manage, the inputs show alone, as before segments.
 */
export function SegmentEditor({ manage, children }: { manage: boolean; children: ReactNode }) {
  const names = useCalculator(useShallow((s) => s.inputs.segments.map((x) => x.name)));
  const active = useCalculator((s) => s.activeSegment);
  const selectSegment = useCalculator((s) => s.selectSegment);
  const t = useWords().inputs.segments;
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  if (!manage && names.length === 1) return <>{children}</>;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = tabAfterKey(e.key, active, names.length, true);
    if (next === null) return;
    e.preventDefault();
    selectSegment(next);
    tabs.current[next]?.focus();
  };

  return (
    <section className="segments" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="segments-title">
        {t.title}
      </h2>
      <div role="tablist" aria-label={t.title} className="tablist segment-tabs" onKeyDown={onKeyDown}>
        {names.map((name, i) => (
          <button
            // Segments have no ids of their own; the index is what the store and the link know them by.
            key={i}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${i}`}
            data-segment-tab={i}
            aria-selected={i === active}
            aria-controls={i === active ? `${id}-panel` : undefined}
            tabIndex={i === active ? 0 : -1}
            onClick={() => selectSegment(i)}
          >
            {name}
          </button>
        ))}
      </div>
      {manage && <SegmentTools key={active} index={active} name={names[active]!} count={names.length} />}
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${active}`}
        className="segment-panel"
      >
        {children}
      </div>
    </section>
  );
}

/** Add a segment (from a template or as a copy), rename or remove the one on screen. */
function SegmentTools({ index, name, count }: { index: number; name: string; count: number }) {
  const { addSegment, renameSegment, removeSegment } = useCalculator(
    useShallow((s) => ({
      addSegment: s.addSegment,
      renameSegment: s.renameSegment,
      removeSegment: s.removeSegment,
    })),
  );
  // Read on click, not subscribed to: a slider step in this segment must not re-render its tools.
  const store = useCalculatorStore();
  const fmt = useFormatting();
  const t = useWords().inputs.segments;
  const [template, setTemplate] = useState<string>(SEGMENT_TEMPLATES[0]!.id);
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const id = useId();
  const full = count >= MAX_SEGMENTS;

  const rename = () => {
    if (draft === null) return;
    setDraft(null);
    setMessage(draft === name ? '' : explainProblems(renameSegment(index, draft), fmt));
  };
  const add = () => {
    const chosen = SEGMENT_TEMPLATES.find((choice) => choice.id === template);
    if (chosen) addSegment(chosen.segment);
    else addSegment(copyOf(store.getState().inputs.segments[index]!));
  };

  return (
    <div className="segment-tools">
      <div className="segment-tool">
        <label htmlFor={`${id}-name`} className="field-label">
          {t.name}
        </label>
        <div className="field-row">
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            value={draft ?? name}
            aria-describedby={`${id}-msg`}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={rename}
            onKeyDown={(e) => {
              if (e.key === 'Enter') rename();
              if (e.key === 'Escape') setDraft(null);
            }}
          />
          {/* The last segment cannot go: no button that could never be used. */}
          {count > 1 && (
            <button type="button" onClick={() => removeSegment(index)}>
              {t.remove(name)}
            </button>
          )}
        </div>
        <p id={`${id}-msg`} className="field-message" role="status">
          {message}
        </p>
      </div>
      <div className="segment-tool">
        <label htmlFor={`${id}-add`} className="field-label">
          {t.add}
        </label>
        <div className="field-row">
          <select id={`${id}-add`} value={template} onChange={(e) => setTemplate(e.target.value)}>
            {SEGMENT_TEMPLATES.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.segment.name}
              </option>
            ))}
            <option value={COPY}>{t.aCopyOf(name)}</option>
          </select>
          <button type="button" onClick={add} disabled={full} aria-describedby={`${id}-limit`}>
            {t.addButton}
          </button>
        </div>
        <p id={`${id}-limit`} className="input-hint">
          {full ? t.full(decimal(fmt, MAX_SEGMENTS, 0)) : t.upTo(decimal(fmt, MAX_SEGMENTS, 0))}
        </p>
      </div>
    </div>
  );
}

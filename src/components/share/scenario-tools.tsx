import './share.css';
import { lazy, Suspense, useId, useRef, useState, type ComponentType, type KeyboardEvent } from 'react';
import { useCalculator } from '../../store/calculator-context.tsx';
import { CopyLink } from './copy-link.tsx';
import { PanelBoundary } from './panel-boundary.tsx';

type PanelProps = { onClose: () => void };

// Each panel is its own chunk, fetched on first open: the page's first load carries none of them.
const PANELS: readonly { id: string; label: string; Panel: ComponentType<PanelProps> }[] = [
  { id: 'scenarios', label: 'Scenarios', Panel: lazy(() => import('./scenarios-panel.tsx')) },
  { id: 'compare', label: 'Compare', Panel: lazy(() => import('./compare-panel.tsx')) },
  { id: 'export', label: 'Export', Panel: lazy(() => import('./export-panel.tsx')) },
  { id: 'present', label: 'Present', Panel: lazy(() => import('./presenter-panel.tsx')) },
];

/** Share, save, compare, export and present: a row of buttons, each opening its panel under the header. */
export function ScenarioTools() {
  const presenter = useCalculator((s) => s.presenter);
  const setPresenter = useCalculator((s) => s.setPresenter);
  const [open, setOpen] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const id = useId();
  const current = PANELS.find((p) => p.id === open);

  if (presenter) {
    return (
      <div className="tools" role="group" aria-label="Presenter mode">
        <CopyLink />
        <button type="button" className="primary" onClick={() => setPresenter(null)}>
          Back to full mode
        </button>
      </div>
    );
  }

  const close = () => {
    if (open) buttons.current.get(open)?.focus();
    setOpen(null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
  };
  return (
    <>
      <div className="tools" role="group" aria-label="Share, save and export">
        <CopyLink />
        {PANELS.map((p) => (
          <button
            key={p.id}
            type="button"
            ref={(el) => {
              if (el) buttons.current.set(p.id, el);
            }}
            aria-expanded={open === p.id}
            {...(open === p.id ? { 'aria-controls': `${id}-panel` } : {})}
            data-tool={p.id}
            onClick={() => setOpen(open === p.id ? null : p.id)}
          >
            {p.label}
          </button>
        ))}
      </div>
      {current && (
        <section id={`${id}-panel`} className="tool-panel" aria-label={current.label} onKeyDown={onKeyDown}>
          <PanelBoundary key={current.id}>
            <Suspense fallback={<p className="panel-hint">Loading…</p>}>
              <current.Panel onClose={close} />
            </Suspense>
          </PanelBoundary>
          <button type="button" className="panel-close" onClick={close} aria-label={`Close ${current.label}`}>
            ×
          </button>
        </section>
      )}
    </>
  );
}

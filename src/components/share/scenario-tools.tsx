import './share.css';
import { lazy, Suspense, useId, useRef, useState, type ComponentType, type KeyboardEvent } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import type { Words } from '../../i18n/words.ts';
import { useCalculator } from '../../store/calculator-context.tsx';
import { CopyLink } from './copy-link.tsx';
import { PanelBoundary } from './panel-boundary.tsx';

type PanelProps = { onClose: () => void };

// Each panel is its own chunk, fetched on first open: the page's first load carries none of them.
const PANELS: readonly { id: keyof Words['share']['tools']['panels']; Panel: ComponentType<PanelProps> }[] = [
  { id: 'scenarios', Panel: lazy(() => import('./scenarios-panel.tsx')) },
  { id: 'compare', Panel: lazy(() => import('./compare-panel.tsx')) },
  { id: 'export', Panel: lazy(() => import('./export-panel.tsx')) },
  { id: 'present', Panel: lazy(() => import('./presenter-panel.tsx')) },
];

/** Share, save, compare, export and present: a row of buttons, each opening its panel under the header. */
export function ScenarioTools() {
  const presenter = useCalculator((s) => s.presenter);
  const setPresenter = useCalculator((s) => s.setPresenter);
  const t = useWords().share.tools;
  const [open, setOpen] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const id = useId();
  const current = PANELS.find((p) => p.id === open);

  if (presenter) {
    return (
      <div className="tools" role="group" aria-label={t.presenting}>
        <CopyLink />
        <button type="button" className="primary" onClick={() => setPresenter(null)}>
          {t.backToFull}
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
      <div className="tools" role="group" aria-label={t.group}>
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
            {t.panels[p.id]}
          </button>
        ))}
      </div>
      {current && (
        <section
          id={`${id}-panel`}
          className="tool-panel"
          aria-label={t.panels[current.id]}
          onKeyDown={onKeyDown}
        >
          <PanelBoundary key={current.id}>
            <Suspense fallback={<p className="panel-hint">{t.loading}</p>}>
              <current.Panel onClose={close} />
            </Suspense>
          </PanelBoundary>
          <button
            type="button"
            className="panel-close"
            onClick={close}
            aria-label={t.close(t.panels[current.id])}
          >
            ×
          </button>
        </section>
      )}
    </>
  );
}

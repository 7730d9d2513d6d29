import { lazy, Suspense, useEffect } from 'react';
import { AnalysisNavProvider } from '../components/analysis-nav.tsx';
import { useOnClient } from '../client-only.ts';
import { ChartGrid } from '../charts/chart-grid.tsx';
import { ACTIVE_SEGMENT } from '../store/projection-of.ts';
import { InputPanel } from '../components/input-panel.tsx';
import { KpiGrid } from '../components/kpi-grid.tsx';
import { Notices } from '../components/notices.tsx';
import { ResultsBar } from '../components/results-bar.tsx';
import { PrintAssumptions, PrintTitle } from '../components/print-assumptions.tsx';
import { ScenarioTools } from '../components/share/scenario-tools.tsx';
import { Summary } from '../components/summary.tsx';
import { Toolbar } from '../components/toolbar.tsx';
import { ScenarioNameLabel, useUndoKeys } from '../components/undo-redo.tsx';
import { useCalculator } from '../store/calculator-context.tsx';
import { usePageTheme } from '../store/use-theme.ts';

// The analysis views load after the page: none of their code is in the first bundle.
const AnalysisArea = lazy(() =>
  import('../analysis/analysis-area.tsx').then((m) => ({ default: m.AnalysisArea })),
);

/**
 * The full calculator page: inputs on the left, what they are worth on the right. The build-time HTML of
 * each large part sits in its own Suspense boundary, which React hydrates as a task of its own: a slow
 * phone gets a few short tasks on load instead of one long one.
 */
export function Calculator() {
  usePageTheme();
  const presenter = useCalculator((s) => s.presenter);
  const onClient = useOnClient();
  useUndoKeys();
  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenting', presenter !== null);
  }, [presenter]);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Customer Success ROI</h1>
          <p className="tagline">What retention, onboarding and expansion are worth, month after month.</p>
          <ScenarioNameLabel />
          <PrintTitle />
        </div>
        {!presenter && <Toolbar />}
        <ScenarioTools />
      </header>
      <Notices />
      <main>
        <Summary />
        <div className="layout">
          <Suspense>
            <ResultsBar />
          </Suspense>
          <section className="inputs" aria-label="Assumptions">
            <Suspense>
              <InputPanel
                segment={ACTIVE_SEGMENT}
                {...(presenter ? { visible: (key) => presenter.includes(key) } : {})}
              />
            </Suspense>
          </section>
          <div className="results">
            <AnalysisNavProvider>
              <PrintAssumptions />
              <Suspense>
                <KpiGrid />
              </Suspense>
              <Suspense>
                <ChartGrid />
              </Suspense>
              {onClient && (
                <Suspense fallback={null}>
                  <AnalysisArea />
                </Suspense>
              )}
            </AnalysisNavProvider>
          </div>
        </div>
      </main>
    </div>
  );
}

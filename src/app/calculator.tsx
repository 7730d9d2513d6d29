import { lazy, Suspense, useEffect } from 'react';
import { AnalysisNavProvider } from '../components/analysis-nav.tsx';
import { AfterFirstScreen } from '../client-only.ts';
import { ChartGrid } from '../charts/chart-grid.tsx';
import { Cautions } from '../components/cautions.tsx';
import { InputPanel } from '../components/input-panel.tsx';
import { KpiGrid } from '../components/kpi-grid.tsx';
import { Notices } from '../components/notices.tsx';
import { ResultsBar } from '../components/results-bar.tsx';
import { SegmentTable } from '../components/segment-table.tsx';
import { PrintAssumptions, PrintTitle } from '../components/print-assumptions.tsx';
import { ScenarioTools } from '../components/share/scenario-tools.tsx';
import { Summary } from '../components/summary.tsx';
import { Toolbar } from '../components/toolbar.tsx';
import { ScenarioNameLabel, useUndoKeys } from '../components/undo-redo.tsx';
import { useWords } from '../i18n/use-words.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { usePageTheme } from '../store/use-theme.ts';
import { usePageTitle } from './page-title.ts';

// The organisation's charts load only once the scenario has segments or a hiring plan to show.
const OrganisationCharts = lazy(() => import('../charts/organisation-charts.tsx'));

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
  usePageTitle();
  const t = useWords().app;
  const presenter = useCalculator((s) => s.presenter);
  const activeSegment = useCalculator((s) => s.activeSegment);
  const organised = useCalculator(
    (s) => s.inputs.segments.length > 1 || s.inputs.team.staffing === 'hireToCoverage',
  );
  useUndoKeys();
  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenting', presenter !== null);
  }, [presenter]);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>{t.heading}</h1>
          <p className="tagline">{t.tagline}</p>
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
          <section className="inputs" aria-label={t.assumptions}>
            <Suspense>
              <InputPanel
                segment={activeSegment}
                segments={presenter ? 'choose' : 'manage'}
                {...(presenter ? { visible: (key) => presenter.includes(key) } : {})}
              />
            </Suspense>
          </section>
          <div className="results">
            <AnalysisNavProvider>
              {/* Print only: not part of the first screen's HTML or of hydration. */}
              <AfterFirstScreen>
                <PrintAssumptions />
              </AfterFirstScreen>
              <Suspense>
                <KpiGrid />
              </Suspense>
              <Cautions />
              <SegmentTable />
              {/* The chart grid first, and not in a Suspense boundary of its own: such a boundary hydrates
                  after the rest, and the charts on screen then queued for their creation turns behind the
                  analysis area's. */}
              <AfterFirstScreen>
                <ChartGrid />
                {organised && (
                  <Suspense fallback={null}>
                    <OrganisationCharts />
                  </Suspense>
                )}
                <Suspense fallback={null}>
                  <AnalysisArea />
                </Suspense>
              </AfterFirstScreen>
            </AnalysisNavProvider>
          </div>
        </div>
      </main>
    </div>
  );
}

import { lazy, Suspense, useId, useRef, type ComponentType, type KeyboardEvent } from 'react';
import { useAnalysisNav } from '../components/analysis-nav.tsx';
import { tabAfterKey } from '../components/tab-keys.ts';
import { useWords } from '../i18n/use-words.ts';
import { ANALYSIS_TABS, type AnalysisTab } from './tabs.ts';
import { ViewStateProvider } from './view-state.tsx';
import './analysis.css';

type ViewModule = Promise<{ default: ComponentType }>;

/** Each view is its own chunk, fetched when its tab is first shown (or hovered). */
const LOADERS: Readonly<Record<AnalysisTab, () => ViewModule>> = {
  'your-numbers': () => import('./your-numbers-view.tsx'),
  headcount: () => import('./team-view.tsx'),
  race: () => import('./race-view.tsx'),
  cohorts: () => import('./cohorts-view.tsx'),
  sensitivity: () => import('./sensitivity-view.tsx'),
  goal: () => import('./goal-seek-view.tsx'),
  uncertainty: () => import('./uncertainty-view.tsx'),
  finance: () => import('./finance-view.tsx'),
  methodology: () => import('./methodology-view.tsx'),
};

const VIEWS = {} as Record<AnalysisTab, ComponentType>;
for (const { id } of ANALYSIS_TABS) VIEWS[id] = lazy(LOADERS[id]);

/**
 * The analysis views as tabs (the WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs,
 * Tab moves into the open panel). Only the open view is mounted, so hidden views never recompute.
 */
export function AnalysisArea() {
  const nav = useAnalysisNav();
  const t = useWords().analysis;
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  if (!nav) return null;
  const { tab, selectTab } = nav;
  const index = ANALYSIS_TABS.findIndex((v) => v.id === tab);
  const View = VIEWS[tab];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = tabAfterKey(e.key, index, ANALYSIS_TABS.length);
    if (next === null) return;
    e.preventDefault();
    selectTab(ANALYSIS_TABS[next]!.id);
    tabs.current[next]?.focus();
  };

  return (
    <section className="analysis" aria-labelledby={`${id}-title`} data-analysis>
      <h2 id={`${id}-title`} className="analysis-title">
        {t.title}
      </h2>
      <div role="tablist" aria-label={t.tabList} className="tablist" onKeyDown={onKeyDown}>
        {ANALYSIS_TABS.map(({ id: view }, i) => (
          <button
            key={view}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${view}`}
            data-tab={view}
            aria-selected={view === tab}
            aria-controls={view === tab ? `${id}-panel` : undefined}
            tabIndex={view === tab ? 0 : -1}
            onClick={() => selectTab(view)}
            onPointerEnter={() => void LOADERS[view]()}
            onFocus={() => void LOADERS[view]()}
          >
            {t.tabs[view]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${tab}`}
        tabIndex={0}
        className="tabpanel"
        data-panel={tab}
      >
        <ViewStateProvider>
          <Suspense fallback={<p className="view-note">{t.loading(t.tabs[tab])}</p>}>
            <View />
          </Suspense>
        </ViewStateProvider>
      </div>
    </section>
  );
}

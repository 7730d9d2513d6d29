import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { AnalysisTab } from '../analysis/tabs.ts';
import { useWords } from '../i18n/use-words.ts';

interface AnalysisNav {
  tab: AnalysisTab;
  selectTab: (tab: AnalysisTab) => void;
  /** A methodology entry to bring into view, until the methodology view has shown it. */
  pendingEntry: string | null;
  openMethodology: (entry: string) => void;
  entryShown: () => void;
}

const AnalysisNavContext = createContext<AnalysisNav | null>(null);

/** Which analysis view is open, shared by the analysis area and the KPI cards that link into it. */
export function AnalysisNavProvider({ children }: { children: ReactNode }) {
  const [tab, selectTab] = useState<AnalysisTab>('headcount');
  const [pendingEntry, setPendingEntry] = useState<string | null>(null);
  const nav = useMemo(
    (): AnalysisNav => ({
      tab,
      selectTab,
      pendingEntry,
      openMethodology: (entry) => {
        selectTab('methodology');
        setPendingEntry(entry);
      },
      entryShown: () => setPendingEntry(null),
    }),
    [tab, pendingEntry],
  );
  return <AnalysisNavContext value={nav}>{children}</AnalysisNavContext>;
}

/** null where the page has no analysis area (the embed). */
export const useAnalysisNav = (): AnalysisNav | null => useContext(AnalysisNavContext);

/** "How it is computed" on a KPI card: opens its methodology entry, where there is one on the page. */
export function MethodLink({ entry, label }: { entry: string; label: string }) {
  const nav = useAnalysisNav();
  const t = useWords().app.method;
  if (!nav) return null;
  return (
    <button
      type="button"
      className="method-link"
      onClick={() => nav.openMethodology(entry)}
      aria-label={t.label(label)}
    >
      {t.link}
    </button>
  );
}

/** The analysis views, in the order their tabs appear (their names: the catalogue's analysis.tabs). */
export const ANALYSIS_TABS = [
  { id: 'headcount' },
  { id: 'race' },
  { id: 'cohorts' },
  { id: 'sensitivity' },
  { id: 'goal' },
  { id: 'uncertainty' },
  { id: 'finance' },
  { id: 'your-numbers' },
  { id: 'methodology' },
] as const;

export type AnalysisTab = (typeof ANALYSIS_TABS)[number]['id'];

/** The element id of a methodology entry, e.g. methodEntryId('kpi-roi'). */
export const methodEntryId = (entry: string): string => `method-${entry}`;

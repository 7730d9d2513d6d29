/** The analysis views, in the order their tabs appear. */
export const ANALYSIS_TABS = [
  { id: 'headcount', label: 'Where the next CSM goes' },
  { id: 'race', label: 'Acquisition vs retention' },
  { id: 'cohorts', label: 'Cohorts' },
  { id: 'sensitivity', label: 'What moves ROI' },
  { id: 'goal', label: 'Goal seek' },
  { id: 'uncertainty', label: 'Uncertainty' },
  { id: 'finance', label: 'Finance' },
  { id: 'your-numbers', label: 'Your numbers' },
  { id: 'methodology', label: 'Methodology' },
] as const;

export type AnalysisTab = (typeof ANALYSIS_TABS)[number]['id'];

/** The element id of a methodology entry, e.g. methodEntryId('kpi-roi'). */
export const methodEntryId = (entry: string): string => `method-${entry}`;

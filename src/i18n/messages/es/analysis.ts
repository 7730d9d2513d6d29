import type { AnalysisWords } from '../en/analysis.ts';

export const analysis: AnalysisWords = {};

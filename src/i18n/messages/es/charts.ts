import type { ChartsWords } from '../en/charts.ts';

export const charts: ChartsWords = {};

import type { MethodologyWords } from '../en/methodology.ts';

export const methodology: MethodologyWords = {};

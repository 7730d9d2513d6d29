import type { KpisWords } from '../en/kpis.ts';

export const kpis: KpisWords = {};

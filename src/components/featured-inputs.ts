import type { InputKey } from '../input-catalog.ts';

/** The inputs a demo or an embed shows first: price, churn, expansion and the size of the team. */
export const FEATURED_INPUTS: readonly InputKey[] = ['arpa', 'monthlyChurn', 'expansionWinRate', 'csms'];

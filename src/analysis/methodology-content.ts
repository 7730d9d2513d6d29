import type { MethodologyWords } from '../i18n/messages/en/methodology.ts';

/** The analysis views the methodology explains, in its order: each entry's id (a link's target) and its words. */
export const VIEW_METHODS: readonly { id: string; words: keyof MethodologyWords['views'] }[] = [
  { id: 'view-headcount', words: 'headcount' },
  { id: 'view-race', words: 'race' },
  { id: 'view-cohorts', words: 'cohorts' },
  { id: 'view-sensitivity', words: 'sensitivity' },
  { id: 'view-retention-gain', words: 'retentionGain' },
  { id: 'view-goal', words: 'goal' },
  { id: 'view-cautions', words: 'cautions' },
  { id: 'view-finance', words: 'finance' },
  { id: 'view-your-numbers', words: 'yourNumbers' },
  { id: 'view-uncertainty', words: 'uncertainty' },
];

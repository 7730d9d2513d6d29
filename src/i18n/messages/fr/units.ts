import type { UnitsWords } from '../en/units.ts';

export const units: UnitsWords = {
  months: { one: '# mois', other: '# mois' },
};

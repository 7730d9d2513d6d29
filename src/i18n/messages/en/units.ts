/** Units spelled out beside numbers (format.ts), in English: the shape every other language matches. */
export const units = {
  months: { one: '# month', other: '# months' },
};

export type UnitsWords = typeof units;

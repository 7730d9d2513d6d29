/** The charts area's words in English: the shape every other language's file matches. */
export const charts = {};

export type ChartsWords = typeof charts;

/** The analysis area's words in English: the shape every other language's file matches. */
export const analysis = {};

export type AnalysisWords = typeof analysis;

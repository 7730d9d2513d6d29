/** The methodology area's words in English: the shape every other language's file matches. */
export const methodology = {};

export type MethodologyWords = typeof methodology;

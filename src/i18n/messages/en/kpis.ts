/** The kpis area's words in English: the shape every other language's file matches. */
export const kpis = {};

export type KpisWords = typeof kpis;

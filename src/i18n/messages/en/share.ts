/** The share area's words in English: the shape every other language's file matches. */
export const share = {};

export type ShareWords = typeof share;

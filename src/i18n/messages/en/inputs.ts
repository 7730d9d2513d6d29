/** The inputs area's words in English: the shape every other language's file matches. */
export const inputs = {};

export type InputsWords = typeof inputs;

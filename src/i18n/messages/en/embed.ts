/** The embed area's words in English: the shape every other language's file matches. */
export const embed = {};

export type EmbedWords = typeof embed;

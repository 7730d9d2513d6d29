/** The page's shell in English: the shape every other language's file matches. */
export const app = {
  language: 'Language',
  languageFailed: (language: string) =>
    `The words for ${language} could not be fetched (offline?), so the calculator stays in the language it was in.`,
};

export type AppWords = typeof app;

import type { AppWords } from '../en/app.ts';

export const app: AppWords = {
  language: 'Sprache',
  languageFailed: (language) =>
    `Die Texte für ${language} konnten nicht geladen werden (offline?), daher bleibt der Rechner in seiner bisherigen Sprache.`,
};

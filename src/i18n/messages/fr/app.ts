import type { AppWords } from '../en/app.ts';

export const app: AppWords = {
  language: 'Langue',
  languageFailed: (language) =>
    `Les textes en ${language} n’ont pas pu être chargés (hors ligne ?), le calculateur reste donc dans sa langue actuelle.`,
};

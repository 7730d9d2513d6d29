import type { AppWords } from '../en/app.ts';

export const app: AppWords = {
  language: 'Idioma',
  languageFailed: (language) =>
    `No se pudieron cargar los textos en ${language} (¿sin conexión?), así que la calculadora sigue en su idioma actual.`,
};

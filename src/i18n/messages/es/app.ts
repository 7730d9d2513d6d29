import type { AppWords } from '../en/app.ts';

export const app: AppWords = {
  language: 'Idioma',
  languageFailed: (language) =>
    `No se pudieron cargar los textos en ${language} (¿sin conexión?), así que la calculadora sigue en su idioma actual.`,
  title: 'Calculadora de ROI de Customer Success',
  heading: 'ROI de Customer Success',
  tagline: 'Lo que valen la retención, el onboarding y la expansión, mes a mes.',
  assumptions: 'Supuestos',
  embedSource: 'La integración',
  toolbar: {
    preset: 'Plantilla',
    loadPreset: 'Cargar una plantilla…',
    reset: 'Restablecer valores predeterminados',
    currency: 'Moneda',
    format: 'Formato',
    theme: 'Tema',
    themes: { system: 'Sistema', light: 'Claro', dark: 'Oscuro' },
  },
  method: {
    link: 'Método completo',
    label: (figure) => `Metodología: cómo se calcula ${figure}, paso a paso`,
  },
};

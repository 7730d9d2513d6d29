import type { AppWords } from '../en/app.ts';

export const app: AppWords = {
  language: 'Langue',
  languageFailed: (language) =>
    `Les textes en ${language} n’ont pas pu être chargés (hors ligne\u202f?), le calculateur reste donc dans sa langue actuelle.`,
  title: 'Calculateur de ROI du Customer Success',
  heading: 'ROI du Customer Success',
  tagline: 'Ce que valent la fidélisation, l’onboarding et l’expansion, mois après mois.',
  assumptions: 'Hypothèses',
  embedSource: 'L’intégration',
  toolbar: {
    preset: 'Modèle',
    loadPreset: 'Charger un modèle…',
    reset: 'Rétablir les valeurs par défaut',
    currency: 'Devise',
    format: 'Format',
    theme: 'Thème',
    themes: { system: 'Système', light: 'Clair', dark: 'Sombre' },
  },
  method: {
    link: 'Méthode complète',
    label: (figure) => `Méthodologie\u202f: calcul de ${figure}, étape par étape`,
  },
};

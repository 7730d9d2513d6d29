import type { AppWords } from '../en/app.ts';

export const app: AppWords = {
  language: 'Sprache',
  languageFailed: (language) =>
    `Die Texte für ${language} konnten nicht geladen werden (offline?), daher bleibt der Rechner in seiner bisherigen Sprache.`,
  title: 'ROI-Rechner für Customer Success',
  heading: 'Customer-Success-ROI',
  tagline: 'Was Kundenbindung, Onboarding und Expansion wert sind, Monat für Monat.',
  assumptions: 'Annahmen',
  embedSource: 'Die Einbettung',
  toolbar: {
    preset: 'Vorlage',
    loadPreset: 'Vorlage laden …',
    reset: 'Auf Standardwerte zurücksetzen',
    currency: 'Währung',
    format: 'Format',
    theme: 'Design',
    themes: { system: 'System', light: 'Hell', dark: 'Dunkel' },
  },
  method: {
    link: 'Vollständige Methode',
    label: (figure) => `Methodik: wie ${figure} berechnet wird, Schritt für Schritt`,
  },
};

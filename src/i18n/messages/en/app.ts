/** The page's shell in English: the shape every other language's file matches. */
export const app = {
  language: 'Language',
  languageFailed: (language: string) =>
    `The words for ${language} could not be fetched (offline?), so the calculator stays in the language it was in.`,
  /** The browser tab's title, and the embed's heading for screen readers. */
  title: 'Customer Success ROI calculator',
  heading: 'Customer Success ROI',
  tagline: 'What retention, onboarding and expansion are worth, month after month.',
  assumptions: 'Assumptions',
  /** Where a notice about the embed's attributes says it comes from. */
  embedSource: 'The embed',
  toolbar: {
    preset: 'Preset',
    loadPreset: 'Load a preset…',
    reset: 'Reset to defaults',
    currency: 'Currency',
    format: 'Format',
    theme: 'Theme',
    themes: { system: 'System', light: 'Light', dark: 'Dark' },
  },
  method: {
    link: 'Full method',
    label: (figure: string) => `Methodology: how ${figure} is computed, step by step`,
  },
};

export type AppWords = typeof app;

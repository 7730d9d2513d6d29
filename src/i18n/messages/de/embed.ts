import type { EmbedWords } from '../en/embed.ts';

export const embed: EmbedWords = {
  lead: {
    heading: 'Bericht per E-Mail erhalten',
    intro: 'Erhalten Sie diese Kennzahlen und einen Link zu diesem Szenario per E-Mail.',
    email: 'Geschäftliche E-Mail-Adresse',
    consent: 'Ich bin einverstanden, zu diesem Bericht kontaktiert zu werden.',
    submit: 'Bericht anfordern',
    badEmail: 'Geben Sie eine E-Mail-Adresse wie name@firma.de ein.',
    needConsent: 'Bitte setzen Sie zuerst das Häkchen zur Einwilligung.',
    sent: (email) => `Vielen Dank. Der Bericht geht an ${email}.`,
  },
  fileTitle: 'Customer Success ROI: Kennzahlen',
  download: 'Kennzahlen herunterladen (CSV)',
  downloaded: 'Die Kennzahlen liegen in Ihren Downloads.',
  downloadFailed: 'Die Datei konnte nicht erstellt werden. Bitte versuchen Sie es erneut.',
};

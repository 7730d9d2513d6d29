import type { EmbedWords } from '../en/embed.ts';

export const embed: EmbedWords = {
  lead: {
    heading: 'Recevoir ce rapport',
    intro: 'Recevez ces chiffres et un lien vers ce scénario par e-mail.',
    email: 'E-mail professionnel',
    consent: 'J’accepte d’être contacté(e) au sujet de ce rapport.',
    submit: 'Recevoir ce rapport',
    badEmail: 'Saisissez une adresse e-mail comme nom@entreprise.fr.',
    needConsent: 'Cochez d’abord la case pour donner votre accord.',
    sent: (email) => `Merci. Le rapport sera envoyé à ${email}.`,
  },
  fileTitle: 'ROI du Customer Success : chiffres clés',
  download: 'Télécharger les chiffres clés (CSV)',
  downloaded: 'Les chiffres clés se trouvent dans vos téléchargements.',
  downloadFailed: 'Le fichier n’a pas pu être créé. Veuillez réessayer.',
};

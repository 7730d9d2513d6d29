/** The embed's own words (the lead form, its download), in English: the shape every language matches. */
export const embed = {
  lead: {
    heading: 'Send me this report',
    intro: 'Get these figures and a link to this scenario by email.',
    email: 'Work email',
    consent: 'I agree to be contacted about this report.',
    submit: 'Send me this report',
    badEmail: 'Enter an email address such as name@company.com.',
    needConsent: 'Tick the box to agree first.',
    sent: (email: string) => `Thank you. The report goes to ${email}.`,
  },
  fileTitle: 'Customer Success ROI: key figures',
  download: 'Download the key figures (CSV)',
  downloaded: 'The key figures are in your downloads.',
  downloadFailed: 'The file could not be made. Please try again.',
};

export type EmbedWords = typeof embed;

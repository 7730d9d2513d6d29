import type { EmbedWords } from '../en/embed.ts';

export const embed: EmbedWords = {
  lead: {
    heading: 'Recibir este informe',
    intro: 'Reciba estas cifras y un enlace a este escenario por correo electrónico.',
    email: 'Correo electrónico profesional',
    consent: 'Acepto que se me contacte sobre este informe.',
    submit: 'Recibir este informe',
    badEmail: 'Escriba una dirección de correo como nombre@empresa.es.',
    needConsent: 'Marque primero la casilla para dar su consentimiento.',
    sent: (email) => `Gracias. El informe se enviará a ${email}.`,
  },
  fileTitle: 'ROI de Customer Success: cifras clave',
  download: 'Descargar las cifras clave (CSV)',
  downloaded: 'Las cifras clave están en sus descargas.',
  downloadFailed: 'No se pudo crear el archivo. Vuelva a intentarlo.',
};

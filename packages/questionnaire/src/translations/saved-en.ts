import type { SavedStrings } from './saved-fr.js';

export const savedEn: SavedStrings = {
  savedTitle: 'Your answers are saved',
  savedText: (date) =>
    `To continue later, on this device or another, keep this personal link: it is valid until ${date}. Do not share it.`,
  resumeLink: 'Your link to continue',
  copy: 'Copy the link',
  copied: 'Link copied.',
  mailLabel: 'Get this link by e-mail',
  mailHint: 'Your address is only used for this e-mail: it is not kept with your answers.',
  mailSend: 'Send the link',
  mailSending: 'Sending…',
  mailSent: (to: string) =>
    `The link is sent to ${to}. If it does not arrive, look in your spam folder.`,
  mailInvalid: '“Get this link by e-mail”: enter an address such as name@example.org.',
};

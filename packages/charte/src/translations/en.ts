import type { CharteStrings } from './fr.js';

export const charteEn: CharteStrings = {
  toc: 'Contents',
  article: (n: number) => `Article ${n}`,
  adopted: (date: string, body: string) => `Adopted on ${date} by: ${body}.`,
  consensus: 'Decided by consensus.',
  votes: (yes: number, no: number, abstentions: number) =>
    `Vote: ${yes} for, ${no} against, ${abstentions} abstention${abstentions === 1 ? '' : 's'}.`,
  signatories: 'Signatories',
  version: (n: number) => `Version ${n}`,
  restates: 'Restates',
  own: 'The council’s own clause',
  edit: (n, step) => `Edit article ${n} (step “${step}”)`,
  print: 'Print the charter',
  notAdopted: 'This charter is not adopted yet: it will be published here once adopted.',
  missingCharte: 'Say which charter to show: the charte-id attribute, or the charte property.',
};

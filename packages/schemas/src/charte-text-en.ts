import type { CharteText } from './charte-text.js';

export const charteTextEn: CharteText = {
  article: (n) => `Article ${n}`,
  adopted: (date, body) => `Adopted on ${date} by: ${body}.`,
  consensus: 'Decided by consensus.',
  votes: (yes, no, abstentions) =>
    `Vote: ${yes} for, ${no} against, ${abstentions} abstention${abstentions === 1 ? '' : 's'}.`,
  signatories: 'Signatories',
  version: (n) => `Version ${n}`,
  restates: 'Restates',
  own: 'The council’s own clause',
};

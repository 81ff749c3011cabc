// The words a charte reads with around its articles — « Article 3 », who adopted it, the vote, « Reprend » —
// the same on the municipality's site (<cc-charte>) and in the exported files (ODT, DOCX, Markdown, HTML).

export interface CharteText {
  article: (n: number) => string;
  adopted: (date: string, body: string) => string;
  consensus: string;
  votes: (yes: number, no: number, abstentions: number) => string;
  signatories: string;
  version: (n: number) => string;
  restates: string;
  own: string;
}

export const charteTextFr: CharteText = {
  article: (n) => `Article ${n}`,
  adopted: (date, body) => `Adoptée le ${date} par : ${body}.`,
  consensus: 'Décision prise par consensus.',
  votes: (yes, no, abstentions) =>
    `Vote : ${yes} pour, ${no} contre, ${abstentions} abstention${abstentions > 1 ? 's' : ''}.`,
  signatories: 'Signataires',
  version: (n) => `Version ${n}`,
  restates: 'Reprend',
  own: 'Clause propre au conseil',
};

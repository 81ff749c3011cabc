// The words under a registration's outcome (controllers/receipt-view.ts), loaded with it. English in receipt-en.ts.
export const receiptFr = {
  cancelLink: 'Annuler mon inscription',
  cancelLinkHint: 'Lien personnel, à conserver (ne le partagez pas).',
  newRegistration: 'Inscrire une autre personne',
};
export type ReceiptStrings = typeof receiptFr;

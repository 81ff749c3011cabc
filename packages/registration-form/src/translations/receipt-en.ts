import type { ReceiptStrings } from './receipt-fr.js';

export const receiptEn: ReceiptStrings = {
  cancelLink: 'Cancel my registration',
  cancelLinkHint: 'Personal link, keep it (do not share it).',
  newRegistration: 'Register someone else',
};

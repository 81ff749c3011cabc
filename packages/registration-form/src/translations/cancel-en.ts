import type { CancelStrings } from './cancel-fr.js';

export const cancelEn: CancelStrings = {
  cancelTitle: 'Cancel your registration',
  cancelIntro:
    'Cannot come any more? Cancel your registration: your seat will be offered to the next person.',
  cancelAsk: 'Cancel my registration',
  cancelConfirmQuestion: 'Do you confirm the cancellation? This cannot be undone.',
  cancelConfirm: 'Yes, cancel my registration',
  cancelKeep: 'No, keep my registration',
  cancelling: 'Cancelling…',
  cancelDone: 'Your registration is cancelled. Thank you for letting us know.',
  cancelKept: 'Your registration is kept.',
  cancelInvalid:
    'This cancellation link is not valid or has expired. Check that you copied the whole link.',
  cancelAlready: 'This registration was already cancelled.',
  offerTitle: 'A seat has freed up for you',
  offerIntro:
    'You were on the waiting list: a seat is held for you. Confirm it before the date given in the e-mail; without an answer, it goes to the next person.',
  offerAccept: 'I confirm my seat',
  offerDecline: 'I cannot come',
  offerAccepting: 'Confirming…',
  offerAccepted: 'Your seat is confirmed. See you there!',
};

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
};

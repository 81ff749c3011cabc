import type { OutcomeStrings } from './outcome-fr.js';

export const outcomeEn: OutcomeStrings = {
  confirming: 'Confirming your answer…',
  confirmed: 'Thank you, your answer is confirmed: it counts.',
  confirmGone:
    'This confirmation link no longer works (it expired or the answer was withdrawn). You can answer again.',
  alreadyAnswered: 'An answer is already confirmed with this e-mail address: that one counts.',
  thanksText: 'Thank you for taking the time to answer.',
  yourAnswers: 'Your answers',
  print: 'Print my answers',
  withdraw: 'Withdraw my answers',
  withdrawAsk: 'Do you want to withdraw your answers to this questionnaire? They will be deleted.',
  withdrawGone: 'These answers were already withdrawn, or this link is not valid.',
  withdrawn: 'Your answers have been withdrawn.',
  notAnswered: 'No answer',
  withdrawLink: 'Link to withdraw your answers later (personal, do not share it)',
  nextPaper: 'Enter another paper questionnaire',
};

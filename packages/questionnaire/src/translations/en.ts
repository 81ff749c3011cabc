import { questionEn } from '@conseils-citoyens/core/form/questions/question-strings-en.js';
import type { QuestionnaireStrings } from './fr.js';

export const en: QuestionnaireStrings = {
  ...questionEn,
  missingQuestionnaire:
    '<cc-questionnaire> has no questionnaire: add the questionnaire-id attribute or give it the definition property.',
  duration: (minutes) => `Time to answer: about ${minutes} minutes.`,
  anonymous:
    'Your answers are anonymous: only give your name or contact details if a question asks for them.',
  invitationPersonal: 'One answer per person: this invitation link is personal, do not pass it on.',
  invitationOnly:
    'This questionnaire is for invited people only: open the personal link you received (by email or on paper).',
  progress: (n, total) => `Page ${n} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  submit: 'Send my answers',
  submitting: 'Sending your answers…',
  saveForLater: 'Save and continue later',
  saving: 'Saving…',
  moved: (label, position, total) => `“${label}” is now in position ${position} of ${total}.`,
  emailMode:
    'One answer per person: at the end, you will give your e-mail address to confirm yours.',
  emailLabel: 'Your e-mail address',
  emailHint:
    'To confirm your answer: it only counts once confirmed, one per address. The address is not kept with your answers.',
  emailMissing:
    '“Your e-mail address”: enter an address such as name@example.org, to confirm your answer.',
  confirmTitle: 'One more step: confirm your answer',
  confirmSent: (to: string) =>
    `We sent a link to ${to}. Open it within 7 days: your answer only counts once confirmed.`,
  resumed: 'You are continuing from your saved answers.',
  resumeGone:
    'This link no longer works (it expired or the answers were sent). You can answer again.',
  thanksTitle: 'Thank you, your answers are recorded',
  paperSaved: 'Paper questionnaire recorded.',
  paperMode: 'Entering a paper questionnaire: the answers will be marked as such.',
  printBlank: 'Print the blank questionnaire',
  backFromPaper: 'Back to the online questionnaire',
  privacyTitle: 'Protection of your data',
  privacyText: (controller) =>
    `Your answers are used by ${controller}, only for the purpose of this questionnaire. Answers saved to continue later are deleted after 30 days.`,
  privacyDefaultController: 'the municipality',
  privacyMore: 'More about data protection',
};

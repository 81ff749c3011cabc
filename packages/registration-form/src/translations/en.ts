import type { FormStrings } from './fr.js';

import { registrationLabelsEn } from '@conseils-citoyens/schemas/registration-labels-en.js';

export const en: FormStrings = {
  labels: registrationLabelsEn,
  heading: (title) => `Registration: ${title}`,
  headingNoSession: 'Register for a session',
  chooseSession: 'Choose a session in the calendar, then “Register”.',
  missingSession:
    '<cc-registration-form> has no session: add the session-id attribute or for="calendar-id".',
  hints: {
    email: 'For example: name@example.org. We only write to you about this session.',
    phone: 'For example: 06 12 34 56 78.',
    accessibilityNeeds: 'For example: wheelchair access, sign language interpreter, hearing loop.',
  },
  colleges: {
    habitant: 'Resident',
    acteur_local: 'Local actor (association, shopkeeper, professional)',
  },
  honeypot: 'Leave this field empty',
  submit: 'Register',
  submitWaitlist: 'Join the waiting list',
  submitting: 'Sending your registration…',
  privacyTitle: 'Your data',
  privacyText: (controller, retention) =>
    `The information you enter is used by ${controller} to manage your registration for this session and to tell you about any change. It is kept ${retention}, then deleted. It is neither sold nor passed on to third parties.`,
  privacyDefaultController: 'the organising municipality',
  privacyDefaultRetention: 'for 12 months after the session',
  privacyRights: (contact) =>
    `You may access, correct or erase your data, or object to its use${contact ? `, by writing to ${contact}` : ', by contacting the municipality'}. You may also complain to the CNIL.`,
  privacyMore: 'More about data protection',
  consentsLegend: 'Optional uses (you can register without accepting them)',
  confirmedTitle: 'Your registration is confirmed',
  confirmedText:
    'A seat is kept for you. Keep the cancellation link below in case you cannot come: your seat will go to someone else.',
  waitlistedTitle: 'You are on the waiting list',
  waitlistedText: (n) =>
    `You are number ${n}. If a seat becomes free, it is given in the order of the list.`,
};

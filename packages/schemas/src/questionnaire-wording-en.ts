import type { AnswerWording } from './questionnaire-wording.js';

export const answerWordingEn: AnswerWording = {
  required: (l) => `Answer the question “${l}”.`,
  type: (l) => `The answer to “${l}” is not in the expected form.`,
  number: (l) => `The answer to “${l}” must be a number (e.g. 12 or 2.5).`,
  option: (l) => `Choose among the answers offered for “${l}”.`,
  other: (l) => `Say what your “Other” answer to “${l}” is.`,
  maxLength: (l, n) => `The answer to “${l}” must not exceed ${n} characters.`,
  min: (l, n) => `The answer to “${l}” must be at least ${n}.`,
  max: (l, n) => `The answer to “${l}” must be at most ${n}.`,
  step: (l, n) => `The answer to “${l}” must go in steps of ${n}.`,
  email: (l) => `“${l}”: enter a valid email address (e.g. name@example.org).`,
  phone: (l) => `“${l}”: enter a phone number (e.g. +33 6 12 34 56 78).`,
  date: (l) => `“${l}”: enter a valid date (e.g. 03/12/2026).`,
  minChoices: (l, n) => `Tick at least ${n} answers to “${l}”.`,
  maxChoices: (l, n) => `Tick at most ${n} answers to “${l}”.`,
  ranking: (l) => `Rank every item of “${l}”.`,
  matrix: (l) => `Answer every row of “${l}”.`,
  consent: (l) => `Tick “${l}” to go on.`,
  unknown: (l) => `There is no question “${l}” in this questionnaire.`,
  hidden: (l) => `The question “${l}” is not asked to you: its answer cannot be stored.`,
};

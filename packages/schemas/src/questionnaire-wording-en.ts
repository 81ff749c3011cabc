import type { QuestionnaireWording } from './questionnaire-wording.js';

export const questionnaireWordingEn: QuestionnaireWording = {
  answer: {
    required: (l) => `Answer the question “${l}”.`,
    type: (l) => `The answer to “${l}” is not in the expected form.`,
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
  },
  definition: {
    duplicateId: (at, ref) => `“${at}”: the identifier “${ref}” is already used.`,
    noOptions: (at) => `“${at}” has too few possible answers: add some (at least two to rank).`,
    duplicateOption: (at, ref) => `“${at}”: the answer “${ref}” appears twice.`,
    noRows: (at) => `“${at}”: add at least one row to the table.`,
    noColumns: (at) => `“${at}”: add at least one column to the table.`,
    range: (at) => `“${at}”: the minimum must be below the maximum.`,
    choiceRange: (at) =>
      `“${at}”: the minimum number of answers exceeds the maximum or the number of answers offered.`,
    emptyPage: (at) => `The page “${at}” is empty: add a question to it or delete it.`,
    conditionUnknown: (at, ref) => `“${at}” depends on “${ref}”, which does not exist.`,
    conditionForward: (at, ref) =>
      `“${at}” depends on “${ref}”, asked after it: a condition can only look at an earlier question.`,
    conditionSelf: (at) => `“${at}” cannot depend on its own answer.`,
    conditionBlock: (at, ref) => `“${at}” depends on “${ref}”, which is not a question.`,
    conditionOperator: (at, ref) =>
      `“${at}”: this comparison does not apply to the answers of “${ref}”.`,
    conditionValue: (at, ref) =>
      `“${at}”: the condition on “${ref}” must name one of its possible answers.`,
  },
};

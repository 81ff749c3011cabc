import type { QuestionStrings } from './question-strings.js';

export const questionEn: QuestionStrings = {
  other: 'Other',
  otherDetail: (label) => `Say what “Other” is, for: ${label}`,
  yes: 'Yes',
  no: 'No',
  choose: 'Choose…',
  scaleEnd: (n, label) => `${n} (${label})`,
  moveUp: (label) => `Move up “${label}”`,
  moveDown: (label) => `Move down “${label}”`,
  up: 'Up',
  down: 'Down',
  keepOrder: 'This order suits me',
  rankingHint: 'Use the “Up” and “Down” buttons to change the order.',
};

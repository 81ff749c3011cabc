export * from './primitives.js';
export * from './session.js';
export * from './registration.js';
export * from './documents.js';
export * from './questionnaire.js';
export * from './questionnaire-rules.js';
export * from './questionnaire-definition-rules.js';
export * from './questionnaire-comparison.js';
export * from './questionnaire-wording.js';
export * from './questionnaire-wording-en.js';
export * from './questionnaire-definition-wording.js';
export * from './questionnaire-results.js';
export * from './questionnaire-aggregate.js';
export * from './questionnaire-diff.js';
export * from './document-input.js';
export * from './questionnaire-edits.js';
export * from './questionnaire-export.js';
export * from './charte.js';
export * from './charte-library.js';
export * from './charte-assemble.js';
export * from './charte-edits.js';
export * from './charte-diff.js';
export * from './charte-consultation.js';
export * from './charte-wording.js';
export * from './bilan.js';
export {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_TYPES,
  FILE_NAME_HEADER,
  type EvidenceType,
} from './bilan-constants.js';
export * from './evidence-wording.js';
export * from './bilan-template.js';
export * from './bilan-progress.js';
export * from './bilan-wording.js';
export * from './problem.js';
export * from './messages.js';
export * from './registration-labels.js';
export * from './registration-labels-en.js';
export { errorsOf, labelOf, messageOf, type FieldLabels, type Words } from './issue-messages.js';
export { issueWordingFr, type IssueWording } from './issue-wording.js';
export { issueWordingEn } from './issue-wording-en.js';
export * from './problem-titles.js';
export * from './registration-rules.js';
export * from './quotas.js';
export * from './ics.js';
export * from './outbox.js';

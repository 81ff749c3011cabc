import type { IssueWording } from './issue-wording.js';

export const issueWordingEn: IssueWording = {
  form: 'Form',
  required: (f) => `“${f}” is required.`,
  wrongType: (f, t) => `“${f}” has the wrong type (expected ${t}).`,
  minChars: (f, n) => `“${f}” must have at least ${n} characters.`,
  minItems: (f, n) => `“${f}” needs at least ${n} item(s).`,
  min: (f, n) => `“${f}” must be at least ${n}.`,
  maxChars: (f, n) => `“${f}” must not exceed ${n} characters.`,
  maxItems: (f, n) => `“${f}” must not have more than ${n} items.`,
  max: (f, n) => `“${f}” must be at most ${n}.`,
  format: (f, what) => `“${f}” must be ${what}.`,
  oneOf: (f, values) => `“${f}” must be one of: ${values}.`,
  unknownKeys: (keys) => `Unknown field(s): ${keys}.`,
  invalid: (f) => `“${f}” is not valid.`,
  formats: {
    email: 'a valid email address (e.g. name@example.org)',
    datetime: 'an ISO 8601 date-time with offset (e.g. 2026-12-03T09:00:00+01:00)',
    date: 'a date as YYYY-MM-DD',
    regex: 'in the expected format',
  },
  rules: {
    endAfterStart: (f) => `“${f}” must be after the start.`,
    closesAfterOpens: (f) => `“${f}” must be after registration opens.`,
    emailOrPhone: (f) =>
      `“${f}” is required without an e-mail address: the person must be reachable.`,
    quotasFillCapacity: (f) => `“${f}”: the groups' seats must add up to the session's seats.`,
    quotaKeysDistinct: (f) => `“${f}”: two groups have the same name.`,
    quotaCollegesKnown: (f) => `“${f}”: a college is “habitant” or “acteur_local”.`,
  },
  types: {},
};

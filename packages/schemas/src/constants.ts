/**
 * The vocabulary of the API as plain values, without zod: what a browser element needs (a kind of session, the
 * fields of the form, a problem code) costs it no validator. The zod schemas build their enums from these lists.
 */

/** The only time zone the sessions are scheduled in. */
export const TIME_ZONE = 'Europe/Paris' as const;

export const LOCALES = ['fr', 'en'] as const;

// The sessions' and registrations' words are in session-constants.ts: a page without a calendar or a form loads none
// of them (not re-exported here: the bundler would then place them wherever this module goes).

/** Machine-readable reasons, one per outcome a widget explains differently. */
export const PROBLEM_CODES = [
  'validation',
  'malformed_json',
  'payload_too_large',
  'not_found',
  'unauthorized',
  'forbidden',
  'session_full',
  'already_registered',
  'registration_not_open',
  'registration_closed',
  'session_cancelled',
  'session_past',
  'already_cancelled',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'version_conflict',
  'rate_limited',
  'unsupported_media_type',
  'method_not_allowed',
  'server_error',
  'precondition_required',
  'edit_link_invalid',
  'edit_link_expired',
  'edit_link_revoked',
  'secret_in_query',
  'invitation_required',
  'invitation_used',
  'already_sent',
  'already_answered',
  'next_year_exists',
  'consultation_closed',
  'not_a_draft',
  'offer_expired',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const DOCUMENT_KINDS = ['questionnaires', 'chartes', 'bilans'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The fragment key of an edit link: `…/charte.html#cc-edit=<secret>` (a fragment never reaches a server log). */
export const EDIT_LINK_FRAGMENT = 'cc-edit';
/** The header an edit link's secret travels in (never the query string). */
export const EDIT_LINK_HEADER = 'CC-Edit-Link';

/** The questions a questionnaire may ask (questionnaire.ts gives each its constraints and its answer's shape). */
export const QUESTION_TYPES = [
  'text',
  'textarea',
  'number',
  'email',
  'phone',
  'date',
  'single',
  'multiple',
  'dropdown',
  'yesno',
  'scale',
  'matrix',
  'ranking',
  'consent',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** What a page may hold besides questions: a section heading, a paragraph of information. */
export const BLOCK_TYPES = ['section', 'info'] as const;

/** How a condition compares an earlier answer (conditions are data, never code). */
export const CONDITION_OPERATORS = [
  'equals',
  'notEquals',
  'oneOf',
  'contains',
  'answered',
  'notAnswered',
  'greaterThan',
  'lessThan',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/** The answer value of « Autre : … » in a choice (an option's value never starts with `_`). */
export const OTHER_CHOICE = '_other' as const;

/** The header that carries a questionnaire draft's resume token (`id.secret`, from the link's fragment). */
export const RESUME_TOKEN_HEADER = 'CC-Resume-Token' as const;
/** The fragment of a resume link: `#cc-reprendre=id.secret` (a fragment never reaches a server's logs). */
export const RESUME_FRAGMENT = 'cc-reprendre' as const;
/** The fragment of the link that withdraws an answer: `#cc-retirer=id.token`. */
export const WITHDRAW_FRAGMENT = 'cc-retirer' as const;
/** One answer per person: the invitation link's fragment (`#cc-invitation=id.secret`) and the header it travels in. */
export const INVITATION_FRAGMENT = 'cc-invitation' as const;
export const INVITATION_HEADER = 'CC-Invitation' as const;
/** The fragment of the link that confirms an answer given with an e-mail address: `#cc-confirmer=id.token`. */
export const CONFIRM_FRAGMENT = 'cc-confirmer' as const;
/**
 * Who may answer: anyone, anonymously; each invited person once, with their personal link; or one answer per e-mail
 * address, counted once confirmed through the link sent there.
 */
export const RESPONSE_MODES = ['anonymous', 'invitation', 'email'] as const;

/** The MIME type of an Excel workbook (the answers' export). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

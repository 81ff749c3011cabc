// The CDN bundle: every cc-* element and lit in one file, for one <script type="module"> in a CMS page.
import '@conseils-citoyens/core/context-root.js';
import '@conseils-citoyens/core/cc-provider.js';
import '@conseils-citoyens/session-calendar/cc-session-calendar.js';
import '@conseils-citoyens/registration-form/cc-registration-form.js';
import '@conseils-citoyens/registration-form/cc-registration-cancel.js';
import '@conseils-citoyens/questionnaire/cc-questionnaire.js';
import '@conseils-citoyens/charte/cc-charte.js';
import '@conseils-citoyens/bilan/cc-bilan-report.js';

// What a page without a bundler may want from core (a client of its own, the error type, the base class); the
// memory adapter and fixtures stay in @conseils-citoyens/core/testing.js, out of a resident's download.
export { createApiClient, type ApiClientOptions } from '@conseils-citoyens/core/api/client.js';
export { ApiError } from '@conseils-citoyens/core/api/errors.js';
export { CcElement } from '@conseils-citoyens/core/base-element.js';
export { CcEvent } from '@conseils-citoyens/core/events.js';
export { CcProvider } from '@conseils-citoyens/core/provider.js';
// The calendar only: <cc-session-admin> (organisers) comes through the autoloader or its module.
export {
  CcSessionCalendar,
  registrationUrl,
  calendarFr,
  calendarEn,
  type CalendarStrings,
  type CcSessionSelectEvent,
  type CcCalendarChangeEvent,
} from '@conseils-citoyens/session-calendar';
export * from '@conseils-citoyens/session-calendar/controllers/month-grid.js';
export * from '@conseils-citoyens/registration-form';
// The adopted charte only: the builder (staff and council members) comes through the autoloader or its module.
export {
  CcCharte,
  charteFr,
  charteEn,
  type CharteStrings,
  type ShownCharte,
  type CcCharteEditEvent,
} from '@conseils-citoyens/charte';
// The published report only: the checklist (staff and council members) comes through the autoloader or its module.
export {
  CcBilanReport,
  reportFr,
  reportEn,
  type ReportStrings,
  type ShownBilan,
} from '@conseils-citoyens/bilan';
// The resident's questionnaire only: the results (staff pages) come through the autoloader or their own module.
export {
  CcQuestionnaire,
  questionnaireFr,
  questionnaireEn,
  type QuestionnaireStrings,
  type CcQuestionnairePageEvent,
  type CcQuestionnaireSaveEvent,
  type CcQuestionnaireSubmitEvent,
  type CcQuestionnaireErrorEvent,
} from '@conseils-citoyens/questionnaire';

export { CcSessionCalendar, registrationUrl } from './session-calendar.js';
export type { CcSessionSelectEvent, CcCalendarChangeEvent } from './session-calendar.events.js';
export * from './controllers/month-grid.js';
export { fr as calendarFr } from './translations/fr.js';
export { en as calendarEn } from './translations/en.js';
export type { CalendarStrings } from './translations/fr.js';
export { CcSessionAdmin } from './session-admin.js';
export type {
  CcSessionAdminChangeEvent,
  CcSessionAdminErrorEvent,
} from './session-admin.events.js';

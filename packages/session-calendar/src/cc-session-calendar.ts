import { define } from '@conseils-citoyens/core';
import { CcSessionCalendar } from './session-calendar.js';

define('cc-session-calendar', CcSessionCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'cc-session-calendar': CcSessionCalendar;
  }
}

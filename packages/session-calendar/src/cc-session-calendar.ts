import { define } from '@conseils-citoyens/core/define.js';
import { CcSessionCalendar } from './session-calendar.js';

define('cc-session-calendar', CcSessionCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'cc-session-calendar': CcSessionCalendar;
  }
}

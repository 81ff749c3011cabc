import { define } from '@conseils-citoyens/core/define.js';
import { CcSessionAdmin } from './session-admin.js';

define('cc-session-admin', CcSessionAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'cc-session-admin': CcSessionAdmin;
  }
}

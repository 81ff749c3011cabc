import type { Session } from '@conseils-citoyens/schemas';
import type { ApiError, CcEvent } from '@conseils-citoyens/core';

/** A session was created, changed, cancelled or restored. */
export type CcSessionAdminChangeEvent = CcEvent<{
  action: 'created' | 'updated' | 'cancelled' | 'restored';
  session: Session;
}>;
/** Loading or saving failed (the typed values are kept). */
export type CcSessionAdminErrorEvent = CcEvent<{
  error: ApiError;
  stage: 'load' | 'save' | 'cancel' | 'registrations';
}>;

declare global {
  interface HTMLElementEventMap {
    'cc-session-admin-change': CcSessionAdminChangeEvent;
    'cc-session-admin-error': CcSessionAdminErrorEvent;
  }
}

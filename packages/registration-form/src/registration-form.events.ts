import type { RegistrationReceipt, Registration, Session } from '@conseils-citoyens/schemas';
import type { ApiError, CcEvent } from '@conseils-citoyens/core';

/** The registration was accepted: confirmed, or waitlisted with its position. */
export type CcRegistrationSuccessEvent = CcEvent<{
  registration: RegistrationReceipt;
  session?: Session;
}>;
/** The registration failed: `detail.error` says why (`error.kind`, `error.code`), `detail.retryable` whether to try again. */
export type CcRegistrationErrorEvent = CcEvent<{
  error: ApiError;
  retryable: boolean;
  sessionId: string;
}>;
/** A registration was cancelled with its token. */
export type CcRegistrationCancelEvent = CcEvent<{ registration: Registration }>;

declare global {
  interface HTMLElementEventMap {
    'cc-registration-success': CcRegistrationSuccessEvent;
    'cc-registration-error': CcRegistrationErrorEvent;
    'cc-registration-cancel': CcRegistrationCancelEvent;
  }
}

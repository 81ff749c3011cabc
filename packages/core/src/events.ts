import type { Session } from '@conseils-citoyens/schemas';

/** Every domain event: bubbling and composed, so a host page hears it through shadow roots. */
export class CcEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D, init: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false });
  }
}

/**
 * “S'inscrire” chosen on a session (fired by `<cc-session-calendar>`, heard by `<cc-registration-form for>`).
 * Cancelable: a host may take over the navigation.
 */
export type CcSessionSelectEvent = CcEvent<{ session: Session }>;

declare global {
  interface HTMLElementEventMap {
    'cc-session-select': CcSessionSelectEvent;
  }
  // Composed events reach the document: a page (or a linked form) may listen there.
  interface DocumentEventMap {
    'cc-session-select': CcSessionSelectEvent;
  }
}

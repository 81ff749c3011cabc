import type { CcEvent } from '@conseils-citoyens/core';

/** A member's comment on an article of the version under consultation was received. */
export type CcCharteCommentEvent = CcEvent<{ article: string; version: number }>;

declare global {
  interface HTMLElementEventMap {
    'cc-charte-comment': CcCharteCommentEvent;
  }
}

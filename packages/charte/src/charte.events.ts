import type { CcEvent } from '@conseils-citoyens/core';

/** In the builder's preview, « Modifier » on an article: the step that produced it (`articles` for the others). */
export type CcCharteEditEvent = CcEvent<{ article: string; step: string }>;

declare global {
  interface HTMLElementEventMap {
    'cc-charte-edit': CcCharteEditEvent;
  }
}

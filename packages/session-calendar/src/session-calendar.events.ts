import type { CcEvent } from '@conseils-citoyens/core';

export type { CcSessionSelectEvent } from '@conseils-citoyens/core';
/** The shown month, view or filters changed. */
export type CcCalendarChangeEvent = CcEvent<{
  month: string;
  view: 'month' | 'list';
  town?: string;
  theme?: string;
  kind?: string;
}>;

declare global {
  interface HTMLElementEventMap {
    'cc-calendar-change': CcCalendarChangeEvent;
  }
}

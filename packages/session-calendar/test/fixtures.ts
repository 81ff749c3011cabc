import { fixture, html } from '@open-wc/testing';
import '@conseils-citoyens/core/cc-provider.js';
import {
  FIXED_NOW,
  cancelledSession,
  demoSessions,
  failOnLitWarnings,
} from '@conseils-citoyens/core/testing.js';
import { createMemoryApi, type MemoryApi } from '@conseils-citoyens/core/testing.js';
import '../src/cc-session-calendar.js';
import type { CcSessionCalendar } from '../src/session-calendar.js';

import { SessionCalendarObject } from '../test-helpers/session-calendar-object.js';

failOnLitWarnings();

export interface Mounted {
  el: CcSessionCalendar;
  cal: SessionCalendarObject;
  api: MemoryApi;
}

/** A calendar in a French provider on the memory backend, on 23 November 2026, showing December. */
export async function mountCalendar(
  attrs: { view?: 'month' | 'list'; town?: string; id?: string } = {},
  api = createMemoryApi({ sessions: [...demoSessions(), cancelledSession], now: () => FIXED_NOW }),
): Promise<Mounted> {
  const root = await fixture<HTMLElement>(html`<cc-provider locale="fr" .api=${api}>
    <cc-session-calendar id=${attrs.id ?? 'agenda'} month="2026-12" .now=${FIXED_NOW} view=${attrs.view ?? 'month'} town=${attrs.town ?? ''}></cc-session-calendar>
  </cc-provider>`);
  const el = root.querySelector('cc-session-calendar')!;
  if (!attrs.town) el.town = undefined;
  const cal = new SessionCalendarObject(el);
  await cal.loaded();
  return { el, cal, api };
}

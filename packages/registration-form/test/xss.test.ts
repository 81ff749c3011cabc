// 200 XSS payloads in every user-authored field of a session (title, theme, speaker, venue, description,
// cancellation reason), rendered by the calendar (list, grid, dialog) and by the form (summary, outcome): none runs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryApi, type MemorySession } from '@conseils-citoyens/core/testing.js';
import { FIXED_NOW, XSS_PAYLOADS, injectedElements } from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/core/cc-provider.js';
import '@conseils-citoyens/session-calendar/cc-session-calendar.js';
import '../src/cc-registration-form.js';
import { RegistrationFormObject } from '../test-helpers/registration-form-object.js';

const w = window as unknown as { __xss?: number };
const sessions: MemorySession[] = XSS_PAYLOADS.map((p, i) => ({
  id: `xss-${i}`,
  kind: 'thematic',
  title: p,
  theme: p,
  description: p,
  status: i % 10 === 0 ? 'cancelled' : undefined,
  cancellationReason: p,
  speakers: [{ name: p, role: p, organisation: p }],
  start: `2026-12-${String((i % 28) + 1).padStart(2, '0')}T18:00:00+01:00`,
  end: `2026-12-${String((i % 28) + 1).padStart(2, '0')}T20:00:00+01:00`,
  venue: { name: p, address: p, postalCode: '59000', town: `Lille ${i % 3}` },
  capacity: 20,
  waitingList: true,
}));

describe('200 XSS payloads in user-authored fields', () => {
  beforeEach(() => {
    delete w.__xss;
  });

  it('the calendar shows them as text in the list, the grid and every dialog', async function () {
    this.timeout(90_000); // 200 cards, 20 « Voir plus », 200 dialogs: a slow machine must not fail it
    expect(XSS_PAYLOADS).to.have.length(200);
    const api = createMemoryApi({ sessions, now: () => FIXED_NOW });
    const root = await fixture<HTMLElement>(
      html`<cc-provider .api=${api}><cc-session-calendar view="list" month="2026-12" .now=${FIXED_NOW}></cc-session-calendar></cc-provider>`,
    );
    const calendar = root.querySelector('cc-session-calendar')!;
    // The agenda shows ten cards at a time: « Voir plus de séances » until all 200 are there.
    for (
      let i = 0;
      i < 300 && calendar.shadowRoot!.querySelectorAll('[part="session"]').length < 200;
      i++
    ) {
      const more = calendar.shadowRoot!.querySelector<HTMLButtonElement>(
        '[part="more"]:not([aria-disabled="true"])',
      );
      more?.click();
      await (more ? calendar.updateComplete : new Promise((r) => setTimeout(r, 10)));
    }
    const cards = [...calendar.shadowRoot!.querySelectorAll<HTMLElement>('[part="session"]')];
    expect(
      cards.length,
      calendar.shadowRoot!.textContent.replace(/\s+/g, ' ').slice(0, 300),
    ).to.equal(200);
    expect(
      calendar.shadowRoot!.querySelector('[data-session="xss-1"] .title')!.textContent,
    ).to.equal(XSS_PAYLOADS[1]); // shown as the very text typed
    for (const card of cards) {
      [...card.querySelectorAll('button')].at(-1)!.click(); // « Voir le détail »
      await waitUntil(() => calendar.shadowRoot!.querySelector('dialog')?.open, 'details open', {
        interval: 2,
      });
      calendar.shadowRoot!.querySelector('dialog')!.close();
    }
    calendar.view = 'month';
    await calendar.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(injectedElements(root).map((e) => e.outerHTML)).to.deep.equal([]);
    expect(w.__xss).to.equal(undefined);
  });

  it('the form shows them as text in the summary and after registering', async () => {
    const api = createMemoryApi({ sessions, now: () => FIXED_NOW });
    const roots: HTMLElement[] = [];
    for (const i of [1, 26, 57, 133, 199]) {
      const root = await fixture<HTMLElement>(
        html`<cc-provider .api=${api}><cc-registration-form session-id=${`xss-${i}`} .now=${FIXED_NOW}></cc-registration-form></cc-provider>`,
      );
      roots.push(root);
      const form = new RegistrationFormObject(root.querySelector('cc-registration-form')!);
      await form.settled();
      expect(form.heading.textContent).to.contain(XSS_PAYLOADS[i]);
      await form.fill({
        firstName: XSS_PAYLOADS[i]!.slice(0, 100),
        lastName: 'Test',
        email: `p${i}@example.org`,
      });
      await form.submit();
      expect(form.outcome!.textContent).to.contain('Votre inscription est confirmée');
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(roots.flatMap((r) => injectedElements(r)).map((e) => e.outerHTML)).to.deep.equal([]);
    expect(w.__xss).to.equal(undefined);
  });
});

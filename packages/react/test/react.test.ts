import { expect, fixture, html } from '@open-wc/testing';
import { createElement, act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { CcSessionSelectEvent } from '@conseils-citoyens/session-calendar';
import { createMemoryApi, FIXED_NOW, demoSessions } from '@conseils-citoyens/core/testing.js';
import { CcProvider, CcSessionCalendar, CcRegistrationForm } from '../src/index.js';

// React's act() wants to know it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function render(element: ReactElement): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const root = createRoot(host);
  await act(async () => root.render(element));
  return host;
}

describe('@conseils-citoyens/react', () => {
  it('renders the calendar with objects passed as properties, and hands cc-session-select to onCcSessionSelect', async () => {
    const api = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
    const selected: string[] = [];
    const host = await render(
      createElement(
        CcProvider,
        { api },
        createElement(CcSessionCalendar, {
          view: 'list',
          now: FIXED_NOW,
          onCcSessionSelect: (e: CcSessionSelectEvent) => {
            e.preventDefault();
            selected.push(e.detail.session.id);
          },
        }),
      ),
    );
    const calendar = host.querySelector('cc-session-calendar')!;
    expect(calendar.view, 'a prop reaches the element as a property').to.equal('list');
    expect(calendar.now).to.equal(FIXED_NOW);
    let button: HTMLButtonElement | undefined;
    for (let i = 0; i < 50 && !button; i++) {
      await calendar.updateComplete;
      await new Promise((r) => setTimeout(r, 20));
      button = [...calendar.shadowRoot!.querySelectorAll('button')].find((b) =>
        b.textContent.includes("S'inscrire"),
      );
    }
    expect(button, 'the calendar rendered its sessions through the provider').to.not.equal(
      undefined,
    );
    button!.click();
    expect(selected).to.have.length(1);
    await expect(host).to.be.accessible();
  });

  it('sets the form’s attributes-as-props and its array props', async () => {
    const api = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
    const host = await render(
      createElement(CcRegistrationForm, {
        api,
        sessionId: 'emploi-maubeuge',
        fields: ['phone'],
        now: FIXED_NOW,
      }),
    );
    const form = host.querySelector('cc-registration-form')!;
    expect(form.sessionId).to.equal('emploi-maubeuge');
    expect(form.fields).to.deep.equal(['phone']);
    await form.updateComplete;
  });
});

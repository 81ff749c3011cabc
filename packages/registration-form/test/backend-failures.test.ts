// A municipality's own backend misbehaving — HTML error pages, broken JSON, wrong shapes, no answer — seen through
// the real HTTP client: each widget says so clearly with a retry, nothing crashes, nothing typed is lost, and the
// retry registers once.
import { expect, fixture, html } from '@open-wc/testing';
import { createApiClient } from '@conseils-citoyens/core';
import { createMemoryApi } from '@conseils-citoyens/core/testing.js';
import type { RegistrationRequest } from '@conseils-citoyens/schemas';
import { FIXED_NOW, demoSessions } from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/core/cc-provider.js';
import '@conseils-citoyens/session-calendar/cc-session-calendar.js';
import '../src/cc-registration-form.js';
import { RegistrationFormObject } from '../test-helpers/registration-form-object.js';
import { person } from './fixtures.js';

type Mode = 'ok' | 'html' | 'broken-json' | 'wrong-shape' | 'silent';

/** A backend on a fake fetch: correct answers come from the memory adapter; `mode` spoils the next ones. */
function backend() {
  const memory = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
  const state = { mode: 'ok' as Mode, spoilPath: '' };
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    );
    const path = url.pathname.replace('/api/v1', '');
    if (state.mode !== 'ok' && path.includes(state.spoilPath)) {
      if (state.mode === 'html')
        return new Response('<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        });
      if (state.mode === 'broken-json')
        return new Response('{"items": [', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      if (state.mode === 'wrong-shape') return json(200, { sessions: 'none', id: 42 });
      return new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    }
    if (path === '/sessions') {
      const q = Object.fromEntries(url.searchParams);
      return json(
        200,
        await memory.listSessions({
          ...q,
          limit: Number(q.limit ?? 100),
          offset: Number(q.offset ?? 0),
        }),
      );
    }
    const reg = /^\/sessions\/([^/]+)\/registrations$/.exec(path);
    if (reg && init.method === 'POST') {
      const key = new Headers(init.headers).get('Idempotency-Key') ?? undefined;
      return json(
        201,
        await memory.register(reg[1]!, JSON.parse(init.body as string) as RegistrationRequest, {
          idempotencyKey: key,
        }),
      );
    }
    const one = /^\/sessions\/([^/]+)$/.exec(path);
    if (one) return json(200, await memory.getSession(one[1]!));
    return json(404, { type: 'about:blank', title: 'Introuvable', status: 404 });
  };
  const client = createApiClient({
    baseUrl: 'https://ville.example/api/v1',
    fetch,
    timeoutMs: 250,
    retries: 1,
    backoffMs: 5,
  });
  return { memory, state, client };
}

const settle = async (check: () => boolean) => {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('a misbehaving backend', () => {
  beforeEach(() => sessionStorage.clear());

  for (const [mode, words] of [
    ['html', 'Le service rencontre un problème'],
    ['broken-json', 'réponse inattendue'],
    ['wrong-shape', 'réponse inattendue'],
    ['silent', 'met trop de temps'],
  ] as const) {
    it(`${mode}: the calendar says so with a retry, and recovers`, async () => {
      const b = backend();
      b.state.mode = mode;
      b.state.spoilPath = '/sessions';
      const root = await fixture<HTMLElement>(
        html`<cc-provider .api=${b.client}><cc-session-calendar view="list" month="2026-12" .now=${FIXED_NOW}></cc-session-calendar></cc-provider>`,
      );
      const calendar = root.querySelector('cc-session-calendar')!;
      await settle(() => !!calendar.shadowRoot!.querySelector('[part="error"]'));
      expect(calendar.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(words);
      await expect(calendar).to.be.accessible();
      b.state.mode = 'ok';
      calendar.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await settle(() => calendar.shadowRoot!.querySelectorAll('[part="session"]').length === 3);
      expect(calendar.shadowRoot!.querySelectorAll('[part="session"]')).to.have.length(3);
    });

    it(`${mode}: the form keeps what was typed, offers a retry, and the retry registers once`, async () => {
      const b = backend();
      const root = await fixture<HTMLElement>(
        html`<cc-provider .api=${b.client}><cc-registration-form session-id="reseau-referents" .now=${FIXED_NOW}></cc-registration-form></cc-provider>`,
      );
      const form = new RegistrationFormObject(root.querySelector('cc-registration-form')!);
      await settle(() => !!form.form);
      await form.fill(person);
      b.state.mode = mode;
      b.state.spoilPath = '/registrations';
      await form.submit();
      await settle(() => !!form.outcome);
      expect(form.outcome!.textContent).to.contain(words);
      expect(form.outcome!.textContent).to.contain('Ce que vous avez saisi est conservé');
      expect([form.field('firstName').value, form.field('email').value]).to.deep.equal([
        person.firstName,
        person.email,
      ]);
      await expect(form.el).to.be.accessible();
      b.state.mode = 'ok';
      form.button('Réessayer').click();
      await settle(() => !!form.outcome?.textContent?.includes('confirmée'));
      expect(form.outcome!.textContent).to.contain('Votre inscription est confirmée');
      expect(b.memory.registrations('reseau-referents')).to.have.length(1);
    });
  }
});

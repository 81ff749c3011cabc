import { fixture, html } from '@open-wc/testing';
import '@conseils-citoyens/core/cc-provider.js';
import { FIXED_NOW, demoSessions, failOnLitWarnings } from '@conseils-citoyens/core/testing.js';
import {
  createMemoryApi,
  type MemoryApi,
  type MemorySession,
} from '@conseils-citoyens/core/testing.js';
import '../src/cc-registration-form.js';
import type { CcRegistrationForm } from '../src/registration-form.js';
import { RegistrationFormObject } from '../test-helpers/registration-form-object.js';

failOnLitWarnings();

export const windowed: MemorySession[] = [
  {
    ...demoSessions()[0]!,
    id: 'closed',
    title: 'Séance aux inscriptions closes',
    registrationClosesAt: '2026-11-20T12:00:00+01:00',
  },
  {
    ...demoSessions()[0]!,
    id: 'not-open',
    title: 'Séance pas encore ouverte',
    registrationOpensAt: '2026-11-30T09:00:00+01:00',
  },
  { ...demoSessions()[0]!, id: 'cancelled', title: 'Séance annulée', status: 'cancelled' },
];

export const newApi = (latencyMs = 0) =>
  createMemoryApi({ sessions: [...demoSessions(), ...windowed], now: () => FIXED_NOW, latencyMs });

export interface Mounted {
  el: CcRegistrationForm;
  form: RegistrationFormObject;
  api: MemoryApi;
}

/** A form for `sessionId` in a French provider on the memory backend, on 23 November 2026. */
export async function mountForm(
  sessionId = 'reseau-referents',
  api: MemoryApi = newApi(),
  extra: { fields?: string; required?: string; locale?: string } = {},
): Promise<Mounted> {
  const root =
    await fixture<HTMLElement>(html`<cc-provider locale=${extra.locale ?? 'fr'} .api=${api}>
    <cc-registration-form session-id=${sessionId} .now=${FIXED_NOW} fields=${extra.fields ?? ''} required-fields=${extra.required ?? ''}
      privacy-controller="la Ville de Lille" privacy-contact="dpo@lille.example" privacy-href="https://ville.example/donnees"></cc-registration-form>
  </cc-provider>`);
  const el = root.querySelector('cc-registration-form')!;
  const form = new RegistrationFormObject(el);
  await form.settled();
  return { el, form, api };
}

export const person = { firstName: 'Amina', lastName: 'Diallo', email: 'amina.diallo@example.org' };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryApi, type MemoryApi } from '@conseils-citoyens/core';
import { FIXED_NOW, demoSessions } from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/registration-form/cc-registration-form.js';
import '@conseils-citoyens/session-calendar/cc-session-calendar.js';
import { RegistrationFormObject } from '../../packages/registration-form/test-helpers/registration-form-object.js';

/**
 * `<cc-registration-form>` inscrit une personne à une séance : résumé et places restantes en direct, champs choisis
 * par le site (`fields`), notice RGPD, puis un résultat clair — confirmée, liste d'attente avec le rang, complet,
 * inscriptions closes, séance annulée — ou une panne qui garde la saisie et propose de réessayer.
 * Ouvert depuis un lien d'annulation, il affiche `<cc-registration-cancel>`, qui annule une inscription en deux clics.
 */
const meta: Meta = {
  title: 'Composants/cc-registration-form',
  component: 'cc-registration-form',
};
export default meta;
type Story = StoryObj;

const base = demoSessions()[0]!;
function api(): MemoryApi {
  const a = createMemoryApi({
    now: () => FIXED_NOW,
    sessions: [...demoSessions(),
      { ...base, id: 'closed', title: 'Séance aux inscriptions closes', registrationClosesAt: '2026-11-20T12:00:00+01:00' },
      { ...base, id: 'not-open', title: 'Séance pas encore ouverte', registrationOpensAt: '2026-11-30T09:00:00+01:00' },
      { ...base, id: 'cancelled', title: 'Séance annulée', status: 'cancelled' }],
  });
  void a.register('emploi-maubeuge', { firstName: 'A', lastName: 'B', email: 'a@example.org' });
  void a.register('intro-valenciennes', { firstName: 'A', lastName: 'B', email: 'a@example.org' });
  void a.register('intro-valenciennes', { firstName: 'C', lastName: 'D', email: 'c@example.org' });
  return a;
}
const form = (locale: string, sessionId: string, o: { api?: MemoryApi; fields?: string } = {}) => html`
  <cc-provider locale=${locale} .api=${o.api ?? api()}>
    <cc-registration-form session-id=${sessionId} fields=${o.fields ?? ''} .now=${FIXED_NOW}
      privacy-controller="la Ville de Lille" privacy-contact="dpo@lille.example" privacy-href="#donnees"></cc-registration-form>
  </cc-provider>`;
/** Plays a resident's steps on the form once it is ready. */
const play = (steps: (f: RegistrationFormObject) => Promise<void>) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const f = new RegistrationFormObject(canvasElement.querySelector('cc-registration-form')!);
  await f.settled();
  await steps(f);
};
const amina = { firstName: 'Amina', lastName: 'Diallo', email: 'amina.diallo@example.org' };

export const Formulaire: Story = { name: 'Formulaire', render: (_a, { globals }) => form(globals.locale, 'reseau-referents') };
export const TousLesChamps: Story = {
  name: 'Tous les champs',
  render: (_a, { globals }) => form(globals.locale, 'reseau-referents', { fields: 'phone organisation neighbourhood college accessibilityNeeds comment' }),
};
export const ErreursDeSaisie: Story = {
  name: 'Erreurs de saisie (résumé et champs)',
  render: (_a, { globals }) => form(globals.locale, 'reseau-referents'),
  play: play(async (f) => { await f.type('email', 'amina@'); await f.submit(); }),
};
export const Confirmee: Story = {
  name: 'Inscription confirmée',
  render: (_a, { globals }) => form(globals.locale, 'reseau-referents'),
  play: play(async (f) => { await f.fill(amina); await f.submit(); }),
};
export const ListeAttente: Story = { name: "Complet, liste d'attente ouverte", render: (_a, { globals }) => form(globals.locale, 'intro-valenciennes') };
export const EnListeAttente: Story = {
  name: "Inscrit·e en liste d'attente (rang)",
  render: (_a, { globals }) => form(globals.locale, 'intro-valenciennes'),
  play: play(async (f) => { await f.fill(amina); await f.submit(); }),
};
export const Complet: Story = { name: "Complet sans liste d'attente", render: (_a, { globals }) => form(globals.locale, 'emploi-maubeuge') };
export const Closes: Story = { name: 'Inscriptions closes', render: (_a, { globals }) => form(globals.locale, 'closed') };
export const PasOuvertes: Story = { name: 'Inscriptions pas encore ouvertes', render: (_a, { globals }) => form(globals.locale, 'not-open') };
export const Annulee: Story = { name: 'Séance annulée', render: (_a, { globals }) => form(globals.locale, 'cancelled') };
export const PanneReseau: Story = {
  name: 'Panne réseau (saisie conservée, « Réessayer »)',
  render: (_a, { globals }) => form(globals.locale, 'reseau-referents'),
  play: async (ctx) => {
    const a = (ctx.canvasElement.querySelector('cc-provider') as unknown as { api: MemoryApi }).api;
    await play(async (f) => { await f.fill(amina); a.failNext('network'); await f.submit(); })(ctx);
  },
};
export const Annulation: Story = {
  name: 'Annuler son inscription (lien reçu)',
  render: (_a, { globals }) => html`<cc-provider locale=${globals.locale} .api=${api()}>
    <cc-registration-form registration-id="r1" cancel-token="jeton-de-demonstration-0001"></cc-registration-form></cc-provider>`,
};
export const AvecCalendrier: Story = {
  name: 'Avec le calendrier (for)',
  render: (_a, { globals }) => html`<cc-provider locale=${globals.locale} .api=${api()}>
    <cc-session-calendar id="agenda" view="list" month="2026-12" .now=${FIXED_NOW}></cc-session-calendar>
    <cc-registration-form for="agenda" .now=${FIXED_NOW}></cc-registration-form></cc-provider>`,
};
export const SansConfiguration: Story = {
  name: 'Sans configuration',
  render: (_a, { globals }) => html`<cc-registration-form locale=${globals.locale} session-id="x"></cc-registration-form>`,
};

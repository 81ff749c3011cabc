import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { createMemoryApi, type MemoryApi } from '@conseils-citoyens/core/testing.js';
import { FIXED_NOW, demoSessions, splitSession } from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/registration-form/cc-registration-form.js';
import '@conseils-citoyens/registration-form/cc-registration-cancel.js';
import '@conseils-citoyens/session-calendar/cc-session-calendar.js';
import controls from './controls.json';
import { RegistrationFormObject } from '../../packages/registration-form/test-helpers/registration-form-object.js';

/**
 * `<cc-registration-form>` inscrit une personne à une séance : résumé et places restantes en direct, champs choisis
 * par le site (`fields`), notice RGPD, puis un résultat clair — confirmée, liste d'attente avec le rang, complet,
 * inscriptions closes, séance annulée — ou une panne qui garde la saisie et propose de réessayer.
 * Ouvert depuis un lien d'annulation, il affiche `<cc-registration-cancel>`, qui annule une inscription en deux clics.
 */
interface FormArgs {
  sessionId: string;
  fields: string;
  requiredFields: string;
  privacyController: string;
  privacyRetention: string;
  privacyContact: string;
  privacyHref: string;
  headingLevel: number;
}

const meta: Meta<FormArgs> = {
  title: 'Composants/cc-registration-form',
  component: 'cc-registration-form',
  args: {
    sessionId: 'reseau-referents',
    fields: '',
    requiredFields: '',
    privacyController: 'la Ville de Lille',
    privacyRetention: '',
    privacyContact: 'dpo@lille.example',
    privacyHref: '#donnees',
    headingLevel: 2,
  },
  argTypes: {
    sessionId: {
      control: 'select',
      options: [
        'reseau-referents',
        'intro-valenciennes',
        'emploi-maubeuge',
        'closed',
        'not-open',
        'cancelled',
        'reseau-colleges',
      ],
    },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  // Each control of the panel changes the story (checked by the Storybook smoke test with controls.json).
  parameters: { controls: { include: Object.keys(controls.samples) } },
  render: (args, { globals }) => form(globals.locale as string, args),
};
export default meta;
type Story = StoryObj<FormArgs>;

const base = demoSessions()[0]!;
function api(): MemoryApi {
  const a = createMemoryApi({
    now: () => FIXED_NOW,
    sessions: [
      ...demoSessions(),
      {
        ...base,
        id: 'closed',
        title: 'Séance aux inscriptions closes',
        registrationClosesAt: '2026-11-20T12:00:00+01:00',
      },
      {
        ...base,
        id: 'not-open',
        title: 'Séance pas encore ouverte',
        registrationOpensAt: '2026-11-30T09:00:00+01:00',
      },
      { ...base, id: 'cancelled', title: 'Séance annulée', status: 'cancelled' },
      splitSession,
    ],
  });
  // The residents' seats of the split session are taken: their collège offers the waiting list, the other has seats.
  for (const email of ['h1@example.org', 'h2@example.org'])
    void a.register(splitSession.id, { firstName: 'H', lastName: 'A', email, college: 'habitant' });
  void a.register('emploi-maubeuge', { firstName: 'A', lastName: 'B', email: 'a@example.org' });
  void a.register('intro-valenciennes', { firstName: 'A', lastName: 'B', email: 'a@example.org' });
  void a.register('intro-valenciennes', { firstName: 'C', lastName: 'D', email: 'c@example.org' });
  return a;
}
const form = (locale: string, a: FormArgs, source: MemoryApi = api()) => html`
  <cc-provider locale=${locale} .api=${source}>
    <cc-registration-form session-id=${a.sessionId} fields=${a.fields} required-fields=${a.requiredFields} heading-level=${a.headingLevel}
      privacy-controller=${a.privacyController || nothing} privacy-retention=${a.privacyRetention || nothing}
      privacy-contact=${a.privacyContact || nothing} privacy-href=${a.privacyHref || nothing} .now=${FIXED_NOW}></cc-registration-form>
  </cc-provider>`;
/** Plays a resident's steps on the form once it is ready. */
const play =
  (steps: (f: RegistrationFormObject) => Promise<void>) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const f = new RegistrationFormObject(canvasElement.querySelector('cc-registration-form')!);
    await f.settled();
    await steps(f);
  };
const amina = { firstName: 'Amina', lastName: 'Diallo', email: 'amina.diallo@example.org' };

export const Formulaire: Story = { name: 'Formulaire' };
export const TousLesChamps: Story = {
  name: 'Tous les champs',
  args: { fields: 'phone organisation neighbourhood college accessibilityNeeds comment' },
};
export const ErreursDeSaisie: Story = {
  name: 'Erreurs de saisie (résumé et champs)',
  play: play(async (f) => {
    await f.type('email', 'amina@');
    await f.submit();
  }),
};
export const Confirmee: Story = {
  name: 'Inscription confirmée',
  play: play(async (f) => {
    await f.fill(amina);
    await f.submit();
  }),
};
export const ListeAttente: Story = {
  name: "Complet, liste d'attente ouverte",
  args: { sessionId: 'intro-valenciennes' },
};
export const EnListeAttente: Story = {
  name: "Inscrit·e en liste d'attente (rang)",
  args: { sessionId: 'intro-valenciennes' },
  play: play(async (f) => {
    await f.fill(amina);
    await f.submit();
  }),
};
export const ParCollege: Story = {
  name: 'Places réparties par collège (chacun ses places et sa liste d’attente)',
  args: { sessionId: 'reseau-colleges' },
};
export const Complet: Story = {
  name: "Complet sans liste d'attente",
  args: { sessionId: 'emploi-maubeuge' },
};
export const Closes: Story = { name: 'Inscriptions closes', args: { sessionId: 'closed' } };
export const PasOuvertes: Story = {
  name: 'Inscriptions pas encore ouvertes',
  args: { sessionId: 'not-open' },
};
export const Annulee: Story = { name: 'Séance annulée', args: { sessionId: 'cancelled' } };
export const PanneReseau: Story = {
  name: 'Panne réseau (saisie conservée, « Réessayer »)',
  play: async (ctx) => {
    const a = (ctx.canvasElement.querySelector('cc-provider') as unknown as { api: MemoryApi }).api;
    await play(async (f) => {
      await f.fill(amina);
      a.failNext('network');
      await f.submit();
    })(ctx);
  },
};
export const Annulation: Story = {
  name: 'Annuler son inscription (lien reçu : <cc-registration-cancel>)',
  parameters: { controls: { include: [] } },
  render: (_a, { globals }) => html`<cc-provider locale=${globals.locale} .api=${api()}>
    <cc-registration-cancel registration-id="r1" cancel-token="jeton-de-demonstration-0001"></cc-registration-cancel></cc-provider>`,
};
export const AvecCalendrier: Story = {
  name: 'Avec le calendrier (for)',
  parameters: { controls: { include: [] } },
  render: (_a, { globals }) => html`<cc-provider locale=${globals.locale} .api=${api()}>
    <cc-session-calendar id="agenda" view="list" month="2026-12" .now=${FIXED_NOW}></cc-session-calendar>
    <cc-registration-form for="agenda" .now=${FIXED_NOW}></cc-registration-form></cc-provider>`,
};
export const SansConfiguration: Story = {
  name: 'Sans configuration',
  parameters: { controls: { include: [] } },
  render: (_a, { globals }) =>
    html`<cc-registration-form locale=${globals.locale as string} session-id="x"></cc-registration-form>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  FIXED_NOW,
  cancelledSession,
  createMemoryApi,
  demoSessions,
  splitSession,
  type MemoryApi,
} from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/session-calendar/cc-session-admin.js';
import controls from './controls.json';
import { pressing } from '../pressing.js';

/**
 * `<cc-session-admin>` : la page d'équipe des organisateurs. Les séances à venir, passées ou annulées, à chercher
 * (sans accents) et à filtrer par commune ; créer, modifier ou dupliquer une séance (« la même à Valenciennes ») dans
 * une fenêtre où les heures sont celles de Paris ; l'annuler avec un motif que le serveur envoie par e-mail aux
 * personnes inscrites ; voir ses inscriptions — confirmées, liste d'attente dans l'ordre, annulées. Il faut le jeton
 * d'un organisateur, donné à `<cc-provider>` comme propriété JS.
 */
interface AdminArgs {
  headingLevel: number;
  width: string;
}

/** The demo sessions, one past, one cancelled, and people registered for the small introductory session. */
function demoApi(): MemoryApi {
  const api = createMemoryApi({
    sessions: [
      ...demoSessions(),
      cancelledSession,
      splitSession,
      {
        ...demoSessions()[0]!,
        id: 'octobre-lille',
        title: 'Rencontre de réseau d’octobre',
        start: '2026-10-06T09:00:00+02:00',
        end: '2026-10-06T12:00:00+02:00',
      },
    ],
    now: () => FIXED_NOW,
  });
  const people = [
    ['Amina', 'Diallo', 'habitant'],
    ['Éloïse', 'Martin', 'acteur_local'],
    ['Karim', 'Benali', 'habitant'],
    ['Jeanne', 'Petit', 'habitant'],
  ] as const;
  for (const [first, last, college] of people)
    void api.register(
      'intro-valenciennes',
      { firstName: first, lastName: last, email: `${last.toLowerCase()}@example.org`, college },
      { idempotencyKey: last },
    );
  const split = [
    ['Nadia', 'Lefebvre', 'habitant'],
    ['Paul', 'Durand', 'habitant'],
    ['Sofia', 'Moreau', 'habitant'],
    ['Yann', 'Leroy', 'acteur_local'],
  ] as const;
  for (const [first, last, college] of split)
    void api.register(
      splitSession.id,
      { firstName: first, lastName: last, email: `${last.toLowerCase()}@example.org`, college },
      { idempotencyKey: `split-${last}` },
    );
  return api;
}

const meta: Meta<AdminArgs> = {
  title: 'Composants/cc-session-admin',
  component: 'cc-session-admin',
  args: { headingLevel: 2, width: '72rem' },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
    width: { control: 'select', options: ['72rem', '20rem'] },
  },
  parameters: { controls: { include: Object.keys(controls.samples) } },
  render: (a, { globals }) =>
    html`<div style="max-width:${a.width}"><cc-provider locale=${globals.locale as string} .api=${demoApi()}>
      <cc-session-admin heading-level=${a.headingLevel} .now=${FIXED_NOW}></cc-session-admin></cc-provider></div>`,
};
export default meta;
type Story = StoryObj<AdminArgs>;

/** Presses what `selectors` name in the element, one after the other. */
const press = (...selectors: string[]) => pressing('cc-session-admin', ...selectors);

export const Seances: Story = { name: 'Les séances à venir' };
export const Telephone: Story = { name: 'Sur un téléphone', args: { width: '20rem' } };
export const NouvelleSeance: Story = {
  name: 'Nouvelle séance envoyée vide : les erreurs, chacune nommée',
  play: press('[data-new]', 'dialog [part="submit"]'),
};
export const Dupliquer: Story = {
  name: 'Dupliquer une séance pour une autre commune',
  play: press('[data-duplicate="intro-valenciennes"]'),
};
export const Annuler: Story = {
  name: 'Annuler une séance, avec le motif envoyé aux inscrits',
  play: press('[data-cancel="intro-valenciennes"]'),
};
export const Inscriptions: Story = {
  name: 'Les inscriptions d’une séance : confirmées, liste d’attente, annulées',
  play: press('[data-registrations="intro-valenciennes"]'),
};
export const ParCollege: Story = {
  name: 'Une séance aux places réparties par collège : chaque groupe, sa liste d’attente',
  play: press(`[data-registrations="${splitSession.id}"]`),
};
export const RepartirLesPlaces: Story = {
  name: 'Répartir les places d’une séance par collège',
  play: press(`[data-edit="${splitSession.id}"]`),
};
export const Serie: Story = {
  name: 'Créer une série : la même séance dans d’autres communes',
  play: press(
    '[data-duplicate="intro-valenciennes"]',
    '[data-add-occurrence]',
    '[data-add-occurrence]',
  ),
};
export const ParTelephone: Story = {
  name: 'Inscrire une personne prise au téléphone',
  play: press('[data-registrations="intro-valenciennes"]', '[data-enter]'),
};

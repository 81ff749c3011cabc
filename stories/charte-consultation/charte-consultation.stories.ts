import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  FIXED_NOW,
  charteDraft,
  createMemoryApi,
  type MemoryApi,
} from '@conseils-citoyens/core/testing.js';
import { CHARTE_LIBRARY, assembleCharte } from '@conseils-citoyens/schemas';
import '@conseils-citoyens/core/cc-provider.js';
import '@conseils-citoyens/charte/cc-charte-consultation.js';
import controls from './controls.json';

/**
 * `<cc-charte-consultation>` est la page qu'un membre du conseil citoyen ouvre avec le lien de consultation : la version
 * de la charte soumise aux membres, le mot du bureau, et sous chaque article les commentaires déjà faits et
 * « Commenter l'article 3 », qui demande un nom et un commentaire dans une fenêtre. Ce qui est tapé reste sur
 * l'appareil jusqu'à l'envoi. Une fois la consultation close, le texte et les commentaires restent lisibles.
 */
interface ConsultationArgs {
  state: 'open' | 'closed' | 'none';
  comments: number;
  headingLevel: number;
  width: string;
}

const ID = 'charte-sous-le-bois';
const SAID = [
  ['Awa', 'Le préambule est clair, on comprend à quoi sert le conseil.'],
  ['Karim', 'Et les jeunes ? Il faudrait dire comment ils sont invités.'],
  ['Service politique de la ville', 'Noté : nous proposerons une rédaction pour la plénière.'],
] as const;

/** A memory API where the Sous-le-Bois draft is (or was) submitted to the members, with some of their comments. */
async function consultation({ state, comments }: ConsultationArgs): Promise<MemoryApi> {
  const api = createMemoryApi({ chartes: [charteDraft()], now: () => FIXED_NOW });
  if (state === 'none') return api;
  await api.openConsultation(
    ID,
    {
      closesAt: new Date(FIXED_NOW.getTime() + 21 * 86_400_000).toISOString(),
      message: 'Vos remarques avant la plénière du 16 décembre, article par article.',
    },
    { ifMatch: '*' },
  );
  const articles = assembleCharte(CHARTE_LIBRARY, charteDraft()).sections.flatMap(
    (s) => s.articles,
  );
  for (let i = 0; i < comments; i++) {
    const [author, body] = SAID[i % SAID.length]!;
    await api.addComment(ID, 1, { article: articles[i % 2]!.id, author, body });
  }
  if (state === 'closed') await api.closeConsultation(ID);
  return api;
}

const meta: Meta<ConsultationArgs> = {
  title: 'Composants/cc-charte-consultation',
  component: 'cc-charte-consultation',
  args: { state: 'open', comments: 3, headingLevel: 2, width: '48rem' },
  argTypes: {
    state: { control: 'inline-radio', options: ['open', 'closed', 'none'] },
    comments: { control: { type: 'range', min: 0, max: 6 } },
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
    width: { control: 'select', options: ['48rem', '20rem'] },
  },
  parameters: { controls: { include: Object.keys(controls.samples) } },
  loaders: [async ({ args }) => ({ api: await consultation(args) })],
  render: (a, { globals, loaded }) =>
    html`<div style="max-width:${a.width}"><cc-provider locale=${globals.locale as string} .api=${(loaded as { api: MemoryApi }).api}>
      <cc-charte-consultation charte-id=${ID} heading-level=${a.headingLevel}></cc-charte-consultation></cc-provider></div>`,
};
export default meta;
type Story = StoryObj<ConsultationArgs>;

export const Ouverte: Story = { name: 'Ouverte : lire et commenter article par article' };
export const SansCommentaire: Story = {
  name: 'Ouverte, aucun commentaire encore',
  args: { comments: 0 },
};
export const Close: Story = {
  name: 'Close : le texte et les commentaires restent, plus de « Commenter »',
  args: { state: 'closed' },
};
export const PasEnConsultation: Story = {
  name: 'Charte jamais soumise aux membres',
  args: { state: 'none' },
};
export const Telephone: Story = { name: 'Sur un téléphone', args: { width: '20rem' } };

/** « Commenter l'article 1 » pressed: the dialog asks a name and a comment. */
export const Commenter: Story = {
  name: 'La fenêtre « Commenter l’article 1 »',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cc-charte-consultation')!;
    const button = async () => {
      for (let i = 0; i < 50; i++) {
        const b = el.shadowRoot
          ?.querySelector('cc-charte')
          ?.shadowRoot?.querySelector<HTMLButtonElement>('[data-comment]');
        if (b) return b;
        await new Promise((r) => setTimeout(r, 20));
      }
      return undefined;
    };
    (await button())?.click();
  },
};

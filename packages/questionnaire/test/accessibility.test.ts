// Every type of question, in every state a resident meets, checked with axe: empty, errors on « Envoyer », filled,
// narrow (a phone), in French and in English.
import { expect, fixture, html } from '@open-wc/testing';
import {
  FIXED_NOW,
  allQuestionTypes,
  createMemoryApi,
  trainingNeeds,
} from '@conseils-citoyens/core/testing.js';
import '../src/cc-questionnaire.js';
import type { CcQuestionnaire } from '../src/questionnaire.js';
import { QuestionnaireObject } from '../test-helpers/questionnaire-object.js';

async function mount(locale: string, width = '48rem') {
  const api = createMemoryApi({
    questionnaires: [trainingNeeds({ ...allQuestionTypes(), id: 'types' })],
    now: () => FIXED_NOW,
  });
  const div = await fixture<HTMLElement>(
    html`<div style="width:${width}"><cc-questionnaire questionnaire-id="types" .api=${api} locale=${locale}></cc-questionnaire></div>`,
  );
  const q = new QuestionnaireObject(div.querySelector('cc-questionnaire')!);
  await q.settle();
  return q;
}

for (const locale of ['fr', 'en'])
  for (const width of ['48rem', '20rem'])
    describe(`every question type, ${locale}, ${width}`, () => {
      beforeEach(() => sessionStorage.clear());

      it('is accessible empty, with its errors, and filled', async () => {
        const q = await mount(locale, width);
        expect(q.root.querySelectorAll('[part="field"]').length).to.be.greaterThan(13);
        await expect(q.el).to.be.accessible();
        (q.root.querySelector('[part="submit"]') as HTMLButtonElement).click();
        await q.settle();
        expect(q.errors.length).to.equal(2); // the required text and the consent
        await expect(q.el).to.be.accessible();
        await q.type('text', 'Amina');
        await q.type('number', '12');
        await q.type('email', 'amina@exemple.fr');
        await q.choose('single', '_other');
        await q.type('single:other', 'Une autre réponse');
        await q.choose('multiple', 'a');
        await q.select('dropdown', 'b');
        await q.choose('yesno', 'yes');
        await q.choose('scale', '4');
        await q.tick('ranking');
        await q.tick('consent');
        if (width === '48rem') await q.choose('matrix:a', 'y');
        await expect(q.el).to.be.accessible();
      });
    });

describe('<cc-questionnaire> states', () => {
  it('is accessible while loading and when it has no configuration', async () => {
    const slow = createMemoryApi({
      questionnaires: [trainingNeeds()],
      latencyMs: 200,
      now: () => FIXED_NOW,
    });
    const el = await fixture<CcQuestionnaire>(
      html`<cc-questionnaire questionnaire-id="besoins-formation" .api=${slow} locale="fr"></cc-questionnaire>`,
    );
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    const bare = await fixture<CcQuestionnaire>(
      html`<cc-questionnaire questionnaire-id="besoins-formation" locale="fr"></cc-questionnaire>`,
    );
    expect(bare.shadowRoot!.querySelector('[part="config-error"]')!.textContent).to.contain(
      "n'est relié à aucune API",
    );
    await expect(bare).to.be.accessible();
  });
});

// The questionnaire with the keyboard only: arrows in a group of radios, Enter for « Suivant », the summary's links,
// the ranking's buttons.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryApi, FIXED_NOW, trainingNeeds } from '@conseils-citoyens/core/testing.js';
import '../src/cc-questionnaire.js';
import type { CcQuestionnaire } from '../src/questionnaire.js';
import { QuestionnaireObject } from '../test-helpers/questionnaire-object.js';

async function mount() {
  const api = createMemoryApi({ questionnaires: [trainingNeeds()], now: () => FIXED_NOW });
  const el = await fixture<CcQuestionnaire>(
    html`<cc-questionnaire questionnaire-id="besoins-formation" .api=${api} locale="fr"></cc-questionnaire>`,
  );
  const q = new QuestionnaireObject(el);
  await q.settle();
  return q;
}
const checked = (q: QuestionnaireObject, id: string) =>
  (q.controls(id) as HTMLInputElement[]).find((c) => c.checked)?.value;

describe('<cc-questionnaire> keyboard', () => {
  beforeEach(() => sessionStorage.clear());

  it('arrows choose within a group; Tab goes to the next question; Enter on « Suivant » moves on', async () => {
    const q = await mount();
    (q.controls('anciennete')[0] as HTMLInputElement).focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await q.settle();
    expect(checked(q, 'anciennete')).to.equal('6-mois-1-an');
    await sendKeys({ press: 'Tab' });
    expect((q.focused as HTMLInputElement).name).to.equal('college');
    await sendKeys({ press: 'Space' });
    await q.settle();
    expect(checked(q, 'college')).to.equal('habitant');
    q.button('Suivant').focus();
    await sendKeys({ press: 'Enter' });
    await q.settle();
    expect(q.progress).to.equal('Page 2 sur 5');
    expect(q.focused).to.equal(q.pageHeading);
  });

  it('Enter in a text field checks the page; a summary link takes the focus to its question', async () => {
    const q = await mount();
    q.root.querySelector<HTMLElement>('[name="roles"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await q.settle();
    expect(q.focused).to.equal(q.errorSummary);
    await sendKeys({ press: 'Tab' });
    expect(q.focused!.textContent).to.contain('Depuis combien de temps');
    await sendKeys({ press: 'Enter' });
    expect(q.focused).to.equal(q.controls('anciennete')[0]);
  });

  it('a ranking is ordered with the keyboard alone', async () => {
    const q = await mount();
    await q.choose('anciennete', 'plus-1-an');
    await q.choose('college', 'habitant');
    await q.next();
    await q.choose('connaissance-contrat', '3');
    await q.choose('aise-parole', '3');
    await q.choose('deja-forme', 'no');
    await q.next();
    const down = q.root.querySelector<HTMLButtonElement>(
      'button[data-move="atelier"][data-delta="1"]',
    )!;
    down.focus();
    await sendKeys({ press: 'Enter' });
    await q.settle();
    await sendKeys({ press: 'Space' });
    await q.settle();
    expect(
      [...q.root.querySelectorAll('.ranking .rank-label')].map((l) => l.textContent)[2],
    ).to.equal('Un atelier en petit groupe');
    expect(q.announcement).to.equal(
      '« Un atelier en petit groupe » est maintenant en position 3 sur 4.',
    );
  });
});

// The rest of a resident's and a city's ways with the questionnaire: paper (print a blank one, type one in), browser
// back and forward, a draft begun on an earlier version, and withdrawing one's answers by their link.
import { expect, fixture, html } from '@open-wc/testing';
import type { Questionnaire } from '@conseils-citoyens/schemas';
import {
  FIXED_NOW,
  createMemoryApi,
  trainingNeeds,
  type MemoryApi,
} from '@conseils-citoyens/core/testing.js';
import { TRAINING_NEEDS } from '@conseils-citoyens/schemas/examples/training-needs.js';
import { sampleAnswers, seededRandom } from '@conseils-citoyens/schemas/testing/sample-answers.js';
import '../src/cc-questionnaire.js';
import type { CcQuestionnaire } from '../src/questionnaire.js';
import { QuestionnaireObject } from '../test-helpers/questionnaire-object.js';
import { toLastPage } from './fixtures.js';

const newApi = (questionnaires: Questionnaire[] = [trainingNeeds()]) =>
  createMemoryApi({ questionnaires, now: () => FIXED_NOW });
async function mount(api: MemoryApi = newApi(), extra = {}) {
  const el = await fixture<CcQuestionnaire>(
    html`<cc-questionnaire questionnaire-id="besoins-formation" .api=${api} locale="fr"></cc-questionnaire>`,
  );
  Object.assign(el, extra);
  const q = new QuestionnaireObject(el);
  await q.settle();
  return { el, q };
}

describe('<cc-questionnaire>: paper, address, versions, withdrawal', () => {
  const realPrint = window.print;
  let printed = 0;
  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
    printed = 0;
    window.print = () => void printed++;
  });
  after(() => {
    window.print = realPrint;
  });

  it('prints a blank questionnaire: every page, boxes, lines, conditions in words', async () => {
    const { q } = await mount();
    await q.press('Imprimer le questionnaire vierge');
    await q.until(() => !!q.root.querySelector('.paper'), 'the paper version');
    expect(printed).to.equal(1);
    const pages = [...q.root.querySelectorAll('.paper-page .page-heading')].map(
      (h) => h.textContent,
    );
    expect(pages).to.deep.equal([
      'Vous et le conseil citoyen',
      'Ce que vous savez déjà',
      'Vos besoins de formation',
      'Vos disponibilités',
      'Pour finir',
    ]);
    expect(q.text).to.contain(
      'Seulement si vous avez répondu « Oui » à « Avez-vous déjà suivi une formation liée au conseil citoyen ? » :',
    );
    expect(q.root.querySelectorAll('.paper .box').length).to.be.greaterThan(60);
    expect(q.root.querySelectorAll('.paper .lines').length).to.be.greaterThan(5);
    const box = getComputedStyle(q.root.querySelector('.paper .box')!);
    expect(box.borderTopStyle, 'the paper version brings its styles').to.equal('solid');
    expect(box.width).to.equal('16px');
    await expect(q.el).to.be.accessible();
    window.dispatchEvent(new Event('afterprint'));
    await q.until(() => !q.root.querySelector('.paper'), 'back online');
    expect(q.progress).to.equal('Page 1 sur 5');
    expect(q.focused!.textContent).to.equal('Imprimer le questionnaire vierge');
  });

  it('mode="entry" says it is a paper one and marks the answers as paper', async () => {
    const api = newApi();
    const { q, el } = await mount(api);
    el.mode = 'entry';
    await q.settle();
    expect(q.text).to.contain('Saisie d’un questionnaire papier');
    expect(q.root.textContent).not.to.contain('Enregistrer et reprendre plus tard');
    const sent: boolean[] = [];
    const submit = api.submitQuestionnaireResponse.bind(api);
    api.submitQuestionnaireResponse = (id, body, o) => {
      sent.push(!!body.paper);
      return submit(id, body, o);
    };
    await toLastPage(q);
    await q.press('Envoyer mes réponses');
    await q.until(() => !!q.root.querySelector('#outcome'), 'recorded');
    expect(sent).to.deep.equal([true]);
    expect(q.text).to.contain('Questionnaire papier enregistré.');
    await q.press('Saisir un autre questionnaire papier');
    expect(q.progress).to.equal('Page 1 sur 5');
    expect(q.controls('anciennete').some((c) => (c as HTMLInputElement).checked)).to.equal(false);
  });

  it('sync-url: the page is in the address, and the browser’s back button goes back a page', async () => {
    const { q, el } = await mount();
    el.syncUrl = true;
    await q.choose('anciennete', 'plus-1-an');
    await q.choose('college', 'habitant');
    await q.next();
    expect(new URL(location.href).searchParams.get('cc-page')).to.equal('connaissances');
    history.back();
    await q.until(() => q.progress === 'Page 1 sur 5', 'back to page 1');
    expect(q.focused).to.equal(q.pageHeading);
    history.forward();
    await q.until(() => q.progress === 'Page 2 sur 5', 'forward to page 2');
  });

  it('a draft begun on an earlier version opens in that version, so its answers keep their meaning', async () => {
    const v2 = trainingNeeds();
    const api = newApi([v2]);
    const first = await mount(api);
    await first.q.choose('anciennete', 'plus-1-an');
    first.el.remove();
    // The territory publishes version 3 with a new first question meanwhile.
    const head = await api.getDocument('questionnaires', 'besoins-formation');
    const {
      id: _i,
      version: _v,
      versionStatus: _s,
      updatedAt: _u,
      updatedBy: _b,
      status: _st,
      ...data
    } = head;
    data.pages[0]!.items.unshift({
      id: 'nouvelle',
      type: 'text',
      label: 'Une question ajoutée en version 3',
    });
    await api.saveDocument('questionnaires', 'besoins-formation', data, { ifMatch: 2 });
    await api.publishDocument('questionnaires', 'besoins-formation', { ifMatch: 3 });
    const again = await mount(api);
    expect(again.q.shows('nouvelle'), 'still version 2').to.equal(false);
    expect(
      (again.q.controls('anciennete').find((c) => c.value === 'plus-1-an') as HTMLInputElement)
        .checked,
    ).to.equal(true);
    // A new resident gets version 4.
    sessionStorage.clear();
    const fresh = await mount(api);
    expect(fresh.q.shows('nouvelle')).to.equal(true);
  });

  it('one answer per invited person: without the link it says so; with it, it sends it along', async () => {
    const token = `inv1.${'s'.repeat(40)}`;
    const api = createMemoryApi({
      questionnaires: [trainingNeeds({ responses: 'invitation' })],
      invitations: [token],
      now: () => FIXED_NOW,
    });
    const { q } = await mount(api);
    expect(q.text).to.contain('Ce questionnaire est réservé aux personnes invitées');
    expect(q.root.querySelector('form')).to.equal(null);
    await expect(q.el).to.be.accessible();
    history.replaceState(null, '', `#cc-invitation=${token}`);
    const invited = await mount(api);
    expect(invited.q.text).to.contain('Une seule réponse par personne');
    const sent: (string | undefined)[] = [];
    const submit = api.submitQuestionnaireResponse.bind(api);
    api.submitQuestionnaireResponse = (id, body, o) => {
      sent.push(o?.invitation);
      return submit(id, body, o);
    };
    await toLastPage(invited.q);
    await invited.q.press('Envoyer mes réponses');
    await invited.q.until(() => !!invited.q.root.querySelector('#outcome'), 'sent');
    expect(sent).to.deep.equal([token]);
  });

  it('withdraws one’s answers with the link given after sending', async () => {
    const api = newApi();
    const receipt = await api.submitQuestionnaireResponse('besoins-formation', {
      version: 2,
      ...sampleAnswers(TRAINING_NEEDS, seededRandom(5)),
    });
    history.replaceState(null, '', `#cc-retirer=${receipt.id}.${receipt.deleteToken}`);
    const { q } = await mount(api);
    expect(q.text).to.contain('Voulez-vous retirer vos réponses à ce questionnaire ?');
    await expect(q.el).to.be.accessible();
    await q.press('Retirer mes réponses');
    expect(q.text).to.contain('Vos réponses ont été retirées.');
    expect(q.focused).to.equal(q.root.querySelector('#outcome'));
    // The same link again: already gone.
    sessionStorage.clear();
    const again = await mount(api);
    await again.q.press('Retirer mes réponses');
    expect(again.q.text).to.contain('Ces réponses ont déjà été retirées');
  });
});

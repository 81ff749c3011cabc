// <cc-questionnaire-editor> on the memory adapter (versions and If-Match as on the server): editing, autosave,
// conflicts, publishing, conditions as sentences, the shared template's locked questions, nothing lost on reload.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FIXED_NOW, createMemoryApi, trainingNeeds } from '@conseils-citoyens/core/testing.js';
import { documentInput } from '@conseils-citoyens/schemas/document-input.js';
import type { QuestionnaireInput } from '@conseils-citoyens/schemas';
import '../src/cc-questionnaire-editor.js';
import type { CcQuestionnaireEditor } from '../src/questionnaire-editor.js';

const words = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ID = 'besoins-formation';

async function mount(
  api = createMemoryApi({ questionnaires: [trainingNeeds()], now: () => FIXED_NOW }),
  id = ID,
) {
  const el = await fixture<CcQuestionnaireEditor>(
    html`<cc-questionnaire-editor questionnaire-id=${id} .api=${api} locale="fr"></cc-questionnaire-editor>`,
  );
  const settle = async (ms = 0) => {
    if (ms) await new Promise((r) => setTimeout(r, ms));
    for (let i = 0; i < 10; i++) {
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  await settle();
  const root = el.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(s: string) => root.querySelector<T>(s)!;
  const type = async (selector: string, value: string) => {
    const input = $<HTMLInputElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle();
  };
  const select = async (selector: string, value: string) => {
    const s = $<HTMLSelectElement>(selector);
    s.value = value;
    s.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle();
  };
  const click = async (selector: string) => {
    $(selector).click();
    await settle();
  };
  const order = (page = 0) =>
    [...root.querySelectorAll(`section.page:nth-of-type(${page + 1}) .items > li`)].map((li) =>
      li.id.slice(2),
    );
  return { el, root, api, settle, $, type, select, click, order };
}
/** Waits out the autosave's quiet second. */
const SAVE_DELAY = 1100;

beforeEach(() => localStorage.clear());

describe('<cc-questionnaire-editor>', () => {
  it('shows every page and question of the latest version, accessible', async () => {
    const { el, root } = await mount();
    expect(words(root.querySelector('#heading'))).to.equal(
      'Modifier : Recenser les besoins de formation des conseillers citoyens',
    );
    expect(root.querySelectorAll('section.page')).to.have.length(5);
    expect(words(root.querySelector('#i-anciennete .item-label'))).to.equal(
      'Choix unique Depuis combien de temps êtes-vous membre du conseil citoyen ?',
    );
    expect(words(root.querySelector('#i-accueil-nouveaux .flags'))).to.equal(
      'Afficher si « Depuis combien de temps êtes-vous membre du conseil citoyen ? » est « Moins de 6 mois »',
    );
    expect(words(root.querySelector('[part="problems"]'))).to.equal(
      'Le questionnaire tient debout : il peut être publié.',
    );
    await expect(el).to.be.accessible();
  });

  it('saves a change as a new draft version on top of the one read (If-Match), after a quiet second', async () => {
    const { el, api, click, type, settle, $ } = await mount();
    const saved: number[] = [];
    el.addEventListener('cc-questionnaire-editor-save', (e) => saved.push(e.detail.version));
    await click('#i-college [data-action="edit"]');
    expect($('#i-college [data-action="edit"]').getAttribute('aria-expanded')).to.equal('true');
    await type('#e-college-label', 'Votre collège ?');
    expect(words($('[part="status"]'))).to.contain('gardées sur cet appareil');
    expect(saved).to.deep.equal([], 'not on every keystroke');
    await settle(SAVE_DELAY);
    expect(saved).to.deep.equal([3]);
    const head = await api.getDocument('questionnaires', ID);
    expect([head.version, head.versionStatus]).to.deep.equal([3, 'draft']);
    expect(JSON.stringify(head)).to.contain('Votre collège ?');
    expect(words($('[part="status"]'))).to.contain('Brouillon 3 Enregistré à');
    await expect(el).to.be.accessible();
  });

  it('sets who may answer: anyone, one per e-mail address confirmed by a link, or the people invited', async () => {
    const { el, api, settle, $ } = await mount();
    const select = $<HTMLSelectElement>('#q-responses');
    expect(words(el.shadowRoot!.querySelector('label[for="q-responses"]'))).to.equal(
      'Qui peut répondre ?',
    );
    expect(select.value).to.equal('anonymous');
    select.value = 'email';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(SAVE_DELAY);
    expect((await api.getDocument('questionnaires', ID)).responses).to.equal('email');
    select.value = 'anonymous';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(SAVE_DELAY);
    expect((await api.getDocument('questionnaires', ID)).responses).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('adds a question of any type, ready to write, and moves it by buttons with the focus following', async () => {
    const { root, click, select, $, order, settle } = await mount();
    const last = order(4).length;
    await select('#p-fin-add', 'single');
    await click('section.page:nth-of-type(5) .add-item button');
    const added = order(4);
    expect(added).to.have.length(last + 1);
    const id = added.at(-1)!;
    expect(id).to.equal('choix-unique');
    expect(root.activeElement?.id).to.equal(`e-${id}-label`);
    expect(
      [...root.querySelectorAll(`#e-${id}-form .options input`)].map(
        (i) => (i as HTMLInputElement).value,
      ),
    ).to.deep.equal(['Réponse 1', 'Réponse 2']);
    $(`#i-${id} [data-action="up"]`).focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(order(4).at(-2)).to.equal(id);
    expect(root.activeElement?.getAttribute('data-action')).to.equal('up');
    expect(root.activeElement?.closest('li')?.id).to.equal(`i-${id}`);
    expect(words(root.querySelector('[role="status"].visually-hidden'))).to.match(
      /« Nouvelle question » est maintenant en position \d+ sur \d+, page 5\./,
    );
  });

  it('deletes with « Annuler », which brings the question back where it was', async () => {
    const { root, click, order } = await mount();
    const before = order(0);
    await click('#i-college [aria-label^="Supprimer"]');
    expect(order(0)).to.not.include('college');
    expect(root.activeElement?.id).to.equal('undo');
    expect(words(root.querySelector('.undo'))).to.contain(
      '« Dans quel collège siégez-vous ? » supprimée.',
    );
    await click('#undo');
    expect(order(0)).to.deep.equal(before);
  });

  it('writes a condition as a sentence, from the questions asked before', async () => {
    const { el, root, click, select } = await mount();
    await click('#i-roles [data-action="edit"]');
    await click('#e-roles-form .condition button');
    const questions = [...root.querySelectorAll('#e-roles-rule-0-question option')].map((o) =>
      words(o),
    );
    expect(questions).to.deep.equal([
      'Depuis combien de temps êtes-vous membre du conseil citoyen ?',
      'Dans quel collège siégez-vous ?',
    ]);
    await select('#e-roles-rule-0-question', 'anciennete');
    await select('#e-roles-rule-0-value', '6-mois-1-an');
    expect(words(root.querySelector('#i-roles .flags'))).to.equal(
      'Afficher si « Depuis combien de temps êtes-vous membre du conseil citoyen ? » est « De 6 mois à 1 an »',
    );
    await select('#e-roles-rule-0-op', 'answered');
    expect(root.querySelector('#e-roles-rule-0-value')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a blank label is named where it is and held on this device, never sent', async () => {
    const { root, api, click, type, settle, $ } = await mount();
    const calls = api.calls;
    await click('#i-college [data-action="edit"]');
    await type('#e-college-label', '  ');
    await settle(SAVE_DELAY);
    expect(api.calls).to.equal(calls, 'nothing sent');
    expect(words($('[part="problems"]'))).to.contain(
      'Page 1 sur 5, Choix unique, Libellé de la question : ce champ ne peut pas rester vide.',
    );
    expect(words($('[part="status"]'))).to.contain('pas encore enregistré');
    expect($('#e-college-label').getAttribute('aria-invalid')).to.equal('true');
    await click('#i-college [data-action="edit"]'); // closed
    await click('[part="problems"] button');
    expect(root.activeElement?.id).to.equal('e-college-label');
  });

  it("another editor's version is shown beside this one; « Garder ma version » saves on top of theirs", async () => {
    const { el, api, root, click, type, settle } = await mount();
    const conflicts: number[] = [];
    el.addEventListener('cc-questionnaire-editor-conflict', (e) =>
      conflicts.push(e.detail.version),
    );
    // Someone else saves version 3 meanwhile.
    const theirs = documentInput(await api.getDocument('questionnaires', ID)) as QuestionnaireInput;
    theirs.title = 'Leur titre';
    await api.saveDocument('questionnaires', ID, theirs, { ifMatch: 2 });
    await type('#q-title', 'Mon titre');
    await settle(SAVE_DELAY);
    expect(conflicts).to.deep.equal([3]);
    const conflict = root.querySelector('.conflict')!;
    expect(words(conflict)).to.contain('a enregistré la version 3 pendant que vous modifiiez');
    expect(words(conflict)).to.contain('Mon titre');
    expect(words(conflict)).to.contain('Leur titre');
    await expect(el).to.be.accessible();
    await click('.conflict .cc-button:not([data-variant])');
    const head = await api.getDocument('questionnaires', ID);
    expect([head.version, head.title]).to.deep.equal([4, 'Mon titre']);
    expect(root.querySelector('.conflict')).to.equal(null);
  });

  it('publishes an immutable version with its note, shown in the history with a diff', async () => {
    const { el, api, root, click, type, settle, $ } = await mount();
    const published: { version: number; note: string }[] = [];
    el.addEventListener('cc-questionnaire-editor-publish', (e) => published.push(e.detail));
    await type('#q-title', 'Besoins de formation 2027');
    await click('#i-college [data-action="edit"]');
    await type('#e-college-label', 'Votre collège ?');
    await settle(SAVE_DELAY);
    await click('.toolbar [data-action="publish"]');
    expect(root.activeElement?.id).to.equal('dialog-title');
    await expect(el).to.be.accessible();
    $<HTMLTextAreaElement>('#note').value = 'Titre pour 2027';
    $<HTMLFormElement>('form.publish').requestSubmit();
    await settle();
    expect(published).to.deep.equal([{ version: 4, note: 'Titre pour 2027' }]);
    const head = await api.getDocument('questionnaires', ID);
    expect([head.version, head.versionStatus, head.title]).to.deep.equal([
      4,
      'published',
      'Besoins de formation 2027',
    ]);
    await click('.toolbar [data-action="history"]');
    await settle();
    expect(words(root.querySelector('.versions li'))).to.match(
      /^Version 4 \(publiée\), par Démonstration, le .* — Titre pour 2027$/,
    );
    $<HTMLSelectElement>('#h-from').value = '2';
    $<HTMLFormElement>('form.compare').requestSubmit();
    await settle();
    expect([...root.querySelectorAll('.diff p, .diff li')].map(words)).to.deep.equal([
      'Modifiées (1)',
      'Votre collège ? : libellé',
    ]);
  });

  it('in a territory’s version, the shared questions keep their type and answers, and say why', async () => {
    const fork = trainingNeeds({
      id: 'besoins-valenciennes',
      territory: 'Valenciennes Métropole',
      basedOn: { id: ID, version: 2 },
      status: 'draft',
      versionStatus: 'draft',
      version: 1,
    });
    const api = createMemoryApi({ questionnaires: [trainingNeeds(), fork], now: () => FIXED_NOW });
    const { el, root, click } = await mount(api, 'besoins-valenciennes');
    expect(root.querySelector('#i-college [aria-label^="Supprimer"]')).to.equal(null);
    expect(root.querySelector('#i-roles [aria-label^="Supprimer"]')).to.not.equal(null);
    expect(words(root.querySelector('#i-college .flags'))).to.contain('Question commune');
    await click('#i-college [data-action="edit"]');
    expect(root.querySelector<HTMLSelectElement>('#e-college-type')!.disabled).to.equal(true);
    expect(words(root.querySelector('#e-college-core'))).to.contain(
      'Question commune à tous les territoires : elle permet de comparer les réponses.',
    );
    expect(root.querySelector('#e-college-form [aria-label^="Retirer"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('« Adapter ce questionnaire pour mon territoire » makes a draft copy that records the template, and edits it', async () => {
    const { el, api, root, click, settle, $ } = await mount();
    const forks: { id: string; territory: string }[] = [];
    el.addEventListener('cc-questionnaire-editor-fork', (e) => forks.push(e.detail));
    await click('.toolbar [data-action="adapt"]');
    expect(root.activeElement?.id).to.equal('dialog-title');
    $<HTMLFormElement>('form.fork').requestSubmit();
    await settle();
    expect(words(root.querySelector('#territory-error'))).to.equal(
      'Votre territoire : indiquez son nom.',
    );
    expect(root.activeElement?.id).to.equal('territory');
    expect($('#territory').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>('#territory').value = 'Valenciennes Métropole';
    $<HTMLFormElement>('form.fork').requestSubmit();
    await settle();
    await settle();
    expect(forks).to.deep.equal([
      { id: 'besoins-formation-valenciennes-metropole', territory: 'Valenciennes Métropole' },
    ]);
    expect(el.questionnaireId).to.equal('besoins-formation-valenciennes-metropole');
    const fork = await api.getDocument('questionnaires', el.questionnaireId!);
    expect([fork.basedOn, fork.versionStatus, fork.territory]).to.deep.equal([
      { id: ID, version: 2 },
      'draft',
      'Valenciennes Métropole',
    ]);
    expect(words(root.querySelector('.based-on'))).to.equal(
      'Adapté du questionnaire commun « besoins-formation », version 2.',
    );
    // The copy is a territory's: no second « Adapter », and its shared questions are locked.
    expect(root.querySelector('[data-action="adapt"]')).to.equal(null);
    expect(root.querySelector('#i-college [aria-label^="Supprimer"]')).to.equal(null);
    expect(root.activeElement?.id).to.equal('heading');
  });

  it('a server error while adapting is said in the dialog, the territory typed kept', async () => {
    const { api, root, click, settle, $ } = await mount();
    await click('.toolbar [data-action="adapt"]');
    $<HTMLInputElement>('#territory').value = 'Denain';
    api.failNext('network');
    $<HTMLFormElement>('form.fork').requestSubmit();
    await settle();
    expect(root.querySelector('form.fork [role="alert"]')).to.not.equal(null);
    expect($<HTMLInputElement>('#territory').value).to.equal('Denain');
  });

  it('what the template published since is listed, and taken in one by one or all at once', async () => {
    const api = createMemoryApi({ questionnaires: [trainingNeeds()], now: () => FIXED_NOW });
    const fork = await api.forkQuestionnaire(ID, { territory: 'Maubeuge' });
    // The resource centre rewords a shared question and adds one, then publishes version 4.
    const template = documentInput(
      await api.getDocument('questionnaires', ID),
    ) as QuestionnaireInput;
    const first = template.pages[0]!.items;
    const college = first.find((i) => i.id === 'college')!;
    (college as { label: string }).label = 'Dans quel collège du conseil siégez-vous ?';
    first.push({
      id: 'quartier',
      type: 'text',
      label: 'Votre quartier',
      required: false,
      core: true,
    });
    await api.saveDocument('questionnaires', ID, template, { ifMatch: 2 });
    await api.publishDocument('questionnaires', ID, { ifMatch: 3 });

    const { root, click, settle } = await mount(api, fork.id);
    expect(words(root.querySelector('#template-changes-heading'))).to.equal(
      'Le questionnaire commun est passé de la version 2 à la version 4 : 2 modifications à reprendre.',
    );
    expect(
      [...root.querySelectorAll('.template-changes li')].map((li) => words(li.firstElementChild)),
    ).to.deep.equal(['Ajoutée', 'Modifiée']);
    await click('.template-changes li:first-child button');
    expect(root.querySelector('#i-quartier')).to.not.equal(null);
    expect(words(root.querySelector('#template-changes-heading'))).to.contain(
      '1 modification à reprendre',
    );
    await click('.template-changes > button');
    expect(root.querySelector('.template-changes')).to.equal(null);
    expect(words(root.querySelector('#i-college .item-label'))).to.contain(
      'Dans quel collège du conseil siégez-vous ?',
    );
    await settle(SAVE_DELAY);
    const saved = await api.getDocument('questionnaires', fork.id);
    expect(saved.basedOn).to.deep.equal({ id: ID, version: 4 });
    expect(saved.version).to.equal(2);
  });

  it('a failed save keeps the change on this device: a reload finds it, and saves it', async () => {
    const first = await mount();
    first.api.failNext('network');
    await first.type('#q-title', 'Titre gardé');
    await first.settle(SAVE_DELAY);
    expect(words(first.$('[part="status"]'))).to.contain(
      'Vos modifications sont gardées sur cet appareil.',
    );
    first.el.remove();
    const again = await mount(first.api);
    expect(again.$<HTMLInputElement>('#q-title').value).to.equal('Titre gardé');
    await again.settle(SAVE_DELAY);
    expect((await first.api.getDocument('questionnaires', ID)).title).to.equal('Titre gardé');
  });

  it('previews the real questionnaire, answers never sent', async () => {
    const { root, click, settle } = await mount();
    await click('.toolbar [data-action="preview"]');
    for (let i = 0; i < 100 && !root.querySelector('cc-questionnaire'); i++) await settle(30);
    const preview = root.querySelector('cc-questionnaire')!;
    expect(preview).to.not.equal(null);
    await (preview as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await settle(50);
    expect(preview.shadowRoot!.textContent).to.contain('Vous et le conseil citoyen');
    expect(root.activeElement?.id).to.equal('dialog-title');
  });
});

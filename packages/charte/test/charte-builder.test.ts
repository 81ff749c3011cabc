import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focusedDeep, keyboardWalk, nameOf } from '../../core/test-helpers/keyboard.js';
import {
  FIXED_NOW,
  XSS_PAYLOADS,
  charteDraft,
  charteMoulins,
  createMemoryApi,
  injectedElements,
  type MemoryApi,
} from '@conseils-citoyens/core/testing.js';
import { MOULINS_ANSWERS } from '@conseils-citoyens/schemas/examples/charte-moulins.js';
import { assembleCharte } from '@conseils-citoyens/schemas/charte-assemble.js';
import { CHARTE_LIBRARY } from '@conseils-citoyens/schemas/charte-library.js';
import type { Charte } from '@conseils-citoyens/schemas';
import '@conseils-citoyens/core/cc-provider.js';
import { ApiError } from '@conseils-citoyens/core/api/errors.js';
import '../src/cc-charte-builder.js';
import type { CcCharteBuilder } from '../src/charte-builder.js';
import type { CcCharte } from '../src/charte.js';
import type {
  CcCharteBuilderAdoptEvent,
  CcCharteBuilderDownloadEvent,
  CcCharteBuilderConflictEvent,
  CcCharteBuilderSaveEvent,
} from '../src/charte-builder.events.js';

const words = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));
const ID = 'charte-sous-le-bois';
const PAGE = 'https://ville.example/conseil/consultation.html?charte=charte-sous-le-bois';

const demoApi = (chartes: Charte[] = [charteDraft()]) =>
  createMemoryApi({ chartes, now: () => FIXED_NOW });

async function mount(api: MemoryApi = demoApi(), { locale = 'fr', id = ID, page = PAGE } = {}) {
  const root = await fixture<HTMLElement>(
    html`<cc-provider locale=${locale} .api=${api}><cc-charte-builder charte-id=${id} consultation-page=${page}></cc-charte-builder></cc-provider>`,
  );
  const el = root.querySelector<CcCharteBuilder>('cc-charte-builder')!;
  for (let i = 0; i < 40 && !el.shadowRoot!.querySelector('#heading, [part="error"]'); i++)
    await settle();
  await el.updateComplete;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => el.shadowRoot!.querySelector<T>(s);
  const $$ = (s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
  const preview = () => $<CcCharte>('cc-charte')!;
  const previewText = async () => {
    await el.updateComplete;
    await preview().updateComplete;
    return words(preview().shadowRoot);
  };
  /** Types into a field as a person does: the value, then `input`, then `change` when leaving it. */
  const type = async (selector: string, value: string) => {
    const input = $<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
  };
  const click = async (selector: string) => {
    $(selector)!.click();
    await el.updateComplete;
  };
  const step = async (id: string) => click(`[data-step="${id}"]`);
  return { el, $, $$, preview, previewText, type, click, step };
}

/** Waits until every change is saved (or held, or stuck), as the status line says. */
async function saved(el: CcCharteBuilder) {
  for (let i = 0; i < 80; i++) {
    await settle();
    const text = words(el.shadowRoot!.querySelector('[part="status"] [role="status"]'));
    if (
      /Enregistré à|Saved at|Pas enregistré|pas encore enregistré|Deux versions|entre-temps/.test(
        text,
      )
    )
      break;
  }
  await el.updateComplete;
}

describe('<cc-charte-builder>', () => {
  afterEach(() => localStorage.clear());

  it('asks the steps, says what the text still needs, and shows the whole charte beside them, accessible', async () => {
    const { el, $, $$, previewText } = await mount();
    expect(words($('h2#heading'))).to.equal(
      'Écrire la charte : Charte de fonctionnement du conseil citoyen de Sous-le-Bois',
    );
    expect(words($('[part="status"]'))).to.equal(
      'Brouillon 1 Toutes les modifications sont enregistrées.',
    );
    const steps = $$('[part="steps"] button').map(words);
    expect(steps[0]).to.equal('Votre conseil (1 à compléter)');
    expect(steps.at(-1)).to.equal('Articles');
    expect(steps).to.have.length(8);
    expect($('[aria-current="step"]')!.dataset.step).to.equal('conseil');
    // The first step names the document, then asks its questions, each with its label.
    expect($<HTMLInputElement>('#f-doc-title')!.value).to.equal(
      'Charte de fonctionnement du conseil citoyen de Sous-le-Bois',
    );
    expect($<HTMLInputElement>('#f-doc-kind')!.checked).to.equal(true);
    expect($<HTMLInputElement>('#f-quartier')!.value).to.equal('Sous-le-Bois');
    expect(words($('label[for="f-structure_porteuse"]'))).to.equal(
      'Structure porteuse (facultatif)',
    );
    // What is missing, named, with its step.
    const missing = $$('[part="missing"] li').map(words);
    expect(missing[0]).to.equal('Structure porteuse (Votre conseil)');
    expect(missing).to.include('Nombre de membres (Composition)');
    expect(words($('#missing-title'))).to.equal(`${missing.length} réponses manquent au texte`);
    // The preview: the preamble filled with the answers, a missing variable in brackets.
    const text = await previewText();
    expect(text).to.contain('quartier Sous-le-Bois, à Maubeuge');
    expect(text).to.contain('[Nombre de membres]');
    await expect(el).to.be.accessible();
  });

  it('fills the preview as one types, saves the answers as a new draft version, and marks the step complete', async () => {
    const api = demoApi();
    const { el, $, type, previewText, step } = await mount(api);
    await type('#f-structure_porteuse', 'le centre social Coeur de Ville');
    expect(await previewText()).to.contain('le centre social Coeur de Ville');
    expect(words($('[data-step="conseil"]'))).to.equal('Votre conseil (complète)');
    const save = oneEvent<CcCharteBuilderSaveEvent>(el, 'cc-charte-builder-save');
    await saved(el);
    expect((await save).detail.version).to.equal(2);
    const stored = await api.getDocument('chartes', ID);
    expect(stored.answers.structure_porteuse).to.equal('le centre social Coeur de Ville');
    expect(stored.version).to.equal(2);
    // The next step asks its own questions; a yes/no chooses a clause (« suppléants » only with alternates).
    await step('composition');
    expect(words($('#step-title'))).to.equal('Composition');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-title');
    expect(await previewText()).to.not.contain('Suppléants');
    $<HTMLInputElement>('input[name="suppleants"][value="yes"]')!.click();
    await el.updateComplete;
    expect(await previewText()).to.contain('Suppléants');
  });

  it('says what is wrong with an answer, keeps it on this device and saves nothing until it is right', async () => {
    const api = demoApi();
    const { el, $, type, step } = await mount(api);
    await step('composition');
    await type('#f-nombre_membres', '200');
    expect(words($('#f-nombre_membres-error'))).to.match(/Nombre de membres/);
    expect($('#f-nombre_membres')!.getAttribute('aria-invalid')).to.equal('true');
    await saved(el);
    expect(words($('[part="status"]'))).to.contain('Gardé sur cet appareil, pas encore enregistré');
    expect((await api.getDocument('chartes', ID)).version).to.equal(1);
    // Typed as a person writes it, with a comma or a space: kept as typed, read as a number.
    await type('#f-nombre_membres', '2 0');
    expect($<HTMLInputElement>('#f-nombre_membres')!.value).to.equal('2 0');
    expect($('#f-nombre_membres-error')).to.equal(null);
    await saved(el);
    expect((await api.getDocument('chartes', ID)).answers.nombre_membres).to.equal(20);
    // A blank title is held too, and said on the field.
    await step('conseil');
    await type('#f-doc-title', '  ');
    expect(words($('#f-doc-title-error'))).to.equal(
      'Erreur : « Titre de la charte » ne peut pas rester vide.',
    );
    await saved(el);
    expect(words($('[part="status"]'))).to.contain('pas encore enregistré');
  });

  it('keeps a locked clause as the law says, with its source; rewrites an unlocked one beside the library’s text; leaves an optional one out, with undo', async () => {
    const api = demoApi();
    const { el, $, type, click, previewText, step } = await mount(api);
    await step('articles');
    const colleges = $('[data-clause="colleges"]')!;
    expect(words(colleges.querySelector('.badges'))).to.equal('Reprend la loi');
    expect(words(colleges)).to.contain('son texte ne peut être ni modifié ni retiré');
    expect(colleges.querySelector('.source a')!.getAttribute('href')).to.match(
      /^https:\/\/www\.legifrance\.gouv\.fr\//,
    );
    expect(colleges.querySelector('[data-action]')).to.equal(null);
    // A required clause can be rewritten, not left out.
    const reunions = $('[data-clause="reunions"]')!;
    expect(words(reunions)).to.contain('il peut être réécrit, pas retiré');
    expect(reunions.querySelector('[data-action="remove"]')).to.equal(null);
    // Rewriting: the field opens with the library's text, the preview follows, the library's text stays visible.
    await click('[data-clause="objet"] [data-action="edit"]');
    const field = $<HTMLTextAreaElement>('#f-clause-objet')!;
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect(field.value).to.contain('{{quartier}}');
    await type('#f-clause-objet', 'Le conseil citoyen de {{quartier}} agit pour ses habitants.');
    expect(await previewText()).to.contain(
      'Le conseil citoyen de Sous-le-Bois agit pour ses habitants.',
    );
    expect(words($('[data-clause="objet"] .badges'))).to.equal('Réécrit');
    expect(words($('[data-clause="objet"] .library-text'))).to.contain('Texte de la bibliothèque');
    // Emptied while rewriting: the field stays empty (the library's text is not forced back in).
    await type('#f-clause-objet', '');
    expect($<HTMLTextAreaElement>('#f-clause-objet')!.value).to.equal('');
    await type('#f-clause-objet', 'Notre objet.');
    await click('[data-clause="objet"] [data-action="reset"]');
    expect(words($('[data-clause="objet"] .badges'))).to.equal('');
    expect(await previewText()).to.not.contain('Notre objet.');
    // Left out: gone from the preview, « Annuler » puts it back.
    await click('[data-clause="communication"] [data-action="remove"]');
    expect(words($('[data-clause="communication"] .badges'))).to.equal('Facultatif Retiré');
    expect(el.shadowRoot!.activeElement).to.equal(
      $('[data-clause="communication"] [data-action="restore"]'),
    );
    const preview = await previewText();
    expect(preview).to.not.contain('Communication');
    await saved(el);
    expect((await api.getDocument('chartes', ID)).clauses).to.deep.equal([
      { clauseId: 'communication', removed: true },
    ]);
    await click('#undo');
    expect(await previewText()).to.contain('Communication');
    await expect(el).to.be.accessible();
  });

  it('adds the council’s own articles, moves them within their part and deletes them with undo', async () => {
    const api = demoApi();
    const { el, $, $$, type, click, previewText, step } = await mount(api);
    await step('articles');
    await click('form.add-own button[type="submit"]');
    expect(words($('#f-own-new-title-error'))).to.equal(
      'Erreur : « Titre de l’article » ne peut pas rester vide.',
    );
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-own-new-title');
    const section = $<HTMLSelectElement>('#f-own-new-section')!;
    section.value = 'moyens';
    section.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await type('#f-own-new-title', 'Un local le samedi');
    await type('#f-own-new-body', 'La ville ouvre un local à {{commune}} le samedi.');
    await click('form.add-own button[type="submit"]');
    expect(el.shadowRoot!.activeElement?.id).to.equal('c-propre-un-local-le-samedi');
    await type('#f-own-new-title', 'Un budget');
    await type('#f-own-new-body', 'Un budget de fonctionnement.');
    await click('form.add-own button[type="submit"]');
    const text = await previewText();
    expect(text).to.contain('La ville ouvre un local à Maubeuge le samedi.');
    expect(text).to.contain('Clause propre au conseil');
    const owned = () => $$('[data-own]').map((x) => x.dataset.own);
    expect(owned()).to.deep.equal(['propre-un-local-le-samedi', 'propre-un-budget']);
    // « Moyens » holds the library's article, then the two: « Un budget » goes above the other, then above it too.
    await click('[data-own="propre-un-budget"] [data-move="-1"]');
    expect(owned()).to.deep.equal(['propre-un-budget', 'propre-un-local-le-samedi']);
    expect(words($('[role="status"].visually-hidden'))).to.equal(
      '« Un budget » est maintenant en position 2 sur 3 dans sa partie.',
    );
    await click('[data-own="propre-un-budget"] [data-move="-1"]');
    expect(words($('[role="status"].visually-hidden'))).to.equal(
      '« Un budget » est maintenant en position 1 sur 3 dans sa partie.',
    );
    expect(
      $('[data-own="propre-un-budget"] [data-move="-1"]')!.getAttribute('aria-disabled'),
    ).to.equal('true');
    const moyens = $$('[data-section="moyens"] [data-article]').map((x) => x.dataset.article);
    expect(moyens[0]).to.equal('propre-un-budget');
    await click('[data-own="propre-un-budget"] [data-action="delete"]');
    expect(owned()).to.deep.equal(['propre-un-local-le-samedi']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('undo');
    await click('#undo');
    expect(owned()).to.deep.equal(['propre-un-budget', 'propre-un-local-le-samedi']);
    // Blank title on an own article: said on its field, held.
    await type('#f-own-title-propre-un-budget', '');
    expect(words($('#f-own-title-propre-un-budget-error'))).to.contain('ne peut pas rester vide');
    await type('#f-own-title-propre-un-budget', 'Un budget annuel');
    await saved(el);
    const stored = await api.getDocument('chartes', ID);
    expect(stored.own!.map((o) => [o.id, o.section, o.title])).to.deep.equal([
      ['propre-un-local-le-samedi', 'moyens', 'Un local le samedi'],
      ['propre-un-budget', 'moyens', 'Un budget annuel'],
    ]);
    expect(stored.articleOrder).to.deep.equal(moyens);
    await expect(el).to.be.accessible();
  });

  it('puts the articles of a part and the parts in the council’s order with the keyboard, the preamble and principles first', async () => {
    const api = demoApi();
    const { el, $, $$, step, previewText } = await mount(api);
    await step('articles');
    const sections = () => $$('[data-section]').map((x) => x.dataset.section);
    const parts = sections();
    expect(parts.slice(0, 2)).to.deep.equal(['preambule', 'principes']);
    // The head parts say why they stay; neither they nor their articles offer to move.
    expect(words($('[data-section="preambule"] .cc-muted'))).to.contain(
      'ouvrent toujours la charte',
    );
    expect(
      $('[data-section="preambule"] [data-move], [data-section="principes"] [data-section-move]'),
    ).to.equal(null);
    const firstMovable = parts[2]!;
    expect(
      $(`[data-section="${firstMovable}"] [data-section-move="-1"]`)!.getAttribute('aria-disabled'),
    ).to.equal('true');

    // An article of « Périmètre » moved down with Enter: announced, the focus on the same button, the preview renumbered.
    const perimetre = () =>
      $$('[data-section="perimetre"] [data-article]').map((x) => x.dataset.article!);
    const [first, second] = perimetre();
    const down = $<HTMLButtonElement>(`[data-article="${first}"] [data-move="1"]`)!;
    down.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(perimetre()).to.deep.equal([second, first]);
    const title = (id: string) => words($(`#c-${id}`));
    expect(words($('[role="status"].visually-hidden'))).to.equal(
      `« ${title(first!)} » est maintenant en position 2 sur 2 dans sa partie.`,
    );
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect([
      focused.dataset.move,
      focused.closest<HTMLElement>('[data-article]')!.dataset.article,
    ]).to.deep.equal(['1', first]);
    expect(focused.getAttribute('aria-disabled')).to.equal('true');
    const text = await previewText();
    expect(text.indexOf(title(second!))).to.be.lessThan(text.indexOf(title(first!)));

    // « Moyens » up, with Space: it passes the part before it, announced, the focus kept.
    const at = sections().indexOf('moyens');
    const before = sections()[at - 1]!;
    $<HTMLButtonElement>('[data-section="moyens"] [data-section-move="-1"]')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(sections().indexOf('moyens')).to.equal(at - 1);
    expect(sections()[at]).to.equal(before);
    expect(words($('[role="status"].visually-hidden'))).to.match(
      new RegExp(`^La partie « Moyens » est maintenant la ${at}e sur ${parts.length}\\.$`),
    );
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.sectionMove).to.equal('-1');
    await expect(el).to.be.accessible();

    // Saved with the version: the order is the charte's, for the exports and <cc-charte> as well.
    await saved(el);
    const stored = await api.getDocument('chartes', ID);
    expect(stored.articleOrder).to.include.members([first, second]);
    expect(stored.sectionOrder!.indexOf('moyens')).to.be.lessThan(
      stored.sectionOrder!.indexOf(before as 'moyens'),
    );
  });

  it('takes one from an article of the preview back to the step that produced it', async () => {
    const { el, preview } = await mount();
    await preview().updateComplete;
    const edit = preview().shadowRoot!.querySelector<HTMLButtonElement>(
      '[data-edit="suppleants"], [data-edit="animation"]',
    )!;
    expect(words(edit)).to.match(/^Modifier l’article \d+ \(étape « Fonctionnement »\)$/);
    edit.click();
    await el.updateComplete;
    await settle();
    expect(
      el.shadowRoot!.querySelector('[aria-current="step"]')!.getAttribute('data-step'),
    ).to.equal('fonctionnement');
    expect(el.shadowRoot!.activeElement?.id).to.equal('c-animation');
  });

  it('moves through the steps with the keyboard alone', async () => {
    const { el, $ } = await mount();
    $('[data-step="composition"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-title');
    expect(words($('#step-title'))).to.equal('Composition');
    $('[data-action="next"]')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(words($('#step-title'))).to.equal('Fonctionnement');
    expect(words($('.step-count'))).to.equal('Étape 3 sur 8');
  });

  it('walks the whole builder with the keyboard alone: each stop named and on screen, the dialogs holding the focus', async () => {
    const api = demoApi([
      charteDraft({
        answers: { ...MOULINS_ANSWERS, commune: 'Maubeuge', quartier: 'Sous-le-Bois' },
      }),
    ]);
    const { el, $, previewText } = await mount(api);
    const { stops, tabUntil, press } = keyboardWalk(el);
    const focused = focusedDeep;

    // Step 1, from its button in the steps to « Étape suivante », through every field.
    $('[data-step="conseil"]')!.focus();
    await tabUntil((x) => x.dataset.action === 'next');
    expect(stops).to.include('Titre de la charte (obligatoire)');
    await press('Enter');
    expect(focused().id).to.equal('step-title');
    expect(words(focused())).to.equal('Composition');

    // A yes/no answered with the arrows, as native radios are: the clause it calls for appears in the preview.
    await tabUntil((x) => (x as HTMLInputElement).name === 'suppleants');
    await press('ArrowRight');
    const chosen = $<HTMLInputElement>('input[name="suppleants"]:checked')!;
    expect(chosen).to.equal(focused());
    expect((await previewText()).includes('Suppléants')).to.equal(chosen.value === 'yes');

    // Back to the steps with Shift+Tab, to « Articles »: a clause rewritten, then moved, announced.
    await tabUntil((x) => x.dataset.step === 'articles', true);
    await press('Enter');
    const rewrite = await tabUntil((x) => x.dataset.action === 'edit');
    const clause = rewrite.closest<HTMLElement>('[data-clause]')!.dataset.clause!;
    await press('Enter');
    expect(focused().id).to.equal(`f-clause-${clause}`);
    await sendKeys({ type: ' Ajout du conseil.' });
    await el.updateComplete;
    expect(await previewText()).to.contain('Ajout du conseil.');
    const down = await tabUntil(
      (x) => x.dataset.move === '1' && x.getAttribute('aria-disabled') === 'false',
    );
    const moved = down.closest<HTMLElement>('[data-article]')!.dataset.article!;
    await press('Enter');
    expect(words($('[role="status"].visually-hidden'))).to.match(/position 2 sur/);
    expect(focused().closest<HTMLElement>('[data-article]')!.dataset.article).to.equal(moved);

    // « Adopter… »: Escape closes the dialog and gives the focus back; inside it, Tab never leaves it.
    const adopt = await tabUntil((x) => x.dataset.action === 'adopt', true, 400);
    await press('Enter');
    const dialog = $<HTMLDialogElement>('dialog')!;
    expect(dialog.open).to.equal(true);
    await press('Escape');
    expect(dialog.open).to.equal(false);
    expect(focused()).to.equal(adopt);
    await press('Enter');
    const reopened = $<HTMLDialogElement>('dialog[open]')!;
    const inDialog: string[] = [];
    for (let i = 0; i < 12; i++) {
      await press('Tab');
      expect(reopened.contains(focused()), `${nameOf(focused())} is outside the dialog`).to.equal(
        true,
      );
      inDialog.push(nameOf(focused()));
    }
    expect(inDialog).to.include.members(['Annuler']);
    // The date by its field (a date picker types as the browser's locale wants), the rest by keys.
    const date = $<HTMLInputElement>('#f-adoption-date')!;
    date.value = '2026-12-15';
    date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    date.focus();
    await tabUntil((x) => x.id === 'f-adoption-signatories');
    await sendKeys({ type: 'Les co-animateurs' });
    const submit = await tabUntil((x) => (x as HTMLButtonElement).type === 'submit');
    expect(words(submit)).to.equal('Adopter cette version');
    const adopted = oneEvent<CcCharteBuilderAdoptEvent>(el, 'cc-charte-builder-adopt');
    await press('Enter');
    const version = (await adopted).detail.version;
    const stored = await api.getDocument('chartes', ID);
    expect([stored.status, stored.version, stored.adoption?.signatories]).to.deep.equal([
      'adopted',
      version,
      ['Les co-animateurs'],
    ]);
    expect(
      stored.adoptedText!.sections.flatMap((x) => x.articles).find((a) => a.id === clause)!.text,
    ).to.contain('Ajout du conseil.');
    await expect(el).to.be.accessible();
  });

  it('through an edit link, says that an organiser records the adoption rather than offering a form the API refuses', async () => {
    history.replaceState(null, '', '#cc-edit=secret-du-conseil-des-moulins-0123456789');
    try {
      const { el, $, click } = await mount();
      await click('[data-action="adopt"]');
      await settle();
      const dialog = $('dialog')!;
      expect(words(dialog)).to.contain(
        'L’adoption est enregistrée par un organisateur de la commune',
      );
      expect(dialog.querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('cannot adopt while the text misses answers: the dialog names them', async () => {
    const { el, $, click } = await mount();
    await click('[data-action="adopt"]');
    await settle();
    const dialog = $('dialog')!;
    expect(words(dialog)).to.contain('Avant l’adoption, complétez le texte :');
    expect(words(dialog)).to.contain('Nombre de membres');
    expect(dialog.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('adopts a complete charte with the record of the vote: the version is frozen, shown as adopted, and a revision starts a new draft', async () => {
    const api = demoApi([
      charteDraft({
        answers: { ...MOULINS_ANSWERS, commune: 'Maubeuge', quartier: 'Sous-le-Bois' },
      }),
    ]);
    const { el, $, type, click, previewText } = await mount(api);
    expect(words($('[part="missing"]'))).to.equal('Toutes les variables du texte sont remplies.');
    await click('[data-action="adopt"]');
    await settle();
    expect($<HTMLInputElement>('#f-adoption-body')!.value).to.equal(
      'Assemblée plénière du conseil citoyen du quartier Sous-le-Bois',
    );
    $<HTMLInputElement>('input[name="adoption-mode"][value="vote"]')!.click();
    await el.updateComplete;
    await type('#f-adoption-for', '15');
    await type('#f-adoption-against', 'deux');
    await click('form.adoption button[type="submit"]');
    expect(words($('#f-adoption-date-error'))).to.contain('Date de la séance');
    expect(words($('#f-adoption-against-error'))).to.equal(
      'Erreur : « Contre » : saisissez un nombre entier, 0 ou plus.',
    );
    expect(words($('#f-adoption-abstentions-error'))).to.contain('Abstentions');
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-adoption-date');
    await expect(el).to.be.accessible();
    await type('#f-adoption-date', '2026-11-26');
    await type('#f-adoption-against', '2');
    await type('#f-adoption-abstentions', '1');
    await type('#f-adoption-signatories', 'Les co-animateurs\n\n  Le centre social ');
    const adopted = oneEvent<CcCharteBuilderAdoptEvent>(el, 'cc-charte-builder-adopt');
    await click('form.adoption button[type="submit"]');
    const version = (await adopted).detail.version;
    await el.updateComplete;
    const stored = await api.getDocument('chartes', ID);
    expect([stored.version, stored.versionStatus, stored.status]).to.deep.equal([
      version,
      'adopted',
      'adopted',
    ]);
    expect(stored.adoption).to.deep.equal({
      date: '2026-11-26',
      body: 'Assemblée plénière du conseil citoyen du quartier Sous-le-Bois',
      vote: { for: 15, against: 2, abstentions: 1 },
      signatories: ['Les co-animateurs', 'Le centre social'],
    });
    expect(stored.adoptedText!.sections[0]!.articles[0]!.text).to.contain('Sous-le-Bois');
    expect($('dialog[open]')).to.equal(null);
    expect(words($('[part="status"]'))).to.contain(`Version adoptée ${version}`);
    expect(words($('.adopted-note'))).to.contain(
      'Cette version est adoptée : elle ne change plus.',
    );
    expect($('[part="steps"]')).to.equal(null);
    const text = await previewText();
    expect(text).to.contain('Vote : 15 pour, 2 contre, 1 abstention.');
    expect(text).to.not.contain('Modifier l’article');
    await expect(el).to.be.accessible();
    // A revision: the steps come back, and the first change is a new draft on top of the adopted version.
    await click('[data-action="revise"]');
    expect($('[part="steps"]')).to.not.equal(null);
    await saved(el);
    const revised = await api.getDocument('chartes', ID);
    expect([revised.version, revised.versionStatus, revised.adoption]).to.deep.equal([
      version + 1,
      'draft',
      undefined,
    ]);
    expect((await api.getVersion('chartes', ID, version)).versionStatus).to.equal('adopted');
  });

  it('shows both versions when someone else saved first, and keeps the one chosen', async () => {
    const api = demoApi();
    const { el, $, type } = await mount(api);
    await api.saveDocument(
      'chartes',
      ID,
      { ...charteDraft(), title: 'Charte de Sous-le-Bois (bureau)' },
      { ifMatch: 1 },
    );
    const conflict = oneEvent<CcCharteBuilderConflictEvent>(el, 'cc-charte-builder-conflict');
    await type('#f-structure_porteuse', 'le centre social');
    await saved(el);
    expect((await conflict).detail.version).to.equal(2);
    const region = $('.conflict')!;
    expect(words(region)).to.contain('Deux versions à départager');
    expect(words(region)).to.contain('Charte de Sous-le-Bois (bureau)');
    await expect(el).to.be.accessible();
    (region.querySelector('.cc-button') as HTMLButtonElement).click();
    await saved(el);
    const stored = await api.getDocument('chartes', ID);
    expect([stored.version, stored.answers.structure_porteuse]).to.deep.equal([
      3,
      'le centre social',
    ]);
  });

  it('downloads the text on the screen as a file, saving what is still waiting first; a failure is said with « Réessayer »', async () => {
    // The memory adapter writes no files: nothing is offered.
    const plain = await mount();
    expect(plain.$('[data-download]')).to.equal(null);

    // A backend that writes them (as cc-server does), seen through the same calls.
    const api = demoApi();
    const asked: [string, string, number, string, string | undefined][] = [];
    let failNext = true;
    const writing = Object.assign(Object.create(api) as MemoryApi, {
      documentFileUrl: (kind: string, id: string, v: number, f: string) =>
        `https://ville.example/api/v1/${kind}/${id}/versions/${v}.${f}`,
      downloadDocumentFile: (
        kind: string,
        id: string,
        version: number,
        format: string,
        o?: { editLink?: string },
      ) => {
        asked.push([kind, id, version, format, o?.editLink]);
        if (failNext) {
          failNext = false;
          return Promise.reject(new ApiError('network'));
        }
        const filename = `charte-sous-le-bois-v${version}.${format}`;
        return Promise.resolve({ blob: new Blob(['PK'], { type: 'application/x' }), filename });
      },
    });
    const { el, $, $$, type } = await mount(writing);
    expect($$('[data-download]').map(words)).to.deep.equal([
      'ODT (LibreOffice)',
      'DOCX (Word)',
      'Markdown',
    ]);
    // Said before downloading: the answers still missing show in brackets in the file.
    expect(words($('.file-downloads .note'))).to.match(
      /^(Une réponse manque|\d+ réponses manquent) au texte : le fichier (la|les) montre entre crochets/,
    );
    // Typed and not yet saved: « ODT » saves it first, then asks for that new version.
    await type('#f-structure_porteuse', 'la maison de quartier');
    $<HTMLButtonElement>('[data-download="odt"]')!.click();
    for (let i = 0; i < 40 && !$('.file-downloads [role="alert"]'); i++) await settle();
    expect(asked).to.deep.equal([['chartes', ID, 2, 'odt', undefined]]);
    expect((await api.getDocument('chartes', ID)).answers.structure_porteuse).to.equal(
      'la maison de quartier',
    );
    expect(words($('.file-downloads [role="alert"]'))).to.contain('Connexion impossible');
    await expect(el).to.be.accessible();
    const done = oneEvent<CcCharteBuilderDownloadEvent>(el, 'cc-charte-builder-download');
    $<HTMLButtonElement>('.file-downloads [part="retry"]')!.click();
    expect((await done).detail).to.deep.equal({
      version: 2,
      format: 'odt',
      filename: 'charte-sous-le-bois-v2.odt',
    });
    await el.updateComplete;
    expect(words($('.file-downloads [role="status"]'))).to.equal(
      '« charte-sous-le-bois-v2.odt » est téléchargé.',
    );
    expect($('.file-downloads [role="alert"]')).to.equal(null);
  });

  it('keeps what was typed when the network fails, and saves it on « Réessayer »', async () => {
    const api = demoApi();
    const { el, $, type } = await mount(api);
    api.failNext('network', 1);
    await type('#f-structure_porteuse', 'la régie de quartier');
    await saved(el);
    expect(words($('[part="status"]'))).to.contain('Pas enregistré');
    expect(localStorage.length).to.be.greaterThan(0);
    $('[part="retry"]')!.click();
    await saved(el);
    expect((await api.getDocument('chartes', ID)).answers.structure_porteuse).to.equal(
      'la régie de quartier',
    );
  });

  it('shows the history and what changed between two versions, word by word, not by colour alone', async () => {
    const api = demoApi([charteMoulins()]);
    const moulins = charteMoulins();
    const { adoptedText: _, ...draft } = moulins;
    await api.saveDocument(
      'chartes',
      'charte-moulins',
      {
        ...draft,
        status: 'draft',
        answers: { ...moulins.answers, nombre_membres: 30 },
        own: [],
        clauses: [
          { clauseId: 'objet', body: 'Le conseil citoyen des {{quartier}} agit pour tous.' },
        ],
      } as never,
      { ifMatch: 2, changeNote: 'Révision : 30 membres' },
    );
    const { el, $, $$, click } = await mount(api, { id: 'charte-moulins' });
    await click('[data-action="history"]');
    for (let i = 0; i < 40 && !$('.versions li'); i++) await settle();
    expect($('[data-action="history"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('history-heading');
    const lines = $$('.versions li').map(words);
    expect(lines[0]).to.match(
      /^Version 3 \(brouillon\), par Démonstration, le .* — Révision : 30 membres$/,
    );
    expect(lines[1]).to.match(/^Version 2 \(adoptée\)/);
    await click('form.compare button[type="submit"]');
    for (let i = 0; i < 40 && !$('.diff, .history [role="status"] p'); i++) await settle();
    const diff = $('.diff')!;
    expect(words(diff)).to.contain('Supprimées (1)');
    expect(words(diff)).to.contain('Accueil des nouveaux membres');
    const changed = words(diff);
    expect(changed).to.contain('Modifiées');
    expect(changed).to.contain('Objet');
    // Words taken out and put in are marked up as such and named, so they read without colour.
    expect(diff.querySelector('ins')!.textContent).to.match(/^ajouté :/);
    expect(diff.querySelector('del')!.textContent).to.match(/^supprimé :/);
    expect([...diff.querySelectorAll('ins')].map(words).join(' ')).to.contain('30');
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const { el, $ } = await mount(demoApi(), { locale: 'en' });
    expect(words($('[part="steps"] button'))).to.equal('Votre conseil (1 to fill in)');
    expect(words($('[data-action="adopt"]'))).to.equal('Adopt…');
    expect(words($('[data-action="history"]'))).to.equal('Version history');
    await expect(el).to.be.accessible();
    // The move buttons' names start with the words they show (WCAG 2.5.3), which axe checks.
    $('[data-step="articles"]')!.click();
    await el.updateComplete;
    expect(
      $('[data-section="moyens"] [data-section-move="-1"]')!.getAttribute('aria-label'),
    ).to.equal('Move part up: “Means”');
    await expect(el).to.be.accessible();
  });

  it('renders the 200 hostile payloads as text: in answers, a rewritten clause and the council’s own articles', async () => {
    const evil = XSS_PAYLOADS.join(' ');
    const api = demoApi([
      charteDraft({
        title: evil,
        answers: { commune: evil, quartier: evil, structure_porteuse: evil },
        clauses: [{ clauseId: 'objet', body: evil }],
        own: XSS_PAYLOADS.slice(0, 100).map((p, i) => ({
          id: `propre-${i}`,
          section: 'moyens' as const,
          title: p,
          body: XSS_PAYLOADS[199 - i]!,
        })),
      }),
    ]);
    const { el, preview, step } = await mount(api);
    const clean = async () => {
      await preview().updateComplete;
      expect(injectedElements(el.shadowRoot!)).to.deep.equal([]);
      expect(injectedElements(preview().shadowRoot!)).to.deep.equal([]);
    };
    await clean();
    await step('articles');
    el.shadowRoot!.querySelector<HTMLButtonElement>(
      '[data-clause="objet"] [data-action="edit"]',
    )!.click();
    await el.updateComplete;
    await clean();
    expect(words(preview().shadowRoot!.querySelector('#heading'))).to.equal(
      evil.replace(/\s+/g, ' ').trim(),
    );
  });

  it('fits a 320 px screen: every step and the preview below them, no scrolling sideways', async () => {
    const root = await fixture<HTMLElement>(
      html`<div style="width:320px"><cc-provider .api=${demoApi()}><cc-charte-builder charte-id=${ID}></cc-charte-builder></cc-provider></div>`,
    );
    const el = root.querySelector<CcCharteBuilder>('cc-charte-builder')!;
    for (let i = 0; i < 40 && !el.shadowRoot!.querySelector('#heading'); i++) await settle();
    for (const id of ['conseil', 'composition', 'fonctionnement', 'decisions', 'articles']) {
      el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-step="${id}"]`)!.click();
      await el.updateComplete;
      expect(el.scrollWidth, id).to.be.at.most(320);
      for (const child of el.shadowRoot!.querySelectorAll<HTMLElement>('.work *, .preview'))
        expect(
          child.getBoundingClientRect().right,
          `${id}: ${child.className || child.tagName}`,
        ).to.be.at.most(root.getBoundingClientRect().right + 1);
    }
    const work = el.shadowRoot!.querySelector('.work')!.getBoundingClientRect();
    const preview = el.shadowRoot!.querySelector('.preview')!.getBoundingClientRect();
    expect(preview.top).to.be.at.least(work.bottom);
  });

  it('says what is wrong when it has no charte to write', async () => {
    const root = await fixture<HTMLElement>(
      html`<cc-provider .api=${demoApi()}><cc-charte-builder></cc-charte-builder></cc-provider>`,
    );
    const el = root.querySelector('cc-charte-builder')!;
    await el.updateComplete;
    expect(words(el.shadowRoot!.querySelector('[part="config-error"]'))).to.contain('charte-id');
    const gone = await mount(createMemoryApi({ chartes: [charteMoulins()] }), { id: 'nulle-part' });
    expect(gone.$('[part="error"]')).to.not.equal(null);
  });

  describe('the consultation of the members', () => {
    /** `YYYY-MM-DD`, `days` from today where the browser is, as the date field takes it. */
    const inDays = (days: number) => {
      const d = new Date(Date.now() + days * 86_400_000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const panel = (el: CcCharteBuilder) =>
      words(el.shadowRoot!.querySelector('[part="consultation"]'));

    it('submits the saved version until a date: a past date named, the link shown once with its secret in the fragment, then closed', async () => {
      const api = demoApi();
      const { el, $, $$, type, click } = await mount(api);
      expect($('[part="consultation"]'), 'never consulted: no panel').to.equal(null);
      await click('[data-action="consult"]');
      const dialog = $<HTMLDialogElement>('dialog[aria-labelledby="consultation-dialog-title"]')!;
      expect(dialog.open).to.equal(true);
      expect(el.shadowRoot!.activeElement?.id).to.equal('consultation-dialog-title');
      expect(words(dialog)).to.contain('La version 1, telle qu’elle est enregistrée');
      expect(words(dialog)).to.contain('Message aux membres (facultatif) Par exemple');
      expect($<HTMLInputElement>('#f-consultation-closes')!.value).to.equal(inDays(21));

      await type('#f-consultation-closes', '2020-01-01');
      $<HTMLFormElement>('form.consultation-form')!.requestSubmit();
      await settle();
      await el.updateComplete;
      expect(words($('#f-consultation-closes-error'))).to.equal(
        'Erreur : « Date de clôture » doit être une date à venir.',
      );
      expect(el.shadowRoot!.activeElement?.id).to.equal('f-consultation-closes');
      expect(await api.getConsultation(ID)).to.equal(null);
      await expect(el).to.be.accessible();

      await type('#f-consultation-closes', inDays(10));
      await type('#f-consultation-message', 'Vos remarques avant la plénière.');
      $<HTMLFormElement>('form.consultation-form')!.requestSubmit();
      for (let i = 0; i < 40 && !$('#consultation-link'); i++) await settle();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      const link = $<HTMLInputElement>('#consultation-link')!;
      expect(link.value.startsWith(`${PAGE}#cc-edit=`)).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(link);
      expect(panel(el)).to.contain(
        'La version 1 est soumise à la consultation des membres jusqu’au',
      );
      expect(panel(el)).to.contain('Aucun commentaire pour l’instant.');
      const opened = (await api.getConsultation(ID))!;
      expect([opened.open, opened.version, opened.message]).to.deep.equal([
        true,
        1,
        'Vos remarques avant la plénière.',
      ]);
      await expect(el).to.be.accessible();

      // A member comments meanwhile: « Voir les nouveaux commentaires » reads them, the link stays to copy.
      const [article] = assembleCharte(CHARTE_LIBRARY, charteDraft()).sections[0]!.articles;
      await api.addComment(ID, 1, { article: article!.id, author: 'Awa', body: 'Très clair.' });
      await click('[data-action="refresh-comments"]');
      for (let i = 0; i < 40 && !$('[part="consultation"] .comment'); i++) await settle();
      await el.updateComplete;
      expect(panel(el)).to.contain('1 commentaire.');
      expect(words($('[part="consultation"] .comment'))).to.contain('Très clair. — Awa');
      expect($('#consultation-link')).to.not.equal(null);
      // Another one while the organiser was in another tab: coming back to this one reads it, and says so.
      await api.addComment(ID, 1, { article: article!.id, author: 'Karim', body: 'D’accord.' });
      document.dispatchEvent(new Event('visibilitychange'));
      for (let i = 0; i < 40 && $$('[part="consultation"] .comment').length < 2; i++)
        await settle();
      await el.updateComplete;
      expect(panel(el)).to.contain('2 commentaires.');
      expect(words($('[role="status"].visually-hidden'))).to.equal('2 commentaires.');

      await click('[data-action="close-consultation"]');
      await settle();
      await el.updateComplete;
      expect($('#consultation-link'), 'the link is withdrawn with the consultation').to.equal(null);
      expect($('[data-action="close-consultation"]')).to.equal(null);
      expect(panel(el)).to.contain('La consultation sur la version 1 est close');
      expect(words($('[part="status"] [role="status"], [role="status"]'))).to.not.equal('');
      expect((await api.getConsultation(ID))!.open).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('lists the members’ comments by article in the text’s order, each a way back to its step', async () => {
      const api = demoApi();
      await api.openConsultation(
        ID,
        { closesAt: new Date(Date.now() + 10 * 86_400_000).toISOString() },
        { ifMatch: '*' },
      );
      const articles = assembleCharte(CHARTE_LIBRARY, charteDraft()).sections.flatMap(
        (s) => s.articles,
      );
      const first = articles[0]!;
      const later = articles.find((a) => a.step === 'fonctionnement')!;
      const say = (article: string, author: string, body: string) =>
        api.addComment(ID, 1, { article, author, body });
      await say(later.id, 'Awa', 'Qui anime quand le binôme est absent ?');
      await say(first.id, 'Karim', 'Le préambule est clair.');
      await say(later.id, 'Julie', 'Un tour de rôle serait plus juste.');

      const { el, $, $$ } = await mount(api);
      for (let i = 0; i < 40 && !$('[part="consultation"] .comment'); i++) await settle();
      await el.updateComplete;
      expect(panel(el)).to.contain('3 commentaires.');
      // Grouped by article in the order of the text, each article's comments in the order written.
      expect($$('.article-comments .comments-heading').map((h) => words(h))).to.deep.equal([
        `Article ${first.number} — ${first.title}`,
        `Article ${later.number} — ${later.title}`,
      ]);
      expect(
        $$('.article-comments')[1]!.querySelectorAll('.comment-by').length,
        'both comments on the later article',
      ).to.equal(2);
      expect(words($$('.article-comments')[1]!.querySelector('.comment'))).to.contain(
        'Qui anime quand le binôme est absent ? — Awa',
      );
      await expect(el).to.be.accessible();

      $(`[data-goto="${later.id}"]`)!.click();
      await el.updateComplete;
      await settle();
      expect(
        el.shadowRoot!.querySelector('[aria-current="step"]')!.getAttribute('data-step'),
      ).to.equal('fonctionnement');
      expect(el.shadowRoot!.activeElement?.id).to.equal(`c-${later.id}`);
    });

    it('is not offered through an edit link: the organiser submits the charte', async () => {
      history.replaceState(null, '', '#cc-edit=secret-du-conseil-des-moulins-0123456789');
      try {
        const { $ } = await mount();
        expect($('[data-action="adopt"]'), 'the rest of the bar is there').to.not.equal(null);
        expect($('[data-action="consult"]')).to.equal(null);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  });
});

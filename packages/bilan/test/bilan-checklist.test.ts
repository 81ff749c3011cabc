import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  FIXED_NOW,
  XSS_PAYLOADS,
  bilanMoulins,
  charteMoulins,
  createMemoryApi,
  injectedElements,
  type MemoryApi,
} from '@conseils-citoyens/core/testing.js';
import { ApiError } from '@conseils-citoyens/core/api/errors.js';
import '@conseils-citoyens/core/cc-provider.js';
import '../src/cc-bilan-checklist.js';
import type { CcBilanChecklist } from '../src/bilan-checklist.js';
import type {} from '../src/bilan.events.js';
import { focusedDeep, keyboardWalk } from '../../core/test-helpers/keyboard.js';

const words = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const settle = () => new Promise((r) => setTimeout(r, 30));

const demoApi = () =>
  createMemoryApi({
    bilans: [bilanMoulins(2025), bilanMoulins(2026)],
    chartes: [charteMoulins()],
    now: () => FIXED_NOW,
  });

async function mount(
  api: MemoryApi = demoApi(),
  { locale = 'fr', id = 'bilan-moulins-2026' } = {},
) {
  const root = await fixture<HTMLElement>(
    html`<cc-provider locale=${locale} .api=${api}><cc-bilan-checklist bilan-id=${id}></cc-bilan-checklist></cc-provider>`,
  );
  const el = root.querySelector<CcBilanChecklist>('cc-bilan-checklist')!;
  for (let i = 0; i < 40 && !el.shadowRoot!.querySelector('#heading, [part="error"]'); i++)
    await settle();
  await settle();
  await el.updateComplete;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => el.shadowRoot!.querySelector<T>(s);
  return {
    el,
    $,
    $$: (s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)],
    item: (id: string) => $(`#item-${id}`)!,
    radio: (id: string, side: string, level: string) =>
      $<HTMLInputElement>(`#item-${id} input[name="${id}--${side}"][value="${level}"]`)!,
  };
}

/** Waits until every change is saved (or stuck), as the status line says. */
async function saved(el: CcBilanChecklist) {
  for (let i = 0; i < 60; i++) {
    await settle();
    const text = words(el.shadowRoot!.querySelector('[part="status"] [role="status"]'));
    if (/enregistrées\.|saved\.|non enregistrée|même temps|not saved|same time/.test(text)) break;
  }
  await el.updateComplete;
}

describe('<cc-bilan-checklist>', () => {
  afterEach(() => localStorage.clear());

  it('says when the figures cannot be computed, keeps the bilan open, and computes them again on « Réessayer »', async () => {
    const api = demoApi();
    const real = api.getBilanIndicators.bind(api);
    let calls = 0;
    api.getBilanIndicators = (...args) => {
      calls++;
      return calls === 1 ? Promise.reject(new ApiError('network')) : real(...args);
    };
    const { el, $ } = await mount(api);
    await settle();
    await el.updateComplete;
    const section = $('[part="indicators"]')!;
    expect(words(section)).to.contain('Indicateurs de l’année (calculés)');
    expect(section.querySelector('[part="error"]')).to.not.equal(null);
    expect($('#item-dc-communication')).to.not.equal(null);
    await expect(el).to.be.accessible();
    section.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    for (let i = 0; i < 20 && !$('.indicators dl'); i++) await settle();
    expect(words($('.indicators'))).to.contain('Adoption de la charte 20 mars 2025');
    expect(calls).to.equal(2);
  });

  it('shows the six headings with their progress, the levels of each side, the gaps, the indicators and last year’s actions', async () => {
    const { el, $, $$ } = await mount();
    expect(words($('h2#heading'))).to.equal('Bilan 2026 — Conseil citoyen des Moulins');
    const progress = $$('.progress-list li').map(words);
    expect(progress).to.have.length(6);
    expect(progress[0]).to.equal('Faire émerger une dynamique collective 2 sur 6 renseignés');
    expect(progress[2]).to.equal(
      'Adapter ses pratiques et ses postures professionnelles 3 sur 5 renseignés · 1 écart à discuter',
    );
    expect($$('.gaps li').map(words)).to.deep.equal([
      'Les documents sont envoyés au moins 8 jours avant les réunions — Écart de 2 niveaux',
    ]);
    const rows = $$('.levels-table tbody tr').map((tr) => [...tr.children].map(words));
    expect(rows[3]).to.deep.equal(['Concerté', '6', '7']);
    expect(words($('.indicators'))).to.contain('Adoption de la charte 20 mars 2025');
    expect(words($('.indicators'))).to.contain('Source : calendrier des séances ; calculé le');
    const coformation = $$('.carried-box')[1]!;
    expect(words(coformation.querySelector('p'))).to.equal('Centre de ressources, 30 juin 2026');
    expect(
      coformation.querySelector<HTMLInputElement>('input[value="realisee"]')!.checked,
    ).to.equal(true);
    expect(coformation.querySelector<HTMLInputElement>('input[type="text"]')!.value).to.equal(
      'Deux demi-journées en mai, 18 participants.',
    );
    // The item added by the territory sits in its heading, marked as such.
    expect(words($('#item-moulins-jardins .own'))).to.equal('Point ajouté par le territoire');
    // The gap is said in words, not by colour alone.
    expect(words($('#item-pp-documents-8-jours .gap'))).to.equal('↔ Écart de 2 niveaux');
    await expect(el).to.be.accessible();
  });

  it('a level chosen with the arrow keys is saved at once under the item’s revision, and announced', async () => {
    const api = demoApi();
    const { el, radio, item, $ } = await mount(api);
    const events: { part: string; rev: number }[] = [];
    el.addEventListener('cc-bilan-save', (e) => events.push(e.detail));
    radio('dc-communication', 'conseil', 'consulte').focus();
    await sendKeys({ press: 'ArrowRight' });
    await saved(el);
    expect(radio('dc-communication', 'conseil', 'concerte').checked).to.equal(true);
    const stored = await api.getDocument('bilans', 'bilan-moulins-2026');
    expect(stored.items['dc-communication']?.levels).to.deep.equal({
      conseil: 'concerte',
      institutions: 'consulte',
    });
    expect(stored.items['dc-communication']?.rev).to.equal(2);
    expect(events).to.deep.equal([{ part: 'item:dc-communication', rev: 2 }]);
    expect(words(item('dc-communication').querySelector('.definition'))).to.equal(
      'Il échange avec les institutions pendant l’élaboration du projet.',
    );
    expect(words($('[part="status"] [role="status"]'))).to.equal(
      'Toutes les modifications sont enregistrées.',
    );
  });

  it('walks a heading with the keyboard alone: jump link, status and levels by arrows, a note typed — each stop named and on screen', async () => {
    const api = demoApi();
    const { el, $ } = await mount(api);
    const { stops, tabUntil, press } = keyboardWalk(el);
    // The summary's first jump link takes the focus to its heading.
    const link = $('.progress-list a')!;
    const heading = link.getAttribute('href')!.slice(1);
    link.focus();
    await press('Enter');
    expect(focusedDeep().id).to.equal(heading);
    const section = $(`#${heading}`)!.closest('section')!;
    const first = section.querySelector<HTMLElement>('[id^="item-"]')!.id.slice('item-'.length);

    // Its first item's status, then the council's level, each moved with the arrows as native radios are.
    const status = await tabUntil((x) => (x as HTMLInputElement).name === `${first}--status`);
    await press('ArrowRight');
    expect(focusedDeep()).to.not.equal(status);
    expect((focusedDeep() as HTMLInputElement).checked).to.equal(true);
    await tabUntil((x) => (x as HTMLInputElement).name === `${first}--conseil`);
    await press('ArrowRight');
    const level = (focusedDeep() as HTMLInputElement).value;

    // A note, typed.
    await tabUntil((x) => x.id === `notes-${first}`);
    await sendKeys({ type: 'Vu en réunion de bureau.' });
    await saved(el);
    const stored = (await api.getDocument('bilans', 'bilan-moulins-2026')).items[first]!;
    expect([stored.levels?.conseil, stored.notes]).to.deep.equal([
      level,
      'Vu en réunion de bureau.',
    ]);

    // On through the rest of the heading: every stop named (checked by the walker) and nothing skipped silently.
    await tabUntil((x) => !section.contains(x.closest('section') ?? x), false, 400);
    expect(stops.length).to.be.above(10);
    // One « Notes » per item of the heading, then its own item to add and its three free texts.
    const items = section.querySelectorAll('[id^="item-"]').length;
    expect(stops.filter((name) => name === 'Notes')).to.have.length(items);
    expect(stops).to.include.members([
      'Ajouter un point à cette rubrique',
      'Réussites',
      'Difficultés',
      'Perspectives',
    ]);
  });

  it('two people on the same item: the other side’s level merges silently; the same field shows both and lets them choose', async () => {
    const api = demoApi();
    const a = await mount(api);
    const b = await mount(api); // opened at the same time: both see revision 1
    a.radio('ep-evaluation-contrat', 'conseil', 'consulte').click();
    await saved(a.el);
    b.radio('ep-evaluation-contrat', 'institutions', 'concerte').click();
    await saved(b.el);
    let stored = await api.getDocument('bilans', 'bilan-moulins-2026');
    expect(stored.items['ep-evaluation-contrat']?.levels).to.deep.equal({
      conseil: 'consulte',
      institutions: 'concerte',
    });
    // Now both set the status, differently.
    const choose = (m: typeof a, v: string) =>
      m
        .$<HTMLInputElement>(
          `#item-ep-evaluation-contrat input[name="ep-evaluation-contrat--status"][value="${v}"]`,
        )!
        .click();
    const conflicts: string[][] = [];
    b.el.addEventListener('cc-bilan-conflict', (e) => conflicts.push(e.detail.fields));
    choose(a, 'en_cours');
    await saved(a.el);
    choose(b, 'fait');
    await saved(b.el);
    expect(conflicts).to.deep.equal([['status']]);
    const conflict = b.item('ep-evaluation-contrat').querySelector('.conflict')!;
    expect([...conflict.querySelectorAll('tbody tr > *')].map(words)).to.deep.equal([
      'État',
      'En cours',
      'Fait',
    ]);
    await expect(b.el).to.be.accessible();
    (
      [...conflict.querySelectorAll('button')].find(
        (x) => words(x) === 'Garder ma version',
      ) as HTMLElement
    ).click();
    await saved(b.el);
    stored = await api.getDocument('bilans', 'bilan-moulins-2026');
    expect(stored.items['ep-evaluation-contrat']?.status).to.equal('fait');
    expect(b.item('ep-evaluation-contrat').querySelector('.conflict')).to.equal(null);
  });

  it('offline: the change stays on this device, says so, and is sent after a reload', async () => {
    const api = demoApi();
    const first = await mount(api);
    api.failNext('network', 1);
    const notes = first.$<HTMLTextAreaElement>('#notes-rc-instances')!;
    notes.value = 'Deux sièges au comité de pilotage depuis juin.';
    notes.dispatchEvent(new Event('input', { bubbles: true })); // as typing does: the list hears it
    await saved(first.el);
    expect(words(first.$('[part="status"] [role="status"]'))).to.equal(
      '1 modification non enregistrée, gardée sur cet appareil : nouvel essai au retour de la connexion.',
    );
    expect(words(first.item('rc-instances').querySelector('.part-state'))).to.equal(
      'Non enregistré — gardé sur cet appareil',
    );
    expect(localStorage.getItem('cc-parts:bilans/bilan-moulins-2026')).to.contain('Deux sièges');
    await expect(first.el).to.be.accessible();
    first.el.remove();
    // The page is reloaded: what was typed comes back and is saved.
    const again = await mount(api);
    await saved(again.el);
    expect(again.$<HTMLTextAreaElement>('#notes-rc-instances')!.value).to.equal(
      'Deux sièges au comité de pilotage depuis juin.',
    );
    const stored = await api.getDocument('bilans', 'bilan-moulins-2026');
    expect(stored.items['rc-instances']?.notes).to.equal(
      'Deux sièges au comité de pilotage depuis juin.',
    );
    expect(localStorage.getItem('cc-parts:bilans/bilan-moulins-2026')).to.equal(null);
  });

  it('a heading’s réussites, difficultés and perspectives, and an item’s action for next year', async () => {
    const api = demoApi();
    const { el, $ } = await mount(api);
    const type = (sel: string, v: string) => {
      const input = $<HTMLInputElement>(sel)!;
      input.value = v;
      input.dispatchEvent(new Event('input'));
    };
    type('#rendre_compte-reussites', 'Les comptes rendus sont relus par le bureau.');
    // Next year's action: a disclosure button (its fields are drawn once opened).
    const disclosure = $('#item-rt-comptes-rendus .action .disclosure')!;
    expect([words(disclosure), disclosure.getAttribute('aria-expanded')]).to.deep.equal([
      'Action pour l’an prochain',
      'false',
    ]);
    expect($('#what-rt-comptes-rendus')).to.equal(null);
    disclosure.click();
    await el.updateComplete;
    expect(disclosure.getAttribute('aria-expanded')).to.equal('true');
    type('#what-rt-comptes-rendus', 'Relire chaque compte rendu avec le bureau');
    await el.updateComplete;
    type('#who-rt-comptes-rendus', 'Chef de projet');
    await saved(el);
    const stored = await api.getDocument('bilans', 'bilan-moulins-2026');
    expect(stored.headings.rendre_compte?.reussites).to.equal(
      'Les comptes rendus sont relus par le bureau.',
    );
    expect(stored.items['rt-comptes-rendus']?.action).to.deep.equal({
      what: 'Relire chaque compte rendu avec le bureau',
      who: 'Chef de projet',
    });
  });

  it('year over year: last year’s level and this year’s per side, in words, and the count per heading', async () => {
    const { el, $, item } = await mount();
    expect($('#item-pp-documents-8-jours .trend')).to.equal(null);
    const compare = $<HTMLButtonElement>('.compare button')!;
    expect([words(compare), compare.getAttribute('aria-pressed')]).to.deep.equal([
      'Comparer avec 2025',
      'false',
    ]);
    compare.click();
    for (let i = 0; i < 20 && !$('.trend'); i++) await settle();
    expect(compare.getAttribute('aria-pressed')).to.equal('true');
    expect(
      [...item('pp-documents-8-jours').querySelectorAll('.trend li')].map(words),
    ).to.deep.equal([
      '↗ Conseil citoyen : Informé en 2025 → Consulté (en hausse)',
      '↗ Institutions : Concerté en 2025 → Co-construit (en hausse)',
    ]);
    expect(
      [...item('ep-evaluation-contrat').querySelectorAll('.trend li')].map(words),
    ).to.deep.equal([
      '→ Conseil citoyen : Informé en 2025 → Informé (stable)',
      '↗ Institutions : Informé en 2025 → Consulté (en hausse)',
    ]);
    // Neither year answered: nothing to compare.
    expect(item('dc-projet').querySelector('.trend')).to.equal(null);
    expect(words($('#h-pratiques_professionnelles + p .trend-counts'))).to.equal(
      'Depuis 2025 : 6 en hausse, 0 en baisse, 0 stable',
    );
    await expect(el).to.be.accessible();
  });

  it('last year’s actions: what became of each, saved one at a time', async () => {
    const api = demoApi();
    const { el, $, $$ } = await mount(api);
    const actions = $$('.carried-box');
    expect(actions.map((a) => words(a.querySelector('legend')))).to.deep.equal([
      'Envoyer l’ordre du jour et les documents 8 jours avant chaque comité',
      'Organiser une co-formation élus, techniciens et conseillers',
    ]);
    $<HTMLInputElement>('input[name="carried--pp-documents-8-jours"][value="reportee"]')!.click();
    const note = $<HTMLInputElement>('#outcome-note-pp-documents-8-jours')!;
    note.value = 'Reporté au second semestre.';
    note.dispatchEvent(new Event('input'));
    await saved(el);
    const stored = await api.getDocument('bilans', 'bilan-moulins-2026');
    expect(stored.carriedActions[0]).to.include({
      outcome: 'reportee',
      outcomeNote: 'Reporté au second semestre.',
    });
    await expect(el).to.be.accessible();
  });

  it('« Préparer le bilan 2026 » starts next year from an adopted one, its actions to review, and shows it', async () => {
    const api = createMemoryApi({ bilans: [bilanMoulins(2025)], now: () => FIXED_NOW });
    const { el, $ } = await mount(api, { id: 'bilan-moulins-2025' });
    const opened: string[] = [];
    el.addEventListener('cc-bilan-next-year', (e) =>
      opened.push((e as CustomEvent<{ id: string }>).detail.id),
    );
    const button = [
      ...el.shadowRoot!.querySelectorAll('.next-year button'),
    ][0] as HTMLButtonElement;
    expect(words(button)).to.equal('Préparer le bilan 2026');
    button.click();
    for (let i = 0; i < 40 && !words($('h2#heading')).includes('2026'); i++) await settle();
    expect(words($('h2#heading'))).to.equal('Bilan 2026 — Conseil citoyen des Moulins');
    expect(opened).to.have.length(1);
    expect(el.bilanId).to.equal(opened[0]);
    const next = await api.getDocument('bilans', opened[0]!);
    expect([next.previous, next.carriedActions.map((a) => a.item)]).to.deep.equal([
      'bilan-moulins-2025',
      ['fm-coformation', 'pp-documents-8-jours'],
    ]);
    // Started already: the same button opens it rather than starting another.
    const again = await mount(api, { id: 'bilan-moulins-2025' });
    (again.el.shadowRoot!.querySelector('.next-year button') as HTMLButtonElement).click();
    for (let i = 0; i < 40 && again.el.bilanId === 'bilan-moulins-2025'; i++) await settle();
    expect(again.el.bilanId).to.equal(opened[0]);
  });

  it('« Retirer le point » takes a territory’s own item and its answer out; « Annuler » puts both back', async () => {
    const api = demoApi();
    const { el, $, $$ } = await mount(api);
    const label = 'Le projet de jardins partagés associe les habitants de la rue Arago';
    // Template items cannot be removed; the territory's own one can.
    expect($$('[data-action="remove"]')).to.have.length(1);
    const before = (await api.getDocument('bilans', 'bilan-moulins-2026')).items['moulins-jardins'];
    $('#item-moulins-jardins [data-action="remove"]')!.click();
    for (let i = 0; i < 20 && !$('#undo'); i++) await settle();
    expect($('#item-moulins-jardins')).to.equal(null);
    expect(words($('.undo'))).to.equal(`Point « ${label} » retiré, avec sa réponse. Annuler`);
    expect(el.shadowRoot!.activeElement?.id).to.equal('undo');
    const stored = await api.getDocument('bilans', 'bilan-moulins-2026');
    expect([stored.ownItems.length, stored.items['moulins-jardins']]).to.deep.equal([0, undefined]);
    await expect(el).to.be.accessible();
    $('#undo')!.click();
    for (let i = 0; i < 20 && !$('#item-moulins-jardins'); i++) await settle();
    expect(el.shadowRoot!.activeElement?.id).to.equal('item-moulins-jardins');
    const back = await api.getDocument('bilans', 'bilan-moulins-2026');
    expect(back.ownItems.map((i) => i.id)).to.deep.equal(['moulins-jardins']);
    expect(back.items['moulins-jardins']).to.deep.equal(before);
    expect($('.undo')).to.equal(null);
  });

  it('a note still being typed on an own item is saved before the item is removed, and comes back with « Annuler »', async () => {
    const api = demoApi();
    const { $ } = await mount(api);
    const notes = $('#notes-moulins-jardins') as HTMLTextAreaElement;
    notes.value = 'Douze familles inscrites';
    notes.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    $('#item-moulins-jardins [data-action="remove"]')!.click();
    for (let i = 0; i < 20 && !$('#undo'); i++) await settle();
    $('#undo')!.click();
    for (let i = 0; i < 20 && !$('#item-moulins-jardins'); i++) await settle();
    const back = await api.getDocument('bilans', 'bilan-moulins-2026');
    expect(back.items['moulins-jardins']?.notes).to.equal('Douze familles inscrites');
    expect(($('#notes-moulins-jardins') as HTMLTextAreaElement).value).to.equal(
      'Douze familles inscrites',
    );
  });

  it('« Ajouter un point à cette rubrique »: the territory’s own item, the focus on it; a blank one is named', async () => {
    const api = demoApi();
    const { el, $ } = await mount(api);
    const form = $<HTMLFormElement>('form[data-heading="rendre_compte"]')!;
    const input = form.querySelector('input')!;
    form.requestSubmit();
    await el.updateComplete;
    expect(words(form.querySelector('.field-error'))).to.equal(
      '« Ajouter un point à cette rubrique » : écrivez le point à ajouter.',
    );
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    input.value = 'Le conseil présente ses travaux à la fête de quartier';
    form.requestSubmit();
    for (let i = 0; i < 20 && !$('#item-propre-le-conseil-presente-ses-travaux-a-la-fete-de'); i++)
      await settle();
    const item = $('#item-propre-le-conseil-presente-ses-travaux-a-la-fete-de')!;
    expect(words(item.querySelector('legend'))).to.equal(
      'Le conseil présente ses travaux à la fête de quartier',
    );
    expect(el.shadowRoot!.activeElement).to.equal(item);
    expect([input.value, form.querySelector('.field-error')]).to.deep.equal(['', null]);
    const stored = await api.getDocument('bilans', 'bilan-moulins-2026');
    expect(stored.ownItems.at(-1)).to.deep.include({ heading: 'rendre_compte' });
  });

  it('an adopted bilan reads, and cannot be changed here', async () => {
    const { el, $, $$ } = await mount(undefined, { id: 'bilan-moulins-2025' });
    expect(words($('.version'))).to.contain('adoptée : elle ne change plus');
    // Radios are disabled by their fieldset: `:disabled` is what the browser (and a keyboard) goes by.
    const fields = $$('input, select, textarea');
    expect(fields.length).to.be.greaterThan(100);
    expect(
      fields.filter((x) => !x.matches(':disabled')).map((x) => x.id || x.getAttribute('name')),
    ).to.deep.equal([]);
    // No evidence to show and none to attach: no « Pièces justificatives » button opening on nothing.
    expect($$('.evidence').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const { el, $, $$ } = await mount(undefined, { locale: 'en' });
    expect(words($('h2#heading'))).to.equal('2026 review — Conseil citoyen des Moulins');
    expect($$('.progress-list li').map(words)[0]).to.equal(
      'Building a collective dynamic 2 of 6 answered',
    );
    expect(words($('#item-dc-noyau .levels legend'))).to.equal(
      'Level according to: Citizen council',
    );
    await expect(el).to.be.accessible();
  });

  it('attaches evidence files: checked before sending, a progress bar, listed and saved; a failed send keeps the file for « Réessayer »; removed', async () => {
    const api = demoApi();
    const { el, $, item } = await mount(api);
    const id = 'dc-noyau';
    const choose = async (file: File) => {
      const input = $<HTMLInputElement>(`#file-${id}`)!;
      const chosen = new DataTransfer();
      chosen.items.add(file);
      input.files = chosen.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    const opener = [...item(id).querySelectorAll<HTMLButtonElement>('.evidence .disclosure')][0]!;
    expect([words(opener), opener.getAttribute('aria-expanded')]).to.deep.equal([
      'Pièces justificatives',
      'false',
    ]);
    opener.click();
    await el.updateComplete;
    expect($(`#file-${id}`)!.getAttribute('aria-describedby')).to.equal(`file-hint-${id}`);

    // A page or a program is refused here, in the server's words, before any byte is sent.
    const calls = api.calls;
    await choose(new File(['<p>page</p>'], 'page.html', { type: 'text/html' }));
    expect(words($(`#file-error-${id}`))).to.equal(
      '« Fichier » : ce type de fichier n’est pas accepté ; envoyez un fichier PDF, PNG, JPEG, ODT, ODS, DOCX, XLSX, CSV, TXT.',
    );
    expect(api.calls).to.equal(calls);
    expect($(`#file-${id}`)!.getAttribute('aria-describedby')).to.equal(
      `file-hint-${id} file-error-${id}`,
    );
    await expect(el).to.be.accessible();

    // The network fails: said, the file kept; « Réessayer » sends it and the item lists it, saved.
    api.failNext('network');
    await choose(new File(['%PDF-1.4'], 'compte-rendu.pdf', { type: 'application/pdf' }));
    for (let i = 0; i < 50 && !$('[data-retry-upload]'); i++) await settle();
    expect(words($('[data-retry-upload]'))).to.equal('Réessayer d’envoyer « compte-rendu.pdf »');
    $('[data-retry-upload]')!.click();
    for (let i = 0; i < 50 && !item(id).querySelector('[data-download]'); i++) await settle();
    expect(words(item(id).querySelector('.evidence-list li'))).to.match(
      /^compte-rendu\.pdf \(PDF, 1 ko\) Retirer compte-rendu\.pdf$/,
    );
    expect(words($('article > [role="status"]'))).to.equal('« compte-rendu.pdf » est joint.');
    await saved(el);
    const stored = (await api.getDocument('bilans', 'bilan-moulins-2026')).items[id]!;
    expect(stored.evidence?.map((e) => (e.kind === 'file' ? e.name : e.title))).to.deep.equal([
      'compte-rendu.pdf',
    ]);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>('[data-remove-evidence="0"]')!.click();
    await saved(el);
    expect(
      (await api.getDocument('bilans', 'bilan-moulins-2026')).items[id]!.evidence,
    ).to.deep.equal([]);
    expect(words($('article > [role="status"]'))).to.equal('« compte-rendu.pdf » est retiré.');
  });

  it('never renders markup typed into notes', async () => {
    const api = demoApi();
    const { el, $ } = await mount(api);
    const notes = $<HTMLTextAreaElement>('#notes-dc-noyau')!;
    notes.value = XSS_PAYLOADS.join('\n').slice(0, 5000);
    notes.dispatchEvent(new Event('input', { bubbles: true }));
    await saved(el);
    const again = await mount(api);
    // The element's own disclosure (« Action pour l’an prochain ») is a <details>; any other, or any handler, is not.
    const injected = injectedElements(again.el.shadowRoot!).filter(
      (e) =>
        !(e.matches('details.action') && ![...e.attributes].some((a) => a.name.startsWith('on'))),
    );
    expect(injected).to.deep.equal([]);
    expect(again.$<HTMLTextAreaElement>('#notes-dc-noyau')!.value).to.equal(notes.value);
  });
});

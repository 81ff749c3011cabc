import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ApiError } from '@conseils-citoyens/core';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@conseils-citoyens/core/cc-provider.js';
import {
  FIXED_NOW,
  cancelledSession,
  createMemoryApi,
  demoSessions,
  failOnLitWarnings,
  type MemoryApi,
  type MemorySession,
  overflowingRight,
  splitSession,
} from '@conseils-citoyens/core/testing.js';
import '../src/cc-session-admin.js';
import type { CcSessionAdmin } from '../src/session-admin.js';
import type { CcSessionAdminChangeEvent } from '../src/session-admin.events.js';

failOnLitWarnings();

const past: MemorySession = {
  ...demoSessions()[0]!,
  id: 'octobre-lille',
  title: 'Rencontre d’octobre',
  start: '2026-10-06T09:00:00+02:00',
  end: '2026-10-06T12:00:00+02:00',
};

const newApi = () =>
  createMemoryApi({
    sessions: [...demoSessions(), cancelledSession, past],
    now: () => FIXED_NOW,
  });

/** Reads and drives <cc-session-admin> as an organiser would. */
class AdminObject {
  constructor(readonly el: CcSessionAdmin) {}
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  async settled(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      await this.el.updateComplete;
      if (!this.root.querySelector('[aria-busy="true"]')) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('never settled');
  }
  /** The titles of the rows shown, in order. */
  get rows(): string[] {
    return [...this.root.querySelectorAll('tbody tr[data-session] th .title')].map(
      (title) => title.textContent,
    );
  }
  get caption(): string {
    return this.root.querySelector('caption')!.textContent.trim();
  }
  tab(name: string): HTMLElement {
    return [...this.root.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) =>
      t.textContent.startsWith(name),
    )!;
  }
  button(selector: string): HTMLButtonElement {
    const b = this.root.querySelector<HTMLButtonElement>(selector);
    if (!b) throw new Error(`no ${selector}`);
    return b;
  }
  get dialog(): HTMLDialogElement | null {
    return [...this.root.querySelectorAll('dialog')].find((d) => d.open) ?? null;
  }
  field(name: string): HTMLInputElement {
    const f = this.dialog?.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!f) throw new Error(`no field ${name}`);
    return f;
  }
  async type(name: string, value: string): Promise<void> {
    const f = this.field(name);
    f.value = value;
    f.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }
  async fill(values: Record<string, string>): Promise<void> {
    for (const [k, v] of Object.entries(values)) await this.type(k, v);
  }
  async submit(): Promise<void> {
    this.dialog!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    for (let i = 0; i < 100; i++) {
      await this.el.updateComplete;
      const pending = this.dialog?.querySelector('[part="submit"]')?.getAttribute('aria-disabled');
      if (pending !== 'true') break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await this.el.updateComplete;
  }
  get focused(): Element | null {
    return this.root.activeElement;
  }
  get status(): string {
    return this.root.querySelector('[role="status"]')!.textContent.trim();
  }
  errorOf(name: string): string | undefined {
    return this.root
      .querySelector(`#${CSS.escape(`f-${name}-error`)}`)
      ?.textContent?.replace(/\s+/g, ' ')
      .trim();
  }
}

async function mount(api: MemoryApi = newApi(), locale = 'fr') {
  const root = await fixture<HTMLElement>(html`<cc-provider locale=${locale} .api=${api}>
    <cc-session-admin .now=${FIXED_NOW}></cc-session-admin></cc-provider>`);
  const admin = new AdminObject(root.querySelector('cc-session-admin')!);
  await admin.settled();
  return { admin, api, root };
}

/** The next change the element reports. */
const nextChange = (el: HTMLElement) =>
  oneEvent<CcSessionAdminChangeEvent>(el, 'cc-session-admin-change');

const complete = {
  title: 'Masterclass : le logement',
  start: '2027-01-12T18:00',
  end: '2027-01-12T20:30',
  capacity: '25',
  'venue.name': 'Maison des associations',
  'venue.address': '5 rue de Paris',
  'venue.town': 'Valenciennes',
};

describe('<cc-session-admin>', () => {
  beforeEach(() => sessionStorage.clear());

  it('lists upcoming, past and cancelled sessions in tabs (APG: arrows, Home, End), searched without accents and filtered by town', async () => {
    const { admin } = await mount();
    expect(admin.rows).to.deep.equal([
      'Rencontre de réseau des référents',
      'Masterclass citoyenne : séance introductive',
      "Masterclass : l'emploi",
    ]);
    expect(admin.caption).to.equal('À venir : 3 séance(s)');
    expect(admin.tab('À venir').getAttribute('aria-selected')).to.equal('true');
    expect(admin.tab('Passées').textContent).to.equal('Passées (1)');
    await expect(admin.el).to.be.accessible();
    admin.tab('À venir').focus();
    await sendKeys({ press: 'ArrowRight' });
    await admin.el.updateComplete;
    expect(admin.focused).to.equal(admin.tab('Passées'));
    expect(admin.rows).to.deep.equal(['Rencontre d’octobre']);
    await sendKeys({ press: 'End' });
    await admin.el.updateComplete;
    expect(admin.rows).to.deep.equal(['Masterclass : la santé']);
    expect(admin.root.querySelector('tbody .badge')!.textContent).to.equal('Annulée');
    await sendKeys({ press: 'Home' });
    await admin.el.updateComplete;
    expect(admin.focused).to.equal(admin.tab('À venir'));

    const search = admin.root.querySelector<HTMLInputElement>('[name="search"]')!;
    search.value = 'emploi MAUBEUGE';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await admin.el.updateComplete;
    expect(admin.rows).to.deep.equal(["Masterclass : l'emploi"]);
    expect(admin.caption).to.equal('À venir : 1 séance(s) sur 3');
    search.value = 'equipe irev'; // a speaker, typed without its accent
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await admin.el.updateComplete;
    expect(admin.rows).to.deep.equal(['Rencontre de réseau des référents']);
    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));

    /** Chooses a filter's value, as a person does with the list. */
    const pick = async (select: HTMLSelectElement, value: string) => {
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await admin.el.updateComplete;
    };
    const town = admin.root.querySelector<HTMLSelectElement>('#f-town')!;
    expect([...town.options].map((o) => o.textContent)).to.deep.equal([
      'Toutes les communes',
      'Dunkerque',
      'Lille',
      'Maubeuge',
      'Valenciennes',
    ]);
    await pick(town, 'Valenciennes');
    expect(admin.rows).to.deep.equal(['Masterclass citoyenne : séance introductive']);
    await pick(town, '');
    // By theme and by kind, the kinds in words.
    const theme = admin.root.querySelector<HTMLSelectElement>('#f-theme')!;
    expect([...theme.options].map((o) => o.textContent)).to.deep.equal([
      'Tous les thèmes',
      'Emploi',
      'Participation citoyenne',
      'Politique de la ville',
      'Santé',
    ]);
    await pick(theme, 'Emploi');
    expect(admin.rows).to.deep.equal(["Masterclass : l'emploi"]);
    await pick(theme, '');
    const kind = admin.root.querySelector<HTMLSelectElement>('#f-kind')!;
    expect([...kind.options].map((o) => o.textContent)).to.include('Rencontre de réseau');
    await pick(kind, 'network_meeting');
    expect(admin.rows).to.deep.equal(['Rencontre de réseau des référents']);
    await expect(admin.el).to.be.accessible();
  });

  it('row actions are named with their session (WCAG 2.5.3: the visible word first)', async () => {
    const { admin } = await mount();
    const edit = admin.button('[data-edit="emploi-maubeuge"]');
    expect(edit.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      "Modifier « Masterclass : l'emploi »",
    );
    expect(
      admin.root.querySelector('[data-session="intro-valenciennes"] td:nth-of-type(3)')!
        .textContent,
    ).to.contain('0 inscrit·e(s) pour 2 places');
  });

  it('creates a session: errors named in French, focus on the summary, then saved with Paris time, announced, focus back', async () => {
    const { admin, api } = await mount();
    const opener = admin.button('[data-new]');
    opener.focus();
    opener.click();
    await admin.el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(admin.dialog).to.not.equal(null);
    expect(admin.focused!.id).to.equal('form-title');
    expect(admin.focused!.textContent).to.equal('Nouvelle séance');

    await admin.type('end', '2027-01-12T17:00');
    await admin.type('start', '2027-01-12T18:00');
    await admin.submit();
    expect(admin.focused!.id).to.equal('error-summary');
    const messages = [...admin.root.querySelectorAll('#error-summary a')].map((a) => a.textContent);
    expect(messages).to.include('« Titre » est obligatoire.');
    expect(messages).to.include('« Nom du lieu » est obligatoire.');
    expect(messages).to.include('« Commune » est obligatoire.');
    expect(admin.errorOf('end')).to.match(/^Erreur : « Fin » /);
    await expect(admin.el).to.be.accessible();

    await admin.fill(complete);
    const changed = nextChange(admin.el);
    await admin.submit();
    const { detail } = await changed;
    expect(detail.action).to.equal('created');
    expect(detail.session.start).to.equal('2027-01-12T18:00:00+01:00');
    expect(detail.session.capacity).to.equal(25);
    expect(detail.session.reminder).to.equal(true); // the day-before e-mail, on unless unticked
    expect(admin.dialog).to.equal(null);
    await new Promise((r) => setTimeout(r));
    expect(admin.focused).to.equal(opener);
    expect(admin.status).to.equal('Séance « Masterclass : le logement » créée.');
    await admin.settled();
    expect(admin.rows).to.include('Masterclass : le logement');
    expect((await api.listSessions()).total).to.equal(6);
  });

  it('a summer session is sent with the summer offset', async () => {
    const { admin } = await mount();
    admin.button('[data-new]').click();
    await admin.el.updateComplete;
    await admin.fill({ ...complete, start: '2027-06-15T18:00', end: '2027-06-15T20:00' });
    const changed = nextChange(admin.el);
    await admin.submit();
    expect((await changed).detail.session.end).to.equal('2027-06-15T20:00:00+02:00');
  });

  it('keeps what was typed when closed, reloaded or refused by the network; « Réessayer » saves it', async () => {
    const api = newApi();
    const first = await mount(api);
    first.admin.button('[data-new]').click();
    await first.admin.el.updateComplete;
    await first.admin.fill({ title: 'Brouillon gardé', 'venue.town': 'Lille' });
    first.root.remove(); // the page is reloaded

    const { admin } = await mount(api);
    admin.button('[data-new]').click();
    await admin.el.updateComplete;
    expect(admin.field('title').value).to.equal('Brouillon gardé');
    expect(admin.field('venue.town').value).to.equal('Lille');

    await admin.fill({ ...complete, title: 'Brouillon gardé' });
    api.failNext('network');
    await admin.submit();
    const error = admin.root.querySelector('#save-error')!;
    expect(admin.focused).to.equal(error);
    expect(error.textContent).to.contain('Réessayer');
    expect(admin.field('title').value).to.equal('Brouillon gardé');
    const changed = nextChange(admin.el);
    error.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    expect((await changed).detail.session.title).to.equal('Brouillon gardé');
    // Saved: the draft is gone.
    admin.button('[data-new]').click();
    await admin.el.updateComplete;
    expect(admin.field('title').value).to.equal('');
  });

  it('edits a session (a larger capacity gives seats to the waiting list) and duplicates one for another town', async () => {
    const api = newApi();
    for (const n of [1, 2, 3])
      await api.register(
        'intro-valenciennes',
        { firstName: `P${n}`, lastName: 'Test', email: `p${n}@example.org` },
        { idempotencyKey: `k${n}` },
      );
    const { admin } = await mount(api);
    admin.button('[data-edit="intro-valenciennes"]').click();
    await admin.el.updateComplete;
    expect(admin.field('title').value).to.equal('Masterclass citoyenne : séance introductive');
    expect(admin.field('start').value).to.equal('2026-12-08T18:00');
    expect(admin.field('speakers.0.name').value).to.equal('Claire Martin');
    await admin.type('capacity', '3');
    const changed = nextChange(admin.el);
    await admin.submit();
    const { detail } = await changed;
    expect(detail.action).to.equal('updated');
    expect(detail.session.confirmed).to.equal(3);
    expect(detail.session.waitlisted).to.equal(0);

    await admin.settled();
    admin.button('[data-duplicate="intro-valenciennes"]').click();
    await admin.el.updateComplete;
    expect(admin.dialog!.textContent).to.contain('Personne n’y est inscrit');
    expect(admin.field('title').value).to.equal('Masterclass citoyenne : séance introductive');
    await admin.fill({
      'venue.town': 'Maubeuge',
      start: '2026-12-09T18:00',
      end: '2026-12-09T20:30',
    });
    const copied = nextChange(admin.el);
    await admin.submit();
    const copy = (await copied).detail.session;
    expect(copy.id).to.not.equal('intro-valenciennes');
    expect(copy.venue.town).to.equal('Maubeuge');
    expect(copy.confirmed).to.equal(0);
    expect(copy.speakers).to.deep.equal([
      { name: 'Claire Martin', role: 'Cheffe de projet politique de la ville' },
    ]);
  });

  it('speakers are added and removed; the next move up with what was typed', async () => {
    const { admin } = await mount();
    admin.button('[data-new]').click();
    await admin.el.updateComplete;
    admin.dialog!.querySelector<HTMLButtonElement>('[data-add-speaker]')!.click();
    await admin.el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(admin.focused).to.equal(admin.field('speakers.0.name'));
    await admin.fill({ 'speakers.0.name': 'A', 'speakers.0.role': 'Rôle A' });
    admin.dialog!.querySelector<HTMLButtonElement>('[data-add-speaker]')!.click();
    await admin.el.updateComplete;
    await admin.fill({ 'speakers.1.name': 'B', 'speakers.1.role': 'Rôle B' });
    admin.dialog!.querySelector<HTMLButtonElement>('[data-remove-speaker="0"]')!.click();
    await admin.el.updateComplete;
    expect(admin.field('speakers.0.name').value).to.equal('B');
    expect(admin.dialog!.querySelector('[name="speakers.1.name"]')).to.equal(null);
    await admin.fill({ ...complete, 'speakers.0.role': '' });
    await admin.submit();
    expect(admin.errorOf('speakers.0.role')).to.equal('Erreur : « Fonction » est obligatoire.');
  });

  it('cancels a session with its reason (said to the registrants), then restores it', async () => {
    const api = newApi();
    await api.register(
      'reseau-referents',
      { firstName: 'Amina', lastName: 'Diallo', email: 'amina@example.org' },
      { idempotencyKey: 'a' },
    );
    const { admin } = await mount(api);
    const opener = admin.button('[data-cancel="reseau-referents"]');
    opener.click();
    await admin.el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(admin.focused!.textContent).to.equal('Annuler « Rencontre de réseau des référents » ?');
    expect(admin.dialog!.textContent).to.contain(
      '1 personne(s) inscrite(s) et 0 en liste d’attente recevront un e-mail avec le motif',
    );
    await expect(admin.el).to.be.accessible();
    const reason = admin.field('cancellationReason');
    reason.value = 'Salle indisponible';
    reason.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const changed = nextChange(admin.el);
    admin.dialog!.querySelector<HTMLButtonElement>('[data-confirm-cancel]')!.click();
    const { detail } = await changed;
    expect(detail.action).to.equal('cancelled');
    expect(detail.session.status).to.equal('cancelled');
    expect(detail.session.cancellationReason).to.equal('Salle indisponible');
    expect(admin.status).to.contain('annulée : les personnes inscrites sont prévenues');
    await admin.settled();
    expect(admin.rows).to.not.include('Rencontre de réseau des référents');
    // Its row is gone: the focus is on the list, not lost on the page.
    expect(admin.focused).to.equal(admin.root.querySelector('#panel .table-scroll'));

    admin.tab('Annulées').click();
    await admin.el.updateComplete;
    expect(admin.rows).to.include('Rencontre de réseau des référents');
    admin.button('[data-restore="reseau-referents"]').click();
    await nextChange(admin.el);
    expect((await api.getSession('reseau-referents')).status).to.not.equal('cancelled');
  });

  it("shows a session's registrations — confirmed, waiting list in order, cancelled — searched by name; back returns the focus", async () => {
    const api = newApi();
    const people = [
      ['Amina', 'Diallo'],
      ['Éloïse', 'Martin'],
      ['Karim', 'Benali'],
      ['Jeanne', 'Petit'],
    ];
    const receipts = [];
    for (const [first, last] of people)
      receipts.push(
        await api.register(
          'intro-valenciennes',
          {
            firstName: first!,
            lastName: last!,
            email: `${last!.toLowerCase()}@example.org`,
            college: 'habitant',
          },
          { idempotencyKey: first! },
        ),
      );
    await api.cancelRegistration(receipts[0]!.id, receipts[0]!.cancellationToken);
    const { admin } = await mount(api);
    const opener = admin.button('[data-registrations="intro-valenciennes"]');
    opener.click();
    await admin.settled();
    expect(admin.focused!.id).to.equal('registrations-title');
    expect(admin.root.querySelector('.counts')!.textContent).to.equal(
      '2 confirmée(s) pour 2 places · 1 en liste d’attente · 1 annulée(s)',
    );
    const section = (id: string) =>
      [...admin.root.querySelectorAll(`[aria-labelledby="${id}"] tbody tr`)].map((tr) =>
        [...tr.children].map((cell) => cell.textContent.trim()).join(' | '),
      );
    expect(section('confirmed-title').map((r) => r.split(' | ').slice(0, 2))).to.deep.equal([
      ['Martin Éloïse', 'martin@example.org'],
      ['Benali Karim', 'benali@example.org'],
    ]);
    expect(section('waiting-title')[0]).to.match(
      /^1 \| Petit Jeanne \| petit@example.org \| {2}\| Habitant·e \| {2}\| 23 nov\./,
    );
    expect(section('cancelled-title')[0]).to.match(/^Diallo Amina \| diallo@example.org/);
    await expect(admin.el).to.be.accessible();

    const search = admin.root.querySelector<HTMLInputElement>('[name="person"]')!;
    search.value = 'eloise';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await admin.el.updateComplete;
    expect(section('confirmed-title')).to.have.length(1);
    expect(section('waiting-title')).to.have.length(0);

    admin.button('[data-back]').click();
    await admin.el.updateComplete;
    expect(admin.focused).to.equal(admin.button('[data-registrations="intro-valenciennes"]'));
  });

  it('ticks who came (announced, the focus kept), cancels for a person (she is told, the list moves on), prints and downloads the list', async () => {
    const api = newApi();
    for (const [first, last] of [
      ['Amina', 'Diallo'],
      ['Karim', 'Benali'],
      ['Jeanne', 'Petit'],
    ])
      await api.register(
        'intro-valenciennes',
        { firstName: first!, lastName: last!, email: `${last!.toLowerCase()}@example.org` },
        { idempotencyKey: last! },
      );
    const { admin } = await mount(api);
    admin.button('[data-registrations="intro-valenciennes"]').click();
    await admin.settled();
    const [amina] = api.registrations('intro-valenciennes');
    const select = admin.root.querySelector<HTMLSelectElement>(`[data-attendance="${amina!.id}"]`)!;
    expect(admin.root.querySelector(`label[for="${select.id}"]`)!.textContent).to.equal(
      'Présence de Diallo Amina',
    );
    select.focus();
    select.value = 'present';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    for (let i = 0; i < 50 && !admin.status.startsWith('Présence'); i++)
      await new Promise((r) => setTimeout(r, 10));
    await admin.settled();
    expect(api.registrations('intro-valenciennes')[0]!.attendance).to.equal('present');
    expect(admin.status).to.equal('Présence de Diallo Amina : Présent·e.');
    expect(admin.focused).to.equal(select);
    expect(admin.root.querySelector('.counts')!.textContent).to.contain('1 présent·e(s)');
    await expect(admin.el).to.be.accessible();

    // The sign-in sheet: only on paper, the confirmed in alphabetical order.
    const sheet = admin.root.querySelector<HTMLElement>('.sheet')!;
    expect(getComputedStyle(sheet).display).to.equal('none');
    expect(
      [...sheet.querySelectorAll('tbody tr td:nth-child(2)')].map((td) => td.textContent),
    ).to.deep.equal(['Benali', 'Diallo']);

    // The list as a file.
    const saved: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    const revoke = URL.revokeObjectURL.bind(URL);
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this);
    };
    URL.revokeObjectURL = () => undefined; // read below, then revoked
    let text: string;
    try {
      admin.button('[data-download]').click();
      for (let i = 0; i < 50 && !saved.length; i++) await new Promise((r) => setTimeout(r, 10));
      text = await (await fetch(saved[0]!.href)).text();
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revoke;
      if (saved[0]) revoke(saved[0].href);
    }
    expect(saved[0]!.download).to.equal('inscriptions-intro-valenciennes.csv');
    expect(text).to.contain('confirmed;Diallo;Amina;diallo@example.org;present');

    // Cancelled on Karim's behalf: Jeanne, first on the waiting list, gets his seat.
    const karim = api.registrations('intro-valenciennes')[1]!;
    const cancel = admin.button(`[data-cancel-registration="${karim.id}"]`);
    expect(cancel.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Annuler l’inscription de Benali Karim',
    );
    cancel.click();
    await admin.el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(admin.focused!.textContent).to.equal('Annuler l’inscription de Benali Karim ?');
    admin.dialog!.querySelector<HTMLButtonElement>('[data-confirm-cancel-for]')!.click();
    for (let i = 0; i < 50 && admin.dialog; i++) await new Promise((r) => setTimeout(r, 10));
    await admin.settled();
    expect(api.registrations('intro-valenciennes').map((r) => r.status)).to.deep.equal([
      'confirmed',
      'cancelled',
      'confirmed',
    ]);
    expect(admin.status).to.equal(
      'Inscription de Benali Karim annulée : la personne est prévenue par e-mail.',
    );
    expect(admin.focused!.id).to.equal('cancelled-title');
  });

  it('resends a confirmation with a new link to the registration page (the old one stops working), said in words', async () => {
    const api = newApi();
    const receipt = await api.register(
      'intro-valenciennes',
      { firstName: 'Amina', lastName: 'Diallo', email: 'diallo@example.org' },
      { idempotencyKey: 'a' },
    );
    const root = await fixture<HTMLElement>(html`<cc-provider locale="fr" .api=${api}>
      <cc-session-admin .now=${FIXED_NOW} registration-href="/inscription"></cc-session-admin></cc-provider>`);
    const admin = new AdminObject(root.querySelector('cc-session-admin')!);
    await admin.settled();
    const asked: unknown[] = [];
    const resend = api.resendConfirmation.bind(api);
    api.resendConfirmation = (id, page, o) => {
      asked.push([id, page]);
      return resend(id, page, o);
    };
    admin.button('[data-registrations="intro-valenciennes"]').click();
    await admin.settled();
    const button = admin.button(`[data-resend="${receipt.id}"]`);
    expect(button.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Renvoyer la confirmation à Diallo Amina',
    );
    button.click();
    for (let i = 0; i < 50 && !admin.status.startsWith('Confirmation'); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(admin.status).to.equal(
      'Confirmation renvoyée à diallo@example.org, avec un nouveau lien d’annulation (l’ancien ne marche plus).',
    );
    expect(asked).to.deep.equal([[receipt.id, new URL('/inscription', document.baseURI).href]]);
    let refused: { kind?: string } = {};
    await api.cancelRegistration(receipt.id, receipt.cancellationToken).catch((e: unknown) => {
      refused = e as { kind?: string };
    });
    expect(refused.kind).to.equal('not_found');
  });

  it('registers a person taken by phone into the same seats: errors named, then announced and marked « par téléphone »', async () => {
    const { admin, api } = await mount();
    admin.button('[data-registrations="intro-valenciennes"]').click();
    await admin.settled();
    const opener = admin.button('[data-enter]');
    opener.click();
    await admin.el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(admin.focused!.textContent).to.equal(
      'Inscrire une personne à « Masterclass citoyenne : séance introductive »',
    );
    admin.dialog!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    for (let i = 0; i < 50 && admin.focused?.id !== 'error-summary'; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(
      [...admin.dialog!.querySelectorAll('#error-summary a')].map((a) => a.textContent),
    ).to.deep.equal([
      '« Prénom » est obligatoire.',
      '« Nom » est obligatoire.',
      '« Téléphone » est obligatoire sans adresse e-mail : il faut pouvoir joindre la personne.',
    ]);
    await expect(admin.el).to.be.accessible();
    await admin.fill({ firstName: 'Éloïse', lastName: 'Martin', phone: '06 12 34 56 78' });
    admin.dialog!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    for (let i = 0; i < 50 && !admin.status.includes('inscrit'); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(admin.status).to.equal('Éloïse Martin inscrit·e : place confirmée.');
    await admin.settled();
    expect(admin.dialog).to.equal(null);
    const [entry] = api.registrations('intro-valenciennes');
    expect([entry!.source, entry!.email, entry!.status]).to.deep.equal([
      'phone',
      undefined,
      'confirmed',
    ]);
    expect(admin.root.querySelector(`[data-registration="${entry!.id}"] th`)!.textContent).to.equal(
      'Martin Éloïse (par téléphone)',
    );
    // The same person again, typed in capitals: the same guard as online.
    admin.button('[data-enter]').click();
    await admin.el.updateComplete;
    await admin.fill({ firstName: 'ELOISE', lastName: 'Martin', phone: '0612345678' });
    admin.dialog!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    for (let i = 0; i < 50 && !admin.root.querySelector('#entry-error'); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(admin.root.querySelector('#entry-error')!.textContent).to.contain('déjà');
    expect(api.registrations('intro-valenciennes')).to.have.length(1);
  });

  it('moves a person up the waiting list by keys: announced, the focus kept (on « Descendre » once first)', async () => {
    const api = newApi();
    for (const last of ['Diallo', 'Martin', 'Benali', 'Petit'])
      await api.register(
        'intro-valenciennes',
        { firstName: 'P', lastName: last, email: `${last.toLowerCase()}@example.org` },
        { idempotencyKey: last },
      );
    const { admin } = await mount(api);
    admin.button('[data-registrations="intro-valenciennes"]').click();
    await admin.settled();
    const petit = api.registrations('intro-valenciennes')[3]!;
    const up = admin.button(`[data-move="${petit.id}"][data-by="-1"]`);
    expect(up.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Monter Petit P dans la liste d’attente',
    );
    up.focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 50 && !admin.status.startsWith('Petit'); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(admin.status).to.equal('Petit P : rang 1 sur 2 dans la liste d’attente.');
    const waiting = () =>
      [...admin.root.querySelectorAll('[aria-labelledby="waiting-title"] tbody th')].map((th) =>
        th.textContent.trim(),
      );
    expect(waiting()).to.deep.equal(['Petit P', 'Benali P']);
    // First now: « Monter » says it cannot, and the focus went to « Descendre ».
    expect(
      admin.button(`[data-move="${petit.id}"][data-by="-1"]`).getAttribute('aria-disabled'),
    ).to.equal('true');
    expect(admin.focused).to.equal(admin.button(`[data-move="${petit.id}"][data-by="1"]`));
  });

  it('a mark that fails is said, and the select shows the mark as it still is', async () => {
    const api = newApi();
    await api.register(
      'intro-valenciennes',
      { firstName: 'Amina', lastName: 'Diallo', email: 'diallo@example.org' },
      { idempotencyKey: 'a' },
    );
    const { admin } = await mount(api);
    admin.button('[data-registrations="intro-valenciennes"]').click();
    await admin.settled();
    const select = admin.root.querySelector<HTMLSelectElement>('[data-attendance]')!;
    api.failNext('server');
    select.value = 'absent';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    for (let i = 0; i < 50 && !admin.root.querySelector('[part="error"]'); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(admin.root.querySelector('[part="error"]')).to.not.equal(null);
    await admin.el.updateComplete;
    expect(select.value).to.equal('');
    expect(api.registrations('intro-valenciennes')[0]!.attendance).to.equal(undefined);
  });

  it('at 320 px wide (a phone): nothing sticks out, the tables scroll in their own region, the page does not', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { admin } = await mount();
      expect(overflowingRight(admin.el)).to.deep.equal([]);
      admin.button('[data-registrations="intro-valenciennes"]').click();
      await admin.settled();
      expect(overflowingRight(admin.el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('splits the seats by collège: the groups’ total said, a wrong sum named, then saved; by town, towns added and removed', async () => {
    const { admin } = await mount();
    admin.button('[data-new]').click();
    await admin.el.updateComplete;
    await admin.fill(complete);
    admin
      .field('quotas.by')
      .form!.querySelector<HTMLInputElement>('input[name="quotas.by"][value="college"]')!
      .click();
    await admin.el.updateComplete;
    const legends = [...admin.dialog!.querySelectorAll('fieldset.speaker legend')].map(
      (l) => l.textContent,
    );
    expect(legends).to.deep.equal(['Places des habitant·es', 'Places des acteurs locaux']);
    await admin.type('quotas.groups.0.seats', '10');
    await admin.type('quotas.groups.1.seats', '10');
    expect(admin.dialog!.querySelector('[data-quota-total]')!.textContent).to.equal(
      'Les groupes font 20 place(s) ; la séance en a 25.',
    );
    await admin.submit();
    expect(admin.focused!.id).to.equal('error-summary');
    expect(admin.errorOf('quotas.by')).to.equal(
      'Erreur : « Répartition des places » : les places des groupes doivent faire ensemble le nombre de places de la séance.',
    );
    await expect(admin.el).to.be.accessible();
    await admin.type('capacity', '20');
    const changed = nextChange(admin.el);
    await admin.submit();
    const { detail } = await changed;
    expect(detail.session.quotas).to.deep.equal({
      by: 'college',
      groups: [
        { key: 'habitant', seats: 10 },
        { key: 'acteur_local', seats: 10 },
      ],
    });

    // By town: two to start with, a third added (focus on its name), then removed.
    admin.button('[data-new]').click();
    await admin.el.updateComplete;
    admin.dialog!.querySelector<HTMLInputElement>('input[name="quotas.by"][value="town"]')!.click();
    await admin.el.updateComplete;
    expect(admin.dialog!.querySelectorAll('input[name$=".key"]')).to.have.length(2);
    admin.button('[data-add-town]').click();
    await admin.el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(admin.focused!.id).to.equal('f-quotas.groups.2.key');
    await admin.type('quotas.groups.2.key', 'Maubeuge');
    admin.button('[data-remove-town="0"]').click();
    await admin.el.updateComplete;
    expect(admin.field('quotas.groups.1.key').value).to.equal('Maubeuge');
    expect(admin.dialog!.querySelectorAll('input[name$=".key"]')).to.have.length(2);
  });

  it('a split session: each group’s seats, a waiting list per group, and an entry asks the collège', async () => {
    const api = createMemoryApi({
      sessions: [...demoSessions(), splitSession],
      now: () => FIXED_NOW,
    });
    const as = (n: number, college: 'habitant' | 'acteur_local') =>
      api.register(
        splitSession.id,
        { firstName: `P${n}`, lastName: 'Test', email: `p${n}@example.org`, college },
        { idempotencyKey: `k${n}` },
      );
    for (const [n, c] of [
      [1, 'habitant'],
      [2, 'habitant'],
      [3, 'habitant'],
      [4, 'acteur_local'],
    ] as const)
      await as(n, c);
    const { admin } = await mount(api);
    admin.button(`[data-registrations="${splitSession.id}"]`).click();
    await admin.settled();
    expect(
      [...admin.root.querySelectorAll('.group-counts li')].map((li) => li.textContent),
    ).to.deep.equal(['Habitant·e : 2 / 2, 1 en attente', 'Acteur local : 1 / 2, 0 en attente']);
    expect(admin.root.querySelector('#waiting-title-0')!.textContent).to.equal(
      'Liste d’attente : Habitant·e, dans l’ordre (1)',
    );
    expect(admin.root.querySelector('#waiting-title-1')!.textContent).to.equal(
      'Liste d’attente : Acteur local, dans l’ordre (0)',
    );
    await expect(admin.el).to.be.accessible();
    admin.button('[data-enter]').click();
    await admin.el.updateComplete;
    await admin.fill({ firstName: 'Karim', lastName: 'Benali', phone: '06 12 34 56 78' });
    admin.dialog!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    for (let i = 0; i < 50 && admin.focused?.id !== 'error-summary'; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(
      [...admin.dialog!.querySelectorAll('#error-summary a')].map((a) => a.textContent),
    ).to.deep.equal(['« Collège » est obligatoire.']);
    admin
      .dialog!.querySelector<HTMLInputElement>('input[name="college"][value="acteur_local"]')!
      .click();
    await admin.el.updateComplete;
    admin.dialog!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    for (let i = 0; i < 50 && !admin.status.includes('inscrit'); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(admin.status).to.equal('Karim Benali inscrit·e : place confirmée.');
    expect(api.registrations(splitSession.id).find((r) => r.firstName === 'Karim')!.quota).to.equal(
      'acteur_local',
    );
  });

  it('creates a series (the Masterclass in three towns): each its date and place, errors named, a failure midway goes on from where it stopped', async () => {
    const { admin, api } = await mount();
    const create = api.createSession.bind(api);
    let calls = 0;
    api.createSession = (input) =>
      ++calls === 2 ? Promise.reject(new ApiError('network')) : create(input);
    const changes: string[] = [];
    admin.el.addEventListener('cc-session-admin-change', (e) =>
      changes.push(e.detail.session.venue.town),
    );
    admin.button('[data-new]').click();
    await admin.el.updateComplete;
    await admin.fill({ ...complete, registrationClosesAt: '2027-01-12T12:00' });
    admin.button('[data-add-occurrence]').click();
    await admin.el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(admin.focused!.id).to.equal('f-series.0.start');
    expect(admin.field('series.0.venue.town').value).to.equal('Valenciennes'); // a copy to change
    await admin.fill({
      'series.0.start': '2027-01-19T18:00',
      'series.0.end': '2027-01-19T20:30',
      'series.0.venue.name': 'Centre social',
      'series.0.venue.address': '1 place Vauban',
      'series.0.venue.town': 'Maubeuge',
    });
    admin.button('[data-add-occurrence]').click();
    await admin.el.updateComplete;
    await admin.fill({
      'series.1.start': '2027-01-26T18:00',
      'series.1.end': '2027-01-26T20:30',
      'series.1.venue.town': '',
    });
    await admin.submit();
    expect(admin.focused!.id).to.equal('error-summary');
    expect(admin.errorOf('series.1.venue.town')).to.equal('Erreur : « Commune » est obligatoire.');
    await expect(admin.el).to.be.accessible();
    await admin.type('series.1.venue.town', 'Dunkerque');
    const submit = admin.dialog!.querySelector('[part="submit"]')!;
    expect(submit.textContent.trim()).to.equal('Créer les 3 séances');

    await admin.submit();
    expect(admin.root.querySelector('[data-series-done]')!.textContent).to.equal(
      '1 séance(s) sur 3 déjà créée(s) ; « Réessayer » crée les suivantes.',
    );
    expect(changes).to.deep.equal(['Valenciennes']);
    await admin.submit();
    expect(admin.dialog).to.equal(null);
    expect(changes).to.deep.equal(['Valenciennes', 'Maubeuge', 'Dunkerque']);
    expect(admin.status).to.equal('3 séances créées : Valenciennes, Maubeuge, Dunkerque.');
    const made = (await api.listSessions()).items.filter((s) => s.title === complete.title);
    expect(made.map((s) => [s.venue.town, s.start, s.registrationClosesAt])).to.deep.equal([
      ['Valenciennes', '2027-01-12T18:00:00+01:00', '2027-01-12T12:00:00+01:00'],
      ['Maubeuge', '2027-01-19T18:00:00+01:00', '2027-01-19T12:00:00+01:00'],
      ['Dunkerque', '2027-01-26T18:00:00+01:00', '2027-01-26T12:00:00+01:00'],
    ]);
  });

  it('asks the next person to confirm a freed seat within a time; an emptied theme is taken away', async () => {
    const api = newApi();
    for (const n of [1, 2, 3])
      await api.register(
        'intro-valenciennes',
        { firstName: `P${n}`, lastName: 'Test', email: `p${n}@example.org` },
        { idempotencyKey: `k${n}` },
      );
    const { admin } = await mount(api);
    admin.button('[data-edit="intro-valenciennes"]').click();
    await admin.el.updateComplete;
    expect(admin.field('confirmPromotionHours').value).to.equal('');
    await admin.type('confirmPromotionHours', '200');
    await admin.submit();
    expect(admin.errorOf('confirmPromotionHours')).to.equal(
      'Erreur : « Délai pour confirmer une place libérée (heures) » doit être inférieur ou égal à 168.',
    );
    await admin.type('confirmPromotionHours', '48');
    await admin.type('theme', '');
    const changed = nextChange(admin.el);
    await admin.submit();
    const { detail } = await changed;
    expect([detail.session.confirmPromotionHours, detail.session.theme]).to.deep.equal([
      48,
      undefined,
    ]);

    const [first, , third] = api.registrations('intro-valenciennes');
    await api.cancelRegistrationFor(first!.id);
    await admin.settled();
    admin.button('[data-registrations="intro-valenciennes"]').click();
    await admin.settled();
    expect(
      admin.root.querySelector(`[data-registration="${third!.id}"] [data-confirm-by]`)!.textContent,
    ).to.match(/^\(place à confirmer avant le 25 nov\..* 10:00\)$/);
    await expect(admin.el).to.be.accessible();
  });

  it('offers the iCalendar feed of the sessions to subscribe to, when the backend serves one', async () => {
    const api = newApi();
    expect(api.sessionsFeedUrl()).to.equal(undefined);
    api.sessionsFeedUrl = () => 'https://ville.example/api/v1/sessions.ics';
    const { admin } = await mount(api);
    const link = admin.root.querySelector<HTMLAnchorElement>('[data-feed]')!;
    expect([link.textContent, link.href]).to.deep.equal([
      'flux iCalendar des séances',
      'https://ville.example/api/v1/sessions.ics',
    ]);
  });

  it('speaks English on an English page', async () => {
    const { admin } = await mount(newApi(), 'en');
    expect(admin.caption).to.equal('Upcoming: 3 session(s)');
    admin.button('[data-new]').click();
    await admin.el.updateComplete;
    await admin.submit();
    const messages = [...admin.root.querySelectorAll('#error-summary a')].map((a) => a.textContent);
    expect(messages).to.include('“Name of the place” is required.');
  });
});

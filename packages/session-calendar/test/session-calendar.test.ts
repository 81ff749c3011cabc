import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, setViewport } from '@web/test-runner-commands';
import { createMemoryApi } from '@conseils-citoyens/core/testing.js';
import { FIXED_NOW, demoSessions, manySessions } from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/core/cc-provider.js';
import '../src/cc-session-calendar.js';
import { registrationUrl } from '../src/session-calendar.js';
import { dayForKey, monthWeeks, parisDay } from '../src/controllers/month-grid.js';
import { SessionCalendarObject } from '../test-helpers/session-calendar-object.js';
import { mountCalendar } from './fixtures.js';

describe('<cc-session-calendar>', () => {
  describe('month grid', () => {
    it('shows December 2026 with each day named and its sessions counted, today marked', async () => {
      const { cal } = await mountCalendar();
      expect(cal.heading).to.equal('décembre 2026');
      expect(cal.grid!.getAttribute('aria-labelledby')).to.equal('month-heading');
      expect(cal.cell('2026-12-03').textContent.replace(/\s+/g, ' ')).to.contain(
        'jeudi 3 décembre 2026, 1 séance',
      );
      expect(cal.cell('2026-12-04').textContent).to.contain('aucune séance');
      expect(cal.cell('2026-11-30').classList.contains('outside')).to.equal(true);
      expect(cal.grid!.querySelectorAll('tbody tr').length).to.equal(5);
      await expect(cal.el).to.be.accessible();
    });

    it('marks today with aria-current="date" and starts on it when today is in the month shown', async () => {
      const thisMonth = {
        ...demoSessions()[0]!,
        id: 'novembre',
        start: '2026-11-26T18:00:00+01:00',
        end: '2026-11-26T20:00:00+01:00',
      };
      const api = createMemoryApi({
        sessions: [...demoSessions(), thisMonth],
        now: () => FIXED_NOW,
      });
      const root = await fixture<HTMLElement>(
        html`<cc-provider locale="fr" .api=${api}><cc-session-calendar view="month" .now=${FIXED_NOW}></cc-session-calendar></cc-provider>`,
      );
      const cal = new SessionCalendarObject(root.querySelector('cc-session-calendar')!);
      await cal.loaded();
      expect(cal.heading).to.equal('novembre 2026');
      expect(cal.cell('2026-11-23').getAttribute('aria-current')).to.equal('date');
      expect(cal.tabStop!.dataset.day).to.equal('2026-11-23');
      expect(cal.cell('2026-11-23').textContent).to.contain("aujourd'hui");
    });

    it('opens on the month of the next session when nothing is left this month, without firing cc-calendar-change', async () => {
      const api = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
      const root = await fixture<HTMLElement>(
        html`<cc-provider locale="fr" .api=${api}><cc-session-calendar view="month" .now=${FIXED_NOW}></cc-session-calendar></cc-provider>`,
      );
      const el = root.querySelector('cc-session-calendar')!;
      let changes = 0;
      el.addEventListener('cc-calendar-change', () => changes++);
      const cal = new SessionCalendarObject(el);
      await cal.loaded();
      await cal.loaded();
      expect(cal.heading).to.equal('décembre 2026');
      expect(cal.cell('2026-12-03').textContent).to.contain('1 séance');
      expect(changes).to.equal(0);
      cal.button("Aujourd'hui").click();
      await cal.loaded();
      expect(cal.heading).to.equal('novembre 2026', 'the resident’s choice is kept');
    });

    it('shows the sessions of the chosen day below the grid', async () => {
      const { cal } = await mountCalendar();
      cal.cell('2026-12-08').click();
      await cal.el.updateComplete;
      expect(cal.root.querySelector('#day-heading')!.textContent).to.contain(
        'mardi 8 décembre 2026',
      );
      expect(cal.cards.map((c) => c.dataset.session)).to.deep.equal(['intro-valenciennes']);
    });

    it('moves between months and jumps back to today', async () => {
      const { cal, el } = await mountCalendar();
      cal.button(/Mois suivant/).click();
      await cal.loaded();
      expect(cal.heading).to.equal('janvier 2027');
      cal.button("Aujourd'hui").click();
      await cal.loaded();
      expect(cal.heading).to.equal('novembre 2026');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
        'novembre 2026',
      );
    });
  });

  describe('list view', () => {
    it('groups the sessions by day, in order, with every fact a resident needs', async () => {
      const { cal } = await mountCalendar({ view: 'list' });
      const days = [...cal.root.querySelectorAll('.list-day .day-heading')].map((h) =>
        h.textContent.trim(),
      );
      expect(days).to.deep.equal([
        'jeudi 3 décembre 2026',
        'mardi 8 décembre 2026',
        'jeudi 10 décembre 2026',
        'mardi 15 décembre 2026',
      ]);
      const card = cal.card('intro-valenciennes').textContent.replace(/\s+/g, ' ');
      for (const fact of [
        'Séance introductive',
        'Masterclass citoyenne : séance introductive',
        'mardi 8 décembre 2026, 18:00 – 20:30',
        'Maison de quartier, 2 rue des Écoles, Valenciennes',
        'Politique de la ville',
        'Claire Martin',
        'Cheffe de projet politique de la ville',
        '2 places restantes',
      ])
        expect(card).to.contain(fact);
      expect(cal.card('sante-dunkerque').textContent).to.contain('Séance annulée');
      await expect(cal.el).to.be.accessible();
    });

    it('fits the page outline: heading-level sets the month heading, the days and the sessions follow', async () => {
      const { cal, el } = await mountCalendar({ view: 'list' });
      expect(cal.root.querySelector('#month-heading')!.tagName).to.equal('H2');
      el.headingLevel = 3;
      await el.updateComplete;
      expect([
        cal.root.querySelector('#month-heading')!.tagName,
        cal.root.querySelector('.day-heading')!.tagName,
        cal.card('intro-valenciennes').querySelector('.title')!.tagName,
      ]).to.deep.equal(['H3', 'H4', 'H5']);
    });

    it('gives each “Voir le détail” button a distinct accessible name with the session title', async () => {
      await mountCalendar({ view: 'list' });
      type Ax = { role: string; name: string; children: Ax[] };
      const snapshot = (await a11ySnapshot({})) as unknown as Ax;
      const named = (name: string) =>
        findAccessibilityNode<Ax>(
          snapshot,
          (n) => n.role === 'button' && n.name.replace(/\s+/g, ' ') === name,
        );
      expect(named('Voir le détail : Masterclass citoyenne : séance introductive')).not.to.equal(
        null,
      );
      expect(named('Voir le détail : Rencontre de réseau des référents')).not.to.equal(null);
    });

    it('says “Complet” when no seat is left and no waiting list, and the waiting list with its length', async () => {
      const api = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
      await api.register('emploi-maubeuge', {
        firstName: 'A',
        lastName: 'B',
        email: 'a@example.org',
      });
      for (const n of [1, 2, 3])
        await api.register('intro-valenciennes', {
          firstName: 'P',
          lastName: `${n}`,
          email: `p${n}@example.org`,
        });
      const { cal } = await mountCalendar({ view: 'list' }, api);
      expect(
        cal.card('emploi-maubeuge').querySelector('[part="availability"]')!.textContent,
      ).to.equal('Complet');
      expect(
        cal.card('intro-valenciennes').querySelector('[part="availability"]')!.textContent,
      ).to.equal("Complet – liste d'attente : 1 personne");
    });
  });

  describe('filters', () => {
    it('filters by town, theme and kind, and explains an empty result with the filters that caused it', async () => {
      const { cal } = await mountCalendar({ view: 'list' });
      expect([...cal.filter('town').options].map((o) => o.value)).to.deep.equal([
        '',
        'Dunkerque',
        'Lille',
        'Maubeuge',
        'Valenciennes',
      ]);
      await cal.choose('town', 'Maubeuge');
      expect(cal.cards.map((c) => c.dataset.session)).to.deep.equal(['emploi-maubeuge']);
      await cal.choose('kind', 'network_meeting');
      expect(cal.cards).to.have.length(0);
      expect(cal.root.querySelector('[part="empty"]')!.textContent.replace(/\s+/g, ' ')).to.contain(
        'Aucune séance à venir avec ces filtres : Ville : Maubeuge, Type de séance : Rencontre de réseau.',
      );
      await expect(cal.el).to.be.accessible();
      cal.button('Effacer les filtres').click();
      await cal.el.updateComplete;
      expect(cal.cards).to.have.length(4);
    });

    it('keeps to the from/to range and tells the page when the resident changes something', async () => {
      const api = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
      const root = await fixture<HTMLElement>(html`<cc-provider .api=${api}>
        <cc-session-calendar view="list" from="2026-12-05" to="2026-12-09" .now=${FIXED_NOW}></cc-session-calendar></cc-provider>`);
      const cal = new SessionCalendarObject(root.querySelector('cc-session-calendar')!);
      await cal.loaded();
      expect(cal.heading).to.equal('Séances à partir du samedi 5 décembre 2026');
      expect(cal.cards.map((c) => c.dataset.session)).to.deep.equal(['intro-valenciennes']);
      const changed = oneEvent<HTMLElementEventMap['cc-calendar-change']>(
        cal.el,
        'cc-calendar-change',
      );
      await cal.choose('town', 'Valenciennes');
      const { detail } = await changed;
      expect(detail).to.deep.equal({
        month: '2026-12',
        view: 'list',
        town: 'Valenciennes',
        theme: undefined,
        kind: undefined,
      });
    });

    it('fires cc-calendar-change for the resident, never when the page sets the month from code', async () => {
      const { el, cal } = await mountCalendar({ view: 'month' });
      const seen: string[] = [];
      el.addEventListener('cc-calendar-change', (e) => seen.push(e.detail.month));
      el.month = '2027-01';
      await cal.loaded();
      el.showMonth('2027-02');
      await cal.loaded();
      expect(cal.heading).to.equal('février 2027');
      expect(seen).to.deep.equal([]);
      cal.button(/Mois suivant/).click();
      await cal.loaded();
      expect(seen).to.deep.equal(['2027-03']);
    });

    it('takes preselected filters from attributes', async () => {
      const { cal } = await mountCalendar({ view: 'list', town: 'Lille' });
      expect(cal.filter('town').value).to.equal('Lille');
      expect(cal.cards.map((c) => c.dataset.session)).to.deep.equal(['reseau-referents']);
    });

    it('reflects filters in the address only with sync-url, and reads them back', async () => {
      const before = window.location.href;
      try {
        const { cal } = await mountCalendar({ view: 'list' });
        await cal.choose('town', 'Lille');
        expect(window.location.search).not.to.contain('cc-town');
        history.replaceState(null, '', '?cc-town=Valenciennes&cc-month=2026-12');
        const api = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
        const root = await fixture<HTMLElement>(
          html`<cc-provider .api=${api}><cc-session-calendar sync-url view="list" .now=${FIXED_NOW}></cc-session-calendar></cc-provider>`,
        );
        const synced = new SessionCalendarObject(root.querySelector('cc-session-calendar')!);
        await synced.loaded();
        expect(synced.heading).to.equal('Séances à partir du mardi 1er décembre 2026');
        expect(synced.cards.map((c) => c.dataset.session)).to.deep.equal(['intro-valenciennes']);
        await synced.choose('town', 'Maubeuge');
        expect(new URLSearchParams(window.location.search).get('cc-town')).to.equal('Maubeuge');
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });

  describe('states', () => {
    it('loading: aria-busy with a skeleton, then the sessions', async () => {
      const api = createMemoryApi({
        sessions: demoSessions(),
        now: () => FIXED_NOW,
        latencyMs: 300,
      });
      const root = await fixture<HTMLElement>(
        html`<cc-provider .api=${api}><cc-session-calendar view="list" month="2026-12" .now=${FIXED_NOW}></cc-session-calendar></cc-provider>`,
      );
      const cal = new SessionCalendarObject(root.querySelector('cc-session-calendar')!);
      await cal.el.updateComplete;
      expect(cal.root.querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
      expect(cal.root.querySelector('.cc-skeleton')).not.to.equal(null);
      expect(cal.text).to.contain('Chargement…');
      await expect(cal.el).to.be.accessible();
      await cal.loaded();
      expect(cal.cards).to.have.length(3);
    });

    it('error: the ApiError in words with a retry that works', async () => {
      const api = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
      api.failNext('network');
      const { cal } = await mountCalendar({ view: 'list' }, api);
      const alert = cal.root.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Connexion impossible au service');
      await expect(cal.el).to.be.accessible();
      cal.button('Réessayer').click();
      await cal.loaded();
      expect(cal.cards).to.have.length(3);
    });

    it('empty month in the grid: “Aucune séance en novembre 2026.”, with a way to the next session', async () => {
      const { cal } = await mountCalendar({ view: 'month' });
      cal.button("Aujourd'hui").click();
      await cal.loaded();
      expect(cal.root.querySelector('[part="empty"] p')!.textContent.trim()).to.equal(
        'Aucune séance en novembre 2026.',
      );
      await expect(cal.el).to.be.accessible();
      cal.button('Voir la prochaine séance : jeudi 3 décembre 2026').click();
      await cal.loaded();
      expect(cal.heading).to.equal('décembre 2026');
      cal.button(/Mois suivant/).click();
      await cal.loaded();
      expect(cal.root.querySelector('[part="empty"]')!.textContent.trim()).to.equal(
        'Aucune séance en janvier 2027.',
      );
    });

    it('the list is an agenda of what is coming from today, never an empty month, ten cards at a time', async () => {
      const later = manySessions(25, '2027-01');
      const api = createMemoryApi({
        sessions: [...demoSessions(), ...later],
        now: () => FIXED_NOW,
      });
      const root = await fixture<HTMLElement>(
        html`<cc-provider locale="fr" .api=${api}><cc-session-calendar view="list" .now=${FIXED_NOW}></cc-session-calendar></cc-provider>`,
      );
      const cal = new SessionCalendarObject(root.querySelector('cc-session-calendar')!);
      await cal.loaded();
      expect(cal.heading).to.equal('Prochaines séances');
      expect(cal.root.querySelector('.nav'), 'no month navigation in the agenda').to.equal(null);
      expect(cal.cards.map((c) => c.dataset.session).slice(0, 3)).to.deep.equal([
        'reseau-referents',
        'intro-valenciennes',
        'emploi-maubeuge',
      ]);
      expect(cal.cards).to.have.length(10);
      expect(cal.root.querySelector('#list-2026-12-03')!.textContent).to.equal(
        'jeudi 3 décembre 2026',
      );
      await expect(cal.el).to.be.accessible();
      cal.button('Voir plus de séances').click();
      await cal.loaded();
      expect(cal.cards).to.have.length(20);
      expect(cal.focused, 'the first new card takes the focus').to.equal(
        cal.cards[10]!.querySelector('.title'),
      );
      cal.button('Voir plus de séances').click();
      await cal.loaded();
      expect(cal.cards).to.have.length(28);
      expect(() => cal.button('Voir plus de séances')).to.throw();
    });

    it('the agenda reads further when the filters leave too few sessions', async () => {
      const lille = manySessions(140, '2027-01').map((s) => ({
        ...s,
        venue: { ...s.venue, town: 'Lille' },
      }));
      const calais = manySessions(12, '2027-02').map((s) => ({
        ...s,
        id: `calais-${s.id}`,
        venue: { ...s.venue, town: 'Calais' },
      }));
      const api = createMemoryApi({ sessions: [...lille, ...calais], now: () => FIXED_NOW });
      const root = await fixture<HTMLElement>(
        html`<cc-provider locale="fr" .api=${api}><cc-session-calendar view="list" town="Calais" .now=${FIXED_NOW}></cc-session-calendar></cc-provider>`,
      );
      const cal = new SessionCalendarObject(root.querySelector('cc-session-calendar')!);
      for (let i = 0; i < 100 && cal.cards.length < 10; i++) await cal.loaded();
      expect(cal.cards).to.have.length(10);
      expect(cal.cards.every((c) => c.dataset.session!.startsWith('calais-'))).to.equal(true);
      cal.button('Voir plus de séances').click();
      await cal.loaded();
      expect(cal.cards).to.have.length(12);
    });

    it('configuration missing: says what to add, in French', async () => {
      const el = await fixture(html`<cc-session-calendar></cc-session-calendar>`);
      const message = el.shadowRoot!.querySelector('[part="config-error"]')!.textContent;
      expect(message).to.contain("<cc-session-calendar> n'est relié à aucune API");
      expect(message).to.contain('api-base');
    });

    it('renders 1,000 sessions of one month, counted per day', async () => {
      const api = createMemoryApi({ sessions: manySessions(1000), now: () => FIXED_NOW });
      const { cal } = await mountCalendar({}, api);
      const total = [...cal.root.querySelectorAll('[role="gridcell"]')].reduce(
        (n, c) => n + Number(/(\d+) séances?/.exec(c.textContent)?.[1] ?? 0),
        0,
      );
      expect(total).to.equal(1000);
      expect(api.calls).to.equal(2); // two pages of 500, no look-ahead
    });
  });

  describe('details and registration', () => {
    it('opens the details in a modal dialog, with the calendar file, and gives the focus back on close', async () => {
      const { cal } = await mountCalendar({ view: 'list' });
      const opener = cal.button(/Voir le détail : Masterclass citoyenne/);
      opener.click();
      await cal.detailsOpen();
      expect(cal.dialog.open).to.equal(true);
      // The dialog brought its own look with its code (adopted into the shadow root).
      expect(getComputedStyle(cal.dialog).borderTopStyle).to.equal('solid');
      expect(cal.focused!.id).to.equal('dialog-title');
      const ics = cal.button('Ajouter à mon agenda', cal.dialog) as HTMLAnchorElement;
      expect(decodeURIComponent(ics.href)).to.match(
        /^data:text\/calendar;charset=utf-8,BEGIN:VCALENDAR/,
      );
      // The same writer as cc-server's feeds: Paris wall-clock time with its VTIMEZONE.
      expect(decodeURIComponent(ics.href))
        .to.contain('DTSTART;TZID=Europe/Paris:20261208T180000')
        .and.contain('TZID:Europe/Paris');
      await expect(cal.el).to.be.accessible();
      const closed = oneEvent(cal.dialog, 'close');
      cal.button('Fermer', cal.dialog).click();
      await closed;
      await cal.el.updateComplete;
      expect(cal.dialog.open).to.equal(false);
      expect(cal.focused === opener, 'focus back on “Voir le détail”').to.equal(true);
    });

    it('uses the API’s .ics when it has one', async () => {
      const api = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
      api.sessionIcsUrl = (id) => `https://ville.example/api/v1/sessions/${id}.ics`;
      const { cal } = await mountCalendar({ view: 'list' }, api);
      cal.button(/Voir le détail : Masterclass : l'emploi/).click();
      await cal.detailsOpen();
      expect((cal.button('Ajouter à mon agenda', cal.dialog) as HTMLAnchorElement).href).to.equal(
        'https://ville.example/api/v1/sessions/emploi-maubeuge.ics',
      );
    });

    it('“S’inscrire” fires cc-session-select with the session; a cancelled session offers no registration', async () => {
      const { cal, el } = await mountCalendar({ view: 'list' });
      cal.button(/Voir le détail : Masterclass citoyenne/).click();
      await cal.detailsOpen();
      const heard = oneEvent<HTMLElementEventMap['cc-session-select']>(el, 'cc-session-select');
      el.addEventListener('cc-session-select', (e) => e.preventDefault(), { once: true }); // the host takes over
      cal.button("S'inscrire", cal.dialog).click();
      const event = await heard;
      expect(event.detail.session.id).to.equal('intro-valenciennes');
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      await el.updateComplete;
      expect(cal.dialog.open).to.equal(false);
      cal.button(/Voir le détail : Masterclass : la santé/).click();
      await cal.detailsOpen();
      expect(cal.dialog.textContent).to.contain('Motif : Intervenante indisponible');
      expect(
        [...cal.dialog.querySelectorAll('button')].map((b) => b.textContent.trim()),
      ).to.deep.equal(['Fermer']);
    });

    it('says why one cannot register (closed, full) instead of offering “S’inscrire”', async () => {
      const api = createMemoryApi({
        now: () => FIXED_NOW,
        sessions: [
          {
            ...demoSessions()[0]!,
            id: 'closed',
            title: 'Séance close',
            registrationClosesAt: '2026-11-20T12:00:00+01:00',
          },
          demoSessions()[2]!,
        ],
      });
      await api.register('emploi-maubeuge', {
        firstName: 'A',
        lastName: 'B',
        email: 'a@example.org',
      });
      const { cal } = await mountCalendar({ view: 'list' }, api);
      cal.button(/Voir le détail : Séance close/).click();
      await cal.detailsOpen();
      expect(cal.dialog.textContent).to.contain(
        'Les inscriptions sont closes depuis le vendredi 20 novembre 2026 à 12:00.',
      );
      expect(cal.dialog.querySelector('[part="register"]')).to.equal(null);
      await expect(cal.el).to.be.accessible();
      cal.dialog.close();
      cal.button(/Voir le détail : Masterclass : l'emploi/).click();
      await cal.detailsOpen();
      expect(cal.dialog.textContent).to.contain(
        "Cette séance est complète et n'a pas de liste d'attente.",
      );
      expect(cal.dialog.querySelector('[part="register"]')).to.equal(null);
    });

    it('builds the registration address from registration-href', () => {
      expect(registrationUrl('/inscription?seance={id}', 'emploi maubeuge')).to.equal(
        '/inscription?seance=emploi%20maubeuge',
      );
      expect(registrationUrl('https://ville.example/inscription', 'x1')).to.equal(
        'https://ville.example/inscription?cc-session=x1',
      );
    });

    it('speaks English when the provider says so', async () => {
      const api = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
      const root = await fixture<HTMLElement>(
        html`<cc-provider locale="en" .api=${api}><cc-session-calendar view="list" month="2026-12" .now=${FIXED_NOW}></cc-session-calendar></cc-provider>`,
      );
      const cal = new SessionCalendarObject(root.querySelector('cc-session-calendar')!);
      await cal.loaded();
      expect(cal.heading).to.equal('Sessions from Tuesday, 1 December 2026');
      expect(cal.card('intro-valenciennes').textContent).to.contain('2 seats left');
      expect(cal.card('intro-valenciennes').textContent).to.contain(
        'Tuesday, 8 December 2026, 18:00 – 20:30',
      );
    });
  });

  describe('layout by its own width', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('in a 470 px column of a 1280 px page it is narrow and shows the agenda; widened, the month grid', async () => {
      await setViewport({ width: 1280, height: 900 });
      const api = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
      const page =
        await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: 1fr 470px; width: 1280px">
        <main><p>Article de la ville</p></main>
        <aside><cc-provider locale="fr" .api=${api}><cc-session-calendar .now=${FIXED_NOW}></cc-session-calendar></cc-provider></aside></div>`);
      const el = page.querySelector('cc-session-calendar')!;
      const cal = new SessionCalendarObject(el);
      await cal.loaded();
      expect(el.matches(':state(narrow)')).to.equal(true);
      expect(el.currentView).to.equal('list');
      expect(cal.grid).to.equal(null);
      expect(cal.heading).to.equal('Prochaines séances');
      page.style.gridTemplateColumns = '1fr 1000px';
      for (let i = 0; i < 50 && el.currentView === 'list'; i++)
        await new Promise((r) => requestAnimationFrame(r));
      await cal.loaded();
      expect(el.matches(':state(narrow)')).to.equal(false);
      expect(cal.grid).not.to.equal(null);
    });

    it('in a 390 px card each label sits above its value and never breaks mid-word', async () => {
      await setViewport({ width: 390, height: 800 });
      const { cal } = await mountCalendar({ view: 'list' });
      const dt = [...cal.card('emploi-maubeuge').querySelectorAll('dt')].find(
        (d) => d.textContent === 'Intervenant·e',
      )!;
      const range = document.createRange();
      range.selectNodeContents(dt);
      expect(range.getClientRects().length, '« Intervenant·e » on one line').to.equal(1);
      const dd = dt.nextElementSibling!;
      expect(dd.getBoundingClientRect().top).to.be.at.least(dt.getBoundingClientRect().bottom - 1);
      const line = parseFloat(getComputedStyle(dd).lineHeight);
      expect(
        dd.getBoundingClientRect().height,
        'a one-line value takes one line, no gap',
      ).to.be.below(line * 1.5);
      await expect(cal.el).to.be.accessible();
    });
  });

  describe('calendar arithmetic', () => {
    it('keys days in Paris time and moves like the APG date grid', () => {
      expect(parisDay('2026-12-03T23:30:00Z')).to.equal('2026-12-04');
      expect(dayForKey('2026-01-31', 'PageDown')).to.equal('2026-02-28');
      expect(dayForKey('2026-12-03', 'Home')).to.equal('2026-11-30');
      expect(dayForKey('2026-12-03', 'End')).to.equal('2026-12-06');
      expect(dayForKey('2026-12-03', 'PageUp', true)).to.equal('2025-12-03');
      expect(monthWeeks('2026-03').map((w) => w[0])).to.deep.equal([
        '2026-02-23',
        '2026-03-02',
        '2026-03-09',
        '2026-03-16',
        '2026-03-23',
        '2026-03-30',
      ]);
    });
  });
});

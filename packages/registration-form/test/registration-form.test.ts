import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ApiError, type CcApi } from '@conseils-citoyens/core';
import type { RegistrationRequest } from '@conseils-citoyens/schemas';
import { createMemoryApi } from '@conseils-citoyens/core/testing.js';
import { FIXED_NOW, demoSessions } from '@conseils-citoyens/core/testing.js';
import '../src/cc-registration-form.js';
import '../src/cc-registration-cancel.js';
import '@conseils-citoyens/session-calendar/cc-session-calendar.js';
import { RegistrationFormObject } from '../test-helpers/registration-form-object.js';
import { RegistrationCancelObject } from '../test-helpers/registration-cancel-object.js';
import { mountForm, newApi, person } from './fixtures.js';

const waitFor = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`never happened: ${what}`);
};

describe('<cc-registration-form>', () => {
  beforeEach(() => sessionStorage.clear());

  describe('rendering', () => {
    it('shows the session with its live seats, and labelled fields with required marks in words and autocomplete', async () => {
      const { form } = await mountForm();
      expect(form.heading.textContent).to.equal('Inscription : Rencontre de réseau des référents');
      expect(form.root.querySelector('[part="summary"]')!.textContent).to.contain(
        '25 places restantes',
      );
      expect(form.labelOf('firstName')).to.equal('Prénom (obligatoire)');
      expect(form.labelOf('email')).to.equal('Adresse e-mail (obligatoire)');
      expect(form.field('email').getAttribute('autocomplete')).to.equal('email');
      expect(form.field('email').getAttribute('type')).to.equal('email');
      expect(form.field('firstName').getAttribute('autocomplete')).to.equal('given-name');
      expect(form.field('email').getAttribute('aria-describedby')).to.equal('f-email-hint');
      expect(form.root.querySelector('[part="privacy"]')!.textContent).to.contain(
        'la Ville de Lille',
      );
      expect(form.root.querySelector('[part="privacy"]')!.textContent).to.contain(
        'dpo@lille.example',
      );
      await expect(form.el).to.be.accessible();
    });

    it('asks the fields the site chose, in order, with the site’s required ones', async () => {
      const { form } = await mountForm('reseau-referents', newApi(), {
        fields: 'college phone nonsense comment',
        required: 'phone',
      });
      const names = [...form.root.querySelectorAll('form input[name], form textarea[name]')]
        .map((f) => f.getAttribute('name'))
        .filter((n, i, a) => a.indexOf(n) === i);
      expect(names).to.deep.equal([
        'firstName',
        'lastName',
        'email',
        'phone',
        'college',
        'comment',
        'website',
      ]);
      expect(form.labelOf('phone')).to.equal('Téléphone (obligatoire)');
      expect(form.labelOf('comment')).to.equal('Commentaire (facultatif)');
      expect(form.field('phone').getAttribute('autocomplete')).to.equal('tel');
      await expect(form.el).to.be.accessible();
    });

    it('takes its heading level from the page (heading-level)', async () => {
      const { form, el } = await mountForm();
      expect(form.heading.tagName).to.equal('H2');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect([
        form.heading.tagName,
        form.root.querySelector('#privacy-title')!.tagName,
      ]).to.deep.equal(['H4', 'H5']);
    });

    it('hides the honeypot from assistive technology and the keyboard', async () => {
      const { form } = await mountForm();
      const trap = form.field('website');
      expect(trap.closest('[aria-hidden="true"]')).not.to.equal(null);
      expect(trap.tabIndex).to.equal(-1);
    });

    it('says when no session is chosen yet, and when nothing is configured', async () => {
      const api = newApi();
      const root = await fixture<HTMLElement>(
        html`<cc-provider .api=${api}><cc-registration-form for="agenda"></cc-registration-form></cc-provider>`,
      );
      expect(root.querySelector('cc-registration-form')!.shadowRoot!.textContent).to.contain(
        'Choisissez une séance dans le calendrier',
      );
      const bare = await fixture(
        html`<cc-registration-form session-id="x"></cc-registration-form>`,
      );
      expect(bare.shadowRoot!.querySelector('[part="config-error"]')!.textContent).to.contain(
        "<cc-registration-form> n'est relié à aucune API",
      );
    });
  });

  describe('validation', () => {
    it('on a failed submit: an error summary with links, focus on it, errors linked to their fields, French messages naming the field', async () => {
      const { form, api } = await mountForm();
      await form.type('email', 'amina@');
      await form.submit();
      expect(form.focused).to.equal(form.errorSummary);
      const links = [...form.errorSummary!.querySelectorAll('a')].map((a) => a.textContent);
      expect(links).to.deep.equal([
        '« Prénom » est obligatoire.',
        '« Nom » est obligatoire.',
        '« Adresse e-mail » doit être une adresse e-mail valide (exemple : nom@domaine.fr).',
      ]);
      expect(form.field('email').getAttribute('aria-invalid')).to.equal('true');
      expect(form.field('email').getAttribute('aria-describedby')).to.equal(
        'f-email-hint f-email-error',
      );
      expect(form.errorOf('firstName')).to.equal('Erreur : « Prénom » est obligatoire.');
      expect(api.calls).to.equal(1); // only the session was read: nothing was sent
      await expect(form.el).to.be.accessible();
      (form.errorSummary!.querySelector('a') as HTMLAnchorElement).click();
      expect(form.focused).to.equal(form.field('firstName'));
    });

    it('clears an error as soon as it is fixed, without flagging fields while typing', async () => {
      const { form } = await mountForm();
      await form.type('firstName', 'A');
      expect(form.errorOf('firstName')).to.equal(undefined);
      await form.submit();
      expect(form.errorOf('lastName')).to.contain('obligatoire');
      await form.type('lastName', 'Diallo');
      expect(form.errorOf('lastName')).to.equal(undefined);
    });

    it('shows the server’s own field errors like its own', async () => {
      const api = newApi();
      const failing: CcApi = {
        ...api,
        register: () =>
          Promise.reject(
            new ApiError('validation', {
              status: 422,
              problem: {
                type: 'about:blank',
                title: 'x',
                status: 422,
                code: 'validation',
                errors: [
                  {
                    field: 'email',
                    code: 'invalid_format',
                    message: '« Adresse e-mail » est refusée par le service.',
                  },
                ],
              },
            }),
          ),
      };
      const { form } = await mountForm('reseau-referents', failing as never);
      await form.fill(person);
      await form.submit();
      expect(form.errorOf('email')).to.equal(
        'Erreur : « Adresse e-mail » est refusée par le service.',
      );
      expect(form.focused).to.equal(form.errorSummary);
    });
  });

  describe('outcomes', () => {
    it('confirmed: said, announced, with the date, place, calendar file and cancellation link; event and seats refreshed', async () => {
      const { form, el } = await mountForm();
      await form.fill(person);
      const success = oneEvent<HTMLElementEventMap['cc-registration-success']>(
        el,
        'cc-registration-success',
      );
      await form.submit();
      const { detail } = await success;
      expect(detail.registration.status).to.equal('confirmed');
      expect(form.outcome!.textContent).to.contain('Votre inscription est confirmée');
      expect(form.outcome!.textContent).to.contain('jeudi 3 décembre 2026, 09:00 – 12:00');
      expect(form.focused).to.equal(form.outcome);
      expect(form.status).to.equal('Votre inscription est confirmée');
      const cancel = new URL((form.button('Annuler mon inscription') as HTMLAnchorElement).href);
      expect(cancel.searchParams.get('cc-registration')).to.equal(detail.registration.id);
      expect(cancel.searchParams.get('cc-cancel')).to.equal(detail.registration.cancellationToken);
      expect((form.button('Ajouter à mon agenda') as HTMLAnchorElement).href).to.match(
        /^data:text\/calendar/,
      );
      await waitFor(
        () =>
          form.root.querySelector('[part="summary"]')!.textContent.includes('24 places restantes'),
        'seats refreshed',
      );
      await expect(form.el).to.be.accessible();
    });

    it('full → waiting list: the button says so and the position is given', async () => {
      const api = newApi();
      await api.register('intro-valenciennes', {
        firstName: 'A',
        lastName: 'A',
        email: 'a@example.org',
      });
      await api.register('intro-valenciennes', {
        firstName: 'B',
        lastName: 'B',
        email: 'b@example.org',
      });
      const { form } = await mountForm('intro-valenciennes', api);
      expect(form.root.querySelector('[part="summary"]')!.textContent).to.contain(
        "Complet – liste d'attente",
      );
      expect(form.submitButton.textContent.trim()).to.equal("Je m'inscris sur la liste d'attente");
      await form.fill(person);
      await form.submit();
      expect(form.outcome!.textContent).to.contain("Vous êtes sur la liste d'attente");
      expect(form.outcome!.textContent).to.contain('Vous êtes en position 1.');
      expect(api.registrations('intro-valenciennes').map((r) => r.status)).to.deep.equal([
        'confirmed',
        'confirmed',
        'waitlisted',
      ]);
      await expect(form.el).to.be.accessible();
    });

    it('full with no waiting list: no form, a clear message; and when the last seat goes while typing, a refusal and an error event', async () => {
      const api = newApi();
      const { form, el } = await mountForm('emploi-maubeuge', api);
      await form.fill(person);
      await api.register('emploi-maubeuge', {
        firstName: 'B',
        lastName: 'B',
        email: 'b@example.org',
      });
      const failed = oneEvent<HTMLElementEventMap['cc-registration-error']>(
        el,
        'cc-registration-error',
      );
      await form.submit();
      const { detail } = await failed;
      expect([detail.error.code, detail.retryable]).to.deep.equal(['session_full', false]);
      expect(form.outcome!.textContent).to.contain("complète et n'a pas de liste d'attente");
      expect(form.status).to.contain("complète et n'a pas de liste d'attente");
      await expect(form.el).to.be.accessible();
      const again = await mountForm('emploi-maubeuge', api);
      expect(again.form.form).to.equal(null);
      expect(again.form.text).to.contain(
        "Cette séance est complète et n'a pas de liste d'attente.",
      );
    });

    it('registration closed, not yet open, session cancelled: each said with its dates, no form', async () => {
      const closed = await mountForm('closed');
      expect(closed.form.text).to.contain(
        'Les inscriptions sont closes depuis le vendredi 20 novembre 2026 à 12:00.',
      );
      expect(closed.form.form).to.equal(null);
      await expect(closed.el).to.be.accessible();
      expect((await mountForm('not-open')).form.text).to.contain(
        'Les inscriptions ouvriront le lundi 30 novembre 2026 à 09:00.',
      );
      expect((await mountForm('cancelled')).form.text).to.contain(
        "Cette séance est annulée : il n'est plus possible de s'y inscrire.",
      );
    });

    it('already registered: said plainly', async () => {
      const api = newApi();
      await api.register('reseau-referents', { ...person });
      const { form } = await mountForm('reseau-referents', api);
      await form.fill({ ...person, email: 'AMINA.DIALLO@example.org' });
      await form.submit();
      expect(form.outcome!.textContent).to.contain('Vous êtes déjà inscrit·e à cette séance');
    });

    for (const [kind, words] of [
      ['server', 'Le service rencontre un problème'],
      ['timeout', 'met trop de temps'],
      ['invalid_response', 'réponse inattendue'],
      ['rate_limited', 'Trop de demandes'],
    ] as const) {
      it(`${kind}: said in words, with a retry, the input kept`, async () => {
        const api = newApi();
        const { form } = await mountForm('reseau-referents', api);
        await form.fill(person);
        api.failNext(kind);
        await form.submit();
        expect(form.outcome!.textContent).to.contain(words);
        expect(form.field('email').value).to.equal(person.email);
        await expect(form.el).to.be.accessible();
      });
    }
  });

  describe('never losing what was typed, never registering twice', () => {
    it('network failure: the draft survives a re-render and a reload; the retry reuses the Idempotency-Key; one registration', async () => {
      const api = newApi();
      const keys: (string | undefined)[] = [];
      const spy: CcApi = {
        ...api,
        register: (id, body, o) => {
          keys.push(o?.idempotencyKey);
          return api.register(id, body, o);
        },
      };
      const first = await mountForm('reseau-referents', spy as never, { fields: 'phone' });
      await first.form.fill({ ...person, phone: '06 12 34 56 78' });
      api.failNext('network');
      await first.form.submit();
      expect(first.form.outcome!.textContent).to.contain('Connexion impossible au service');
      expect(first.form.outcome!.textContent).to.contain('Ce que vous avez saisi est conservé');
      expect(first.form.focused).to.equal(first.form.outcome);
      // A reload: a new element on the same session finds the draft (and the attempt's key).
      first.el.remove();
      const second = await mountForm('reseau-referents', spy as never, { fields: 'phone' });
      expect(second.form.field('firstName').value).to.equal('Amina');
      expect(second.form.field('phone').value).to.equal('06 12 34 56 78');
      await second.form.submit();
      expect(second.form.outcome!.textContent).to.contain('Votre inscription est confirmée');
      expect(keys).to.have.length(2);
      expect(keys[0]).to.equal(keys[1]);
      expect(api.registrations('reseau-referents')).to.have.length(1);
      expect(sessionStorage.length).to.equal(0); // the draft is gone after success
    });

    it("sends the page's address (or cancel-href) for the confirmation e-mail's cancellation link, and keeps it out of the registration", async () => {
      const api = newApi();
      const bodies: RegistrationRequest[] = [];
      const spy: CcApi = {
        ...api,
        register: (id, body, o) => {
          bodies.push(body);
          return api.register(id, body, o);
        },
      };
      const { form } = await mountForm('reseau-referents', spy as never);
      await form.fill(person);
      await form.submit();
      const page = new URL(location.href);
      page.hash = '';
      expect(bodies[0]?.pageUrl).to.equal(page.href);
      expect(api.registrations('reseau-referents')[0]).not.to.have.property('pageUrl');

      const other = await mountForm('emploi-maubeuge', spy as never);
      other.el.cancelHref = '/inscriptions/annuler';
      await other.form.fill(person);
      await other.form.submit();
      expect(bodies[1]?.pageUrl).to.equal(new URL('/inscriptions/annuler', location.href).href);
    });

    it('a retry button resends the same attempt', async () => {
      const api = newApi();
      const { form } = await mountForm('reseau-referents', api);
      await form.fill(person);
      api.failNext('server');
      await form.submit();
      form.button('Réessayer').click();
      await waitFor(
        () => !!form.outcome?.textContent?.includes('confirmée'),
        'confirmed after retry',
      );
      expect(api.registrations('reseau-referents')).to.have.length(1);
    });

    it('double-submit guard: aria-disabled while sending, focus kept, repeated activation ignored', async () => {
      const api = newApi(150);
      const { form } = await mountForm('reseau-referents', api);
      await form.fill(person);
      form.submitButton.focus();
      form.submitButton.click();
      await form.el.updateComplete;
      expect(form.submitButton.getAttribute('aria-disabled')).to.equal('true');
      expect(form.submitButton.hasAttribute('disabled')).to.equal(false);
      expect(form.focused).to.equal(form.submitButton);
      expect(form.status).to.equal('Envoi de votre inscription…');
      form.submitButton.click();
      form.form!.requestSubmit();
      await form.settled();
      await waitFor(() => !!form.outcome, 'outcome');
      expect(api.registrations('reseau-referents')).to.have.length(1);
    });

    it('a draft is kept in sessionStorage by default and never holds the honeypot', async () => {
      const { form } = await mountForm();
      await form.fill({ firstName: 'Amina', website: 'spam' });
      const saved = JSON.parse(
        sessionStorage.getItem('cc-draft:registration:reseau-referents')!,
      ) as { values: Record<string, unknown> };
      expect(saved.values).to.deep.equal({ firstName: 'Amina' });
      expect(localStorage.getItem('cc-draft:registration:reseau-referents')).to.equal(null);
    });
  });

  describe('cancellation', () => {
    it('opened from a cancellation link, the form shows <cc-registration-cancel>: one click confirmed by a second, the waiting list promoted', async () => {
      const api = newApi();
      const mine = await api.register('emploi-maubeuge', { ...person });
      const root = await fixture<HTMLElement>(html`<cc-provider .api=${api}>
        <cc-registration-form registration-id=${mine.id} cancel-token=${mine.cancellationToken} .now=${FIXED_NOW}></cc-registration-form></cc-provider>`);
      const formEl = root.querySelector('cc-registration-form')!;
      await formEl.updateComplete;
      expect(
        formEl.shadowRoot!.querySelector('form'),
        'no registration form on a cancellation link',
      ).to.equal(null);
      const cancel = await RegistrationCancelObject.inside(formEl);
      await cancel.settled();
      expect(cancel.heading.textContent).to.equal('Annuler votre inscription');
      await expect(formEl).to.be.accessible();
      cancel.button('Annuler mon inscription').click();
      await cancel.settled();
      expect(cancel.focused!.id).to.equal('cancel-confirm');
      expect(cancel.text).to.contain("Confirmez-vous l'annulation ?");
      await expect(formEl).to.be.accessible();
      const cancelled = oneEvent(formEl, 'cc-registration-cancel'); // composed: it reaches the page through the form
      cancel.button('Oui, annuler mon inscription').click();
      await cancelled;
      await cancel.settled();
      expect(cancel.outcome!.textContent).to.equal(
        'Votre inscription est annulée. Merci de nous avoir prévenus.',
      );
      expect(api.registrations('emploi-maubeuge')[0]!.status).to.equal('cancelled');
    });

    it('<cc-registration-cancel> alone: « Non, garder » keeps it; a wrong token is explained; no token says so', async () => {
      const api = newApi();
      const mine = await api.register('reseau-referents', { ...person });
      const root = await fixture<HTMLElement>(html`<cc-provider .api=${api}>
        <cc-registration-cancel registration-id=${mine.id} cancel-token="not-the-right-token-at-all"></cc-registration-cancel></cc-provider>`);
      const cancel = new RegistrationCancelObject(root.querySelector('cc-registration-cancel')!);
      await cancel.settled();
      cancel.button('Annuler mon inscription').click();
      await cancel.settled();
      cancel.button('Non, garder mon inscription').click();
      await cancel.settled();
      expect(cancel.outcome!.textContent).to.equal('Votre inscription est conservée.');
      cancel.button('Annuler mon inscription').click();
      await cancel.settled();
      cancel.button('Oui, annuler mon inscription').click();
      await waitFor(
        () => !!cancel.outcome?.textContent?.includes("n'est pas valide"),
        'invalid link message',
      );
      expect(api.registrations('reseau-referents')[0]!.status).to.equal('confirmed');
      const bare = await fixture<HTMLElement>(
        html`<cc-provider .api=${api}><cc-registration-cancel></cc-registration-cancel></cc-provider>`,
      );
      const empty = new RegistrationCancelObject(bare.querySelector('cc-registration-cancel')!);
      await empty.settled();
      expect(empty.text).to.contain("Ce lien d'annulation n'est pas valide");
      await expect(empty.el).to.be.accessible();
    });
  });

  describe('with the calendar', () => {
    for (const path of ['card', 'dialog'] as const) {
      it(`“S’inscrire” (${path}) in <cc-session-calendar id> opens <cc-registration-form for> on that session, focus on its heading`, async () => {
        const api = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
        const root = await fixture<HTMLElement>(html`<cc-provider .api=${api}>
          <cc-session-calendar id="agenda" view="list" month="2026-12" .now=${FIXED_NOW}></cc-session-calendar>
          <cc-registration-form for="agenda" .now=${FIXED_NOW}></cc-registration-form></cc-provider>`);
        const calendar = root.querySelector('cc-session-calendar')!;
        const form = new RegistrationFormObject(root.querySelector('cc-registration-form')!);
        await waitFor(
          () => !!calendar.shadowRoot!.querySelector('[data-session="intro-valenciennes"]'),
          'calendar loaded',
        );
        const card = calendar.shadowRoot!.querySelector('[data-session="intro-valenciennes"]')!;
        const button = (text: string, within: ParentNode) =>
          [...within.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
            b.textContent.replace(/\s+/g, ' ').trim().startsWith(text),
          )!;
        if (path === 'card') {
          // One step from the agenda to the form: the card has its own « S'inscrire », named after its session.
          expect(button("S'inscrire", card).textContent.replace(/\s+/g, ' ').trim()).to.equal(
            "S'inscrire : Masterclass citoyenne : séance introductive",
          );
          button("S'inscrire", card).click();
        } else {
          button('Voir le détail', card).click();
          await waitUntil(() => calendar.shadowRoot!.querySelector('dialog')?.open, 'details open');
          button("S'inscrire", calendar.shadowRoot!.querySelector('dialog')!).click();
        }
        await waitFor(
          () =>
            form.heading.textContent ===
            'Inscription : Masterclass citoyenne : séance introductive',
          'form opened',
        );
        await waitFor(() => form.focused === form.heading, 'focus on the form heading');
        await form.settled();
        await form.fill(person);
        await form.submit();
        expect(api.registrations('intro-valenciennes')).to.have.length(1);
      });
    }
  });

  it('speaks English', async () => {
    const { form } = await mountForm('reseau-referents', newApi(), { locale: 'en' });
    expect(form.labelOf('email')).to.equal('Email address (required)');
    await form.submit();
    expect(form.errorOf('firstName')).to.equal('Error: “First name” is required.');
  });
});

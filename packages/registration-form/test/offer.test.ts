// The link of an e-mail offering a freed seat: « Je confirme ma place » or « Je ne viens pas », and too late said so.
import { expect, fixture, html } from '@open-wc/testing';
import { FIXED_NOW, createMemoryApi, demoSessions } from '@conseils-citoyens/core/testing.js';
import '../src/cc-registration-form.js';
import '../src/cc-registration-cancel.js';
import { RegistrationCancelObject } from '../test-helpers/registration-cancel-object.js';
import { person } from './fixtures.js';

const held = { ...demoSessions()[0]!, id: 'a-confirmer', capacity: 1, confirmPromotionHours: 24 };

/** A (seated) cancels: B, first on the waiting list, is offered the seat; C waits behind. */
async function offered() {
  let now = FIXED_NOW;
  const api = createMemoryApi({ sessions: [held], now: () => now });
  const as = (n: number) =>
    api.register(held.id, { ...person, email: `p${n}@example.org` }, { idempotencyKey: `k${n}` });
  const a = await as(1);
  const b = await as(2);
  const c = await as(3);
  await api.cancelRegistration(a.id, a.cancellationToken);
  const token = api.offerToken(b.id)!;
  const root = await fixture<HTMLElement>(html`<cc-provider .api=${api}>
    <cc-registration-form registration-id=${b.id} confirm-token=${token} .now=${FIXED_NOW}></cc-registration-form></cc-provider>`);
  const formEl = root.querySelector('cc-registration-form')!;
  await formEl.updateComplete;
  const offer = await RegistrationCancelObject.inside(formEl);
  await offer.settled();
  const statusOf = (id: string) => api.registrations(held.id).find((r) => r.id === id)!;
  return {
    api,
    offer,
    b,
    c,
    statusOf,
    later: (hours: number) => (now = new Date(now.getTime() + hours * 3600_000)),
  };
}

describe('<cc-registration-form> opened from the e-mail offering a freed seat', () => {
  it('asks first; « Je confirme ma place » confirms it, said and focused', async () => {
    const { offer, b, statusOf } = await offered();
    expect(offer.heading.textContent).to.equal('Une place s’est libérée pour vous');
    expect(statusOf(b.id).confirmBy).to.equal('2026-11-24T09:00:00.000Z');
    await expect(offer.el).to.be.accessible();
    offer.button('Je confirme ma place').click();
    await offer.settled();
    expect(offer.outcome!.textContent).to.equal('Votre place est confirmée. Nous vous attendons !');
    for (let i = 0; i < 50 && offer.focused?.id !== 'outcome'; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(offer.focused?.id).to.equal('outcome');
    expect(statusOf(b.id).confirmBy).to.equal(undefined);
  });

  it('« Je ne viens pas », confirmed by a second click, gives the seat to the next person', async () => {
    const { offer, b, c, statusOf } = await offered();
    offer.button('Je ne viens pas').click();
    await offer.settled();
    expect(offer.focused!.id).to.equal('cancel-confirm');
    offer.button('Oui, annuler mon inscription').click();
    await offer.settled();
    expect(statusOf(b.id).status).to.equal('cancelled');
    expect(statusOf(c.id).status).to.equal('confirmed');
  });

  it('too late, it says the seat went to the next person', async () => {
    const { offer, later, c, statusOf } = await offered();
    later(25);
    offer.button('Je confirme ma place').click();
    await offer.settled();
    expect(offer.outcome!.textContent).to.contain(
      'Le délai pour confirmer cette place est passé : elle est allée à la personne suivante.',
    );
    expect(statusOf(c.id).status).to.equal('confirmed');
    await expect(offer.el).to.be.accessible();
  });
});

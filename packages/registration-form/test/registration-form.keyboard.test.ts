// The form with the keyboard only: tab order, implicit submission, the error summary's links, cancellation.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RegistrationCancelObject } from '../test-helpers/registration-cancel-object.js';
import { mountForm, newApi, person } from './fixtures.js';

const name = (el: Element | null) =>
  el?.getAttribute('name') ?? el?.textContent?.replace(/\s+/g, ' ').trim();

describe('<cc-registration-form> keyboard', () => {
  beforeEach(() => sessionStorage.clear());

  it('Tab goes through the fields, the privacy link and the submit button; the honeypot is never reached', async () => {
    const { form } = await mountForm('reseau-referents', newApi(), { fields: 'phone college' });
    form.field('firstName').focus();
    const order = [name(form.focused)];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(name(form.focused));
    }
    expect(order).to.deep.equal([
      'firstName',
      'lastName',
      'email',
      'phone',
      'college',
      'En savoir plus sur la protection des données',
      "Je m'inscris",
    ]);
  });

  it('Enter in a field submits; the summary takes the focus; Enter on a summary link goes to its field', async () => {
    const { form } = await mountForm();
    form.field('firstName').focus();
    await sendKeys({ type: 'Amina' });
    await sendKeys({ press: 'Enter' });
    await form.settled();
    expect(form.focused).to.equal(form.errorSummary);
    await sendKeys({ press: 'Tab' });
    expect(form.focused!.textContent).to.equal('« Nom » est obligatoire.');
    await sendKeys({ press: 'Enter' });
    expect(form.focused).to.equal(form.field('lastName'));
    await sendKeys({ type: 'Diallo' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: person.email });
    await sendKeys({ press: 'Enter' });
    await form.settled();
    expect(form.outcome!.textContent).to.contain('Votre inscription est confirmée');
    expect(form.focused).to.equal(form.outcome);
  });

  it('cancellation with the keyboard: Enter, then Tab to “Oui”, Enter', async () => {
    const api = newApi();
    const mine = await api.register('reseau-referents', { ...person });
    const root = await fixture<HTMLElement>(html`<cc-provider .api=${api}>
      <cc-registration-form registration-id=${mine.id} cancel-token=${mine.cancellationToken}></cc-registration-form></cc-provider>`);
    const form = await RegistrationCancelObject.inside(root.querySelector('cc-registration-form')!);
    await form.settled();
    form.button('Annuler mon inscription').focus();
    await sendKeys({ press: 'Enter' });
    await form.settled();
    expect(form.focused!.id).to.equal('cancel-confirm');
    await sendKeys({ press: 'Tab' });
    expect(name(form.focused)).to.equal('Oui, annuler mon inscription');
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 100 && !form.outcome; i++) await new Promise((r) => setTimeout(r, 10));
    expect(form.outcome!.textContent).to.contain('Votre inscription est annulée');
    expect(api.registrations('reseau-referents')[0]!.status).to.equal('cancelled');
  });
});

// What a visitor who only reads the session never downloads: the schema check (fetched on entering the form) and
// the view a registered resident keeps (fetched while « Je m'inscris » travels). Its own file: each test file runs in
// a page of its own, so nothing was fetched before.
import { expect } from '@open-wc/testing';
import { mountForm, person } from './fixtures.js';

performance.setResourceTimingBufferSize(100_000); // the test runner's own modules fill the default 250

const fetched = (part: string) =>
  performance.getEntriesByType('resource').some((e) => e.name.includes(part));

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`never happened: ${what}`);
};

describe('<cc-registration-form> loads what only some visits need on demand', () => {
  it('reading fetches neither; entering a field fetches the check; sending fetches the receipt, whose links then show', async () => {
    sessionStorage.clear();
    const { form } = await mountForm();
    await new Promise((r) => setTimeout(r, 100));
    expect(fetched('schema-check'), 'schema check before entering').to.equal(false);
    expect(fetched('receipt-view'), 'receipt before sending').to.equal(false);

    form.field('firstName').focus();
    await until(() => fetched('schema-check'), 'the schema check fetched on entering the form');
    expect(fetched('receipt-view')).to.equal(false);

    // The check it brings: a malformed address is refused before anything is sent, naming the field.
    await form.fill({ ...person, email: 'amina@' });
    await form.submit();
    expect(form.errorOf('email')).to.equal(
      'Erreur : « Adresse e-mail » doit être une adresse e-mail valide (exemple : nom@domaine.fr).',
    );
    expect(fetched('receipt-view')).to.equal(false);

    await form.type('email', person.email);
    await form.submit();
    expect(fetched('receipt-view')).to.equal(true);
    expect(form.outcome!.textContent).to.contain('Votre inscription est confirmée');
    const cancel = form.button('Annuler mon inscription') as HTMLAnchorElement;
    expect(new URL(cancel.href).searchParams.get('cc-cancel')).to.match(/\S{16,}/);
    expect(form.focused).to.equal(form.outcome);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  ApiError,
  FieldErrorsController,
  SubmissionController,
  formStrings,
  formStyles,
  renderChoiceField,
  renderErrorSummary,
  renderSubmit,
  renderTextField,
} from '../src/index.js';

/** A form built only from the shared parts: what the questionnaire will do for each of its question types. */
@customElement('cc-form-probe')
class CcFormProbe extends LitElement {
  static override styles = formStyles;
  values: Record<string, string> = { email: '', college: '' };
  readonly submission = new SubmissionController<string>(this);
  readonly errors = new FieldErrorsController(this, () => {
    const e = new Map<string, string>();
    if (!this.values.email) e.set('email', formStrings.fr.requiredMessage('Adresse e-mail'));
    else if (!this.values.email.includes('@'))
      e.set('email', '« Adresse e-mail » doit contenir un @.');
    if (!this.values.college) e.set('college', formStrings.fr.requiredMessage('Collège'));
    return e;
  });
  override render() {
    const t = formStrings.fr;
    return litHtml`<form novalidate @input=${(e: Event) => {
      const el = e.target as HTMLInputElement;
      this.values[el.name] = el.value;
      this.errors.onInput(el.name);
      this.requestUpdate();
    }}
        @focusout=${(e: Event) => {
          const el = e.target as HTMLInputElement;
          this.errors.onLeave(el.name, !!this.values[el.name]);
        }}>
      ${renderErrorSummary(
        this.errors.errors,
        (n) => (n === 'email' ? 'Adresse e-mail' : 'Collège'),
        t,
        (id) => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus(),
      )}
      ${renderTextField({ name: 'email', label: 'Adresse e-mail', required: true, hint: 'Exemple : nom@domaine.fr', error: this.errors.errors.get('email'), value: this.values.email!, type: 'email', autocomplete: 'email' }, t)}
      ${renderChoiceField(
        {
          name: 'college',
          label: 'Collège',
          required: true,
          error: this.errors.errors.get('college'),
          type: 'radio',
          value: this.values.college!,
          options: [
            { value: 'habitant', label: 'Habitant·e' },
            { value: 'acteur_local', label: 'Acteur local' },
          ],
        },
        t,
      )}
      ${renderTextField({ name: 'comment', label: 'Commentaire', required: false, value: '', rows: 3, maxlength: 2000 }, t)}
      ${renderSubmit('Envoyer', this.submission.pending, 'Envoi…')}
    </form>`;
  }
}

const type = async (p: CcFormProbe, name: string, value: string) => {
  const el = p.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await p.updateComplete;
};

describe('shared form parts', () => {
  it('label with « (obligatoire) » in words, hint and error linked by aria-describedby, aria-invalid, autocomplete', async () => {
    const p = await fixture<CcFormProbe>(html`<cc-form-probe></cc-form-probe>`);
    const root = p.shadowRoot!;
    const email = root.querySelector<HTMLInputElement>('#f-email')!;
    expect(
      root.querySelector('label[for="f-email"]')!.textContent.replace(/\s+/g, ' ').trim(),
    ).to.equal('Adresse e-mail (obligatoire)');
    expect(
      root.querySelector('label[for="f-comment"]')!.textContent.replace(/\s+/g, ' ').trim(),
    ).to.equal('Commentaire (facultatif)');
    expect([
      email.getAttribute('aria-describedby'),
      email.getAttribute('aria-invalid'),
      email.autocomplete,
    ]).to.deep.equal(['f-email-hint', 'false', 'email']);
    expect(root.querySelector('textarea#f-comment')!.getAttribute('maxlength')).to.equal('2000');
    p.errors.validateAll();
    await p.updateComplete;
    expect([
      email.getAttribute('aria-describedby'),
      email.getAttribute('aria-invalid'),
    ]).to.deep.equal(['f-email-hint f-email-error', 'true']);
    expect(root.querySelector('#f-email-error')!.textContent).to.equal(
      'Erreur : « Adresse e-mail » est obligatoire.',
    );
    const group = root.querySelector('fieldset')!;
    expect([
      group.getAttribute('aria-describedby'),
      group.getAttribute('aria-invalid'),
    ]).to.deep.equal(['f-college-error', 'true']);
    await expect(p).to.be.accessible();
  });

  it('no error while typing the first characters; it shows on leaving the field and goes as soon as it is fixed', async () => {
    const p = await fixture<CcFormProbe>(html`<cc-form-probe></cc-form-probe>`);
    await type(p, 'email', 'amina');
    expect(p.errors.errors.size).to.equal(0);
    p.errors.onLeave('email', true);
    await p.updateComplete;
    expect(p.errors.errors.get('email')).to.equal('« Adresse e-mail » doit contenir un @.');
    await type(p, 'email', 'amina@example.org');
    expect(p.errors.errors.has('email')).to.equal(false);
  });

  it('the error summary lists links named with their field, and a link takes the focus to its field', async () => {
    const p = await fixture<CcFormProbe>(html`<cc-form-probe></cc-form-probe>`);
    p.errors.validateAll();
    await p.updateComplete;
    const summary = p.shadowRoot!.querySelector<HTMLElement>('#error-summary')!;
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    expect(summary.textContent).to.contain('2 informations sont à corriger :');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('aria-label'))).to.deep.equal([
      'Adresse e-mail : « Adresse e-mail » est obligatoire.',
      'Collège : « Collège » est obligatoire.',
    ]);
    links[1]!.click();
    expect(p.shadowRoot!.activeElement!.id).to.equal('f-college', 'the first radio of the group');
  });

  it('submits one attempt at a time, aria-disabled while pending, and keeps the key for a retry of the same body', async () => {
    const p = await fixture<CcFormProbe>(html`<cc-form-probe></cc-form-probe>`);
    const keys: string[] = [];
    let release!: () => void;
    const first = p.submission.submit({ a: 1 }, (key) => {
      keys.push(key);
      return new Promise((_, reject) => {
        release = () => reject(new ApiError('network'));
      });
    });
    await p.updateComplete;
    expect(p.shadowRoot!.querySelector('[part="submit"]')!.getAttribute('aria-disabled')).to.equal(
      'true',
    );
    expect(await p.submission.submit({ a: 1 }, async () => 'second')).to.equal(
      undefined,
      'ignored while the first is in flight',
    );
    release();
    expect((await first)!.kind).to.equal('failed');
    await p.updateComplete;
    expect(p.shadowRoot!.querySelector('[part="submit"]')!.getAttribute('aria-disabled')).to.equal(
      'false',
    );
    const retry = await p.submission.submit({ a: 1 }, async (key) => {
      keys.push(key);
      return 'ok';
    });
    expect(retry).to.deep.equal({ kind: 'done', result: 'ok' });
    expect(keys[1]).to.equal(keys[0], 'the retry reuses the key: the server acts once');
  });

  it('a refusal settles the attempt (new key next time); a saved attempt survives a reload, a corrupted one is ignored', async () => {
    const p = await fixture<CcFormProbe>(html`<cc-form-probe></cc-form-probe>`);
    const keys: string[] = [];
    const refused = await p.submission.submit({ a: 1 }, async (key) => {
      keys.push(key);
      throw new ApiError('full', { status: 409 });
    });
    expect(refused!.kind).to.equal('refused');
    await p.submission.submit({ a: 1 }, async (key) => {
      keys.push(key);
      throw new ApiError('timeout');
    });
    expect(keys[1]).not.to.equal(keys[0]);
    const saved = JSON.stringify(p.submission.saved);
    const reloaded = await fixture<CcFormProbe>(html`<cc-form-probe></cc-form-probe>`);
    reloaded.submission.restore(saved);
    await reloaded.submission.submit({ a: 1 }, async (key) => {
      keys.push(key);
      return 'ok';
    });
    expect(keys[2]).to.equal(keys[1]);
    reloaded.submission.restore('{pas du json');
    expect(reloaded.submission.saved).to.equal(undefined);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import '../src/cc-provider.js';
import { CcElement, define, type CcProvider } from '../src/index.js';
import { createMemoryApi } from '../src/testing/index.js';

/** A minimal consumer that shows what it received from the configuration. */
@customElement('cc-probe')
class CcProbe extends CcElement {
  override render() {
    const problem = this.configProblem;
    return problem
      ? this.renderConfigProblem(problem)
      : litHtml`<p>${this.locale}:${this.client ? 'api' : 'none'}</p>`;
  }
}
const text = (el: Element) => el.shadowRoot!.textContent.trim();

describe('<cc-provider>', () => {
  it('gives the API and the locale to nested elements', async () => {
    const api = createMemoryApi();
    const root = await fixture<CcProvider>(
      html`<cc-provider locale="en" .api=${api}><div><cc-probe></cc-probe></div></cc-provider>`,
    );
    const probe = root.querySelector<CcProbe>('cc-probe')!;
    await probe.updateComplete;
    expect(text(probe)).to.equal('en:api');
  });

  it('reaches elements added later and follows a locale change', async () => {
    const root = await fixture<CcProvider>(
      html`<cc-provider api-base="https://ville.example/api/v1"></cc-provider>`,
    );
    const probe = document.createElement('cc-probe') as CcProbe;
    root.append(probe);
    await probe.updateComplete;
    expect(text(probe)).to.equal('fr:api');
    root.locale = 'en';
    await root.updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.equal('en:api');
  });

  it('takes locale as a property, as React 19 and Vue set it, and inherits again when it is cleared', async () => {
    const root = await fixture<CcProvider>(
      html`<cc-provider api-base="/api/v1"><cc-probe></cc-probe></cc-provider>`,
    );
    const probe = root.querySelector<CcProbe>('cc-probe')!;
    probe.locale = 'en';
    await probe.updateComplete;
    expect(text(probe)).to.equal('en:api');
    expect(probe.getAttribute('locale')).to.equal(null);
    probe.locale = undefined;
    await probe.updateComplete;
    expect(text(probe)).to.equal('fr:api');
  });

  it('takes the organiser credential as a JS property only, and sends it as a bearer header', async () => {
    const seen: (string | null)[] = [];
    const original = window.fetch;
    window.fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Headers(init?.headers).get('Authorization'));
      return new Response('{}', { status: 404, headers: { 'Content-Type': 'application/json' } });
    };
    try {
      const root = await fixture<CcProvider>(
        html`<cc-provider api-base="https://ville.example/api/v1" auth="dans-la-page"><cc-probe></cc-probe></cc-provider>`,
      );
      const probe = root.querySelector<CcProbe>('cc-probe')!;
      await probe.updateComplete;
      expect(root.auth, 'an auth attribute is ignored').to.equal(undefined);
      root.auth = 'jeton-organisateur';
      await root.updateComplete;
      await probe.updateComplete;
      await (probe as unknown as { client: { getSession(id: string): Promise<unknown> } }).client
        .getSession('s1')
        .catch(() => undefined);
      expect(seen).to.deep.equal(['Bearer jeton-organisateur']);
    } finally {
      window.fetch = original;
    }
  });

  it('explains a missing configuration in the page instead of a blank box', async () => {
    const probe = await fixture<CcProbe>(html`<cc-probe></cc-probe>`);
    const alert = probe.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent)
      .to.contain("<cc-probe> n'est relié à aucune API")
      .and.contain('api-base');
    await expect(probe).to.be.accessible();
  });

  it('explains a wrong api-base, on the element or the provider', async () => {
    const alone = await fixture<CcProbe>(
      html`<cc-probe api-base="javascript:alert(1)"></cc-probe>`,
    );
    expect(text(alone)).to.contain("n'est pas une adresse web valide");
    const root = await fixture<CcProvider>(
      html`<cc-provider api-base="ftp://x"><cc-probe></cc-probe></cc-provider>`,
    );
    const probe = root.querySelector<CcProbe>('cc-probe')!;
    await probe.updateComplete;
    expect(text(probe)).to.contain('<cc-provider>').and.contain('mal configuré');
  });

  it('takes api-base on the element alone, and the nearest lang attribute', async () => {
    const wrap = await fixture(
      html`<div lang="en-GB"><cc-probe api-base="/api/v1"></cc-probe></div>`,
    );
    const probe = wrap.querySelector<CcProbe>('cc-probe')!;
    await probe.updateComplete;
    expect(text(probe)).to.equal('en:api');
  });

  it('warns instead of throwing when an element is defined twice', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      define('cc-probe', class extends CcProbe {});
    } finally {
      console.warn = original;
    }
    expect(customElements.get('cc-probe')).to.equal(CcProbe);
    expect(String(warnings[0])).to.contain('déjà défini');
  });
});

describe('ContextRoot', () => {
  it('serves a consumer that asked before its provider was defined', async () => {
    // The consumer below asks for context while cc-late-provider does not exist yet.
    const host = await fixture(html`<cc-late-provider><cc-probe></cc-probe></cc-late-provider>`);
    const probe = host.querySelector<CcProbe>('cc-probe')!;
    await probe.updateComplete;
    expect(text(probe)).to.contain("n'est relié à aucune API");
    const { CcProvider: Provider } = await import('../src/provider.js');
    customElements.define('cc-late-provider', class extends Provider {});
    (host as CcProvider).api = createMemoryApi();
    await (host as CcProvider).updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.equal('fr:api');
  });
});

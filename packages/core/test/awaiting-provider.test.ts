// The autoloader loads each element on its own: an element may arrive before <cc-provider>. It must wait (holding its
// room), never flash « n'est relié à aucune API », and work as soon as the provider arrives.
// This file must not import cc-provider.js before the test does: each test file runs in its own page.
import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { CcElement } from '../src/index.js';
import { createMemoryApi } from '../src/testing/index.js';

@customElement('cc-waiting-probe')
class CcWaitingProbe extends CcElement {
  override render() {
    return this.renderUnconfigured() ?? litHtml`<p>prêt : ${this.client ? 'api' : 'aucune'}</p>`;
  }
}

describe('an element inside a <cc-provider> not defined yet', () => {
  it('waits with « Chargement… », then works when the provider arrives', async () => {
    expect(customElements.get('cc-provider')).to.equal(undefined);
    const root = await fixture<HTMLElement>(
      html`<cc-provider><cc-waiting-probe></cc-waiting-probe></cc-provider>`,
    );
    (root as HTMLElement & { api?: unknown }).api = createMemoryApi();
    const probe = root.querySelector<CcWaitingProbe>('cc-waiting-probe')!;
    await probe.updateComplete;
    const shadow = probe.shadowRoot!;
    expect(shadow.querySelector('[part="waiting"]')!.textContent.trim()).to.equal('Chargement…');
    expect(shadow.querySelector('[part="config-error"]')).to.equal(null);
    await expect(probe).to.be.accessible();
    await import('../src/cc-provider.js');
    for (let i = 0; i < 50 && shadow.querySelector('[part="waiting"]'); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(shadow.textContent.trim()).to.equal('prêt : api');
  });

  it('outside any provider, still explains the missing configuration at once', async () => {
    const probe = await fixture<CcWaitingProbe>(html`<cc-waiting-probe></cc-waiting-probe>`);
    expect(probe.shadowRoot!.querySelector('[part="config-error"]')).not.to.equal(null);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { LocaleTable, loadTables } from '../src/i18n/locale-table.js';
import { CcElement } from '../src/base-element.js';
import { createMemoryApi } from '../src/testing/index.js';

type Strings = { hello: string };

/** A table whose English half is fetched by hand, counting the fetches. */
function table(fail = 0) {
  const calls = { n: 0 };
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const t = new LocaleTable<Strings>({ hello: 'Bonjour' }, async () => {
    calls.n++;
    await gate;
    if (calls.n <= fail) throw new Error('network');
    return { hello: 'Hello' };
  });
  return { t, calls, release };
}

describe('LocaleTable: English is fetched only when a page asks for it', () => {
  it('a French page never fetches English', () => {
    const { t, calls } = table();
    expect(t.load('fr')).to.equal(undefined);
    expect(t.of('fr').hello).to.equal('Bonjour');
    expect(calls.n).to.equal(0);
  });

  it('fetches English once, however many ask, and says French until it arrives', async () => {
    const { t, calls, release } = table();
    const a = t.load('en');
    const b = loadTables([t], 'en');
    expect(t.of('en').hello).to.equal('Bonjour');
    release();
    await Promise.all([a, b]);
    expect([t.of('en').hello, calls.n, t.load('en')]).to.deep.equal(['Hello', 1, undefined]);
  });

  it('keeps French when English fails to load, and tries again next time', async () => {
    const { t, calls, release } = table(1);
    release();
    await t.load('en');
    expect(t.of('en').hello).to.equal('Bonjour');
    await t.load('en');
    expect([t.of('en').hello, calls.n]).to.deep.equal(['Hello', 2]);
  });
});

const greeting = table();
class CcGreeting extends CcElement {
  static override strings = [...CcElement.strings, greeting.t];
  renders: string[] = [];
  override render() {
    const text = greeting.t.of(this.locale).hello;
    this.renders.push(text);
    return html`<p>${text}</p>`;
  }
}
customElements.define('cc-test-greeting', CcGreeting);

describe('CcElement waits for its English strings', () => {
  it('never renders French on an English page, even for one frame', async () => {
    const el = Object.assign(document.createElement('cc-test-greeting') as CcGreeting, {
      api: createMemoryApi(),
    });
    el.setAttribute('locale', 'en');
    await fixture(html`<div></div>`).then((div) => div.append(el));
    await new Promise((r) => setTimeout(r, 50));
    // Nothing was rendered while the English table was on its way.
    expect(el.renders).to.deep.equal([]);
    greeting.release();
    await el.updateComplete;
    expect(el.renders).to.deep.equal(['Hello']);
    expect(el.shadowRoot!.textContent).to.contain('Hello');
  });
});

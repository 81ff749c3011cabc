import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { DraftController } from '../src/index.js';

@customElement('draft-host')
class DraftHost extends LitElement {
  storage: 'session' | 'local' = 'session';
  draft = new DraftController(this, {
    key: () => 'test-form',
    storage: () => this.storage,
    exclude: ['website', 'token'],
  });
}

describe('DraftController', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('keeps input in sessionStorage by default, without excluded fields', async () => {
    const el = await fixture<DraftHost>(html`<draft-host></draft-host>`);
    el.draft.save({ firstName: 'Awa', email: 'awa@example.org', website: 'spam', token: 'secret' });
    expect(localStorage.length).to.equal(0);
    const stored = sessionStorage.getItem('cc-draft:test-form')!;
    expect(stored).to.contain('Awa').and.not.contain('spam').and.not.contain('secret');
    expect(el.draft.load()).to.deep.equal({ firstName: 'Awa', email: 'awa@example.org' });
  });

  it('survives the element being replaced (a reload of the widget)', async () => {
    const first = await fixture<DraftHost>(html`<draft-host></draft-host>`);
    first.draft.save({ lastName: 'Diallo' });
    first.remove();
    const second = await fixture<DraftHost>(html`<draft-host></draft-host>`);
    expect(second.draft.load()).to.deep.equal({ lastName: 'Diallo' });
  });

  it('uses localStorage only when opted in, and drops drafts older than 24 h', async () => {
    const el = await fixture<DraftHost>(html`<draft-host></draft-host>`);
    el.storage = 'local';
    el.draft.save({ firstName: 'Awa' });
    expect(sessionStorage.length).to.equal(0);
    expect(el.draft.load()).to.deep.equal({ firstName: 'Awa' });
    localStorage.setItem(
      'cc-draft:test-form',
      JSON.stringify({ savedAt: Date.now() - 25 * 3600_000, values: { firstName: 'old' } }),
    );
    expect(el.draft.load()).to.equal(null);
    expect(localStorage.getItem('cc-draft:test-form')).to.equal(null);
  });

  it('is cleared after success and tolerates a corrupted entry', async () => {
    const el = await fixture<DraftHost>(html`<draft-host></draft-host>`);
    el.draft.save({ firstName: 'Awa' });
    el.draft.clear();
    expect(el.draft.load()).to.equal(null);
    sessionStorage.setItem('cc-draft:test-form', '{not json');
    expect(el.draft.load()).to.equal(null);
  });
});

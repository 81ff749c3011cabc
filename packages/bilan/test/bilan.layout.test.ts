// The bilan on a 320 px phone (WCAG 1.4.10 reflow: nothing wider than the screen, no sideways scrolling of the page)
// and on paper (the report's print stylesheet: no buttons, tables whole, headings kept with what follows).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import {
  FIXED_NOW,
  bilanMoulins,
  charteMoulins,
  createMemoryApi,
  overflowingRight,
} from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/core/cc-provider.js';
import '../src/cc-bilan-checklist.js';
import '../src/cc-bilan-report.js';

const api = () =>
  createMemoryApi({
    bilans: [bilanMoulins(2025), bilanMoulins(2026)],
    chartes: [charteMoulins()],
    now: () => FIXED_NOW,
  });

async function mount(tag: 'cc-bilan-checklist' | 'cc-bilan-report', id: string) {
  const root = await fixture<HTMLElement>(
    tag === 'cc-bilan-checklist'
      ? html`<cc-provider locale="fr" .api=${api()}><cc-bilan-checklist bilan-id=${id}></cc-bilan-checklist></cc-provider>`
      : html`<cc-provider locale="fr" .api=${api()}><cc-bilan-report bilan-id=${id}></cc-bilan-report></cc-provider>`,
  );
  const el = root.querySelector<HTMLElement>(tag)!;
  for (let i = 0; i < 60 && !el.shadowRoot?.querySelector('#heading'); i++)
    await new Promise((r) => setTimeout(r, 30));
  await new Promise((r) => setTimeout(r, 100));
  return el;
}

describe('the bilan at 320 px and on paper', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  for (const [tag, id] of [
    ['cc-bilan-checklist', 'bilan-moulins-2026'],
    ['cc-bilan-report', 'bilan-moulins-2025'],
  ] as const)
    it(`${tag}: at 320 px wide, nothing sticks out and the page does not scroll sideways`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await mount(tag, id);
      expect(overflowingRight(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

  it('cc-bilan-report on paper: no buttons, the tables whole (no scrolling region), headings kept with their table', async () => {
    const el = await mount('cc-bilan-report', 'bilan-moulins-2025');
    const root = el.shadowRoot!;
    const print = root.querySelector<HTMLElement>('.print')!;
    expect(getComputedStyle(print).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(print).display).to.equal('none');
    const scroll = root.querySelector<HTMLElement>('.table-scroll')!;
    expect(getComputedStyle(scroll).overflowX).to.equal('visible');
    expect(getComputedStyle(root.querySelector('.section-title')!).breakAfter).to.equal('avoid');
    expect(getComputedStyle(root.querySelector('thead')!).display).to.equal('table-header-group');
  });

  it('cc-bilan-checklist on paper: the save status is not printed, an item is not cut across two pages', async () => {
    const el = await mount('cc-bilan-checklist', 'bilan-moulins-2026');
    const root = el.shadowRoot!;
    await emulateMedia({ media: 'print' });
    const status = root.querySelector<HTMLElement>('.status')!;
    expect(getComputedStyle(status).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('.item-box')!).breakInside).to.equal('avoid');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import {
  XSS_PAYLOADS,
  charteMoulins,
  createMemoryApi,
  injectedElements,
  type MemoryApi,
} from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/core/cc-provider.js';
import '../src/cc-charte.js';
import type { CcCharte } from '../src/charte.js';

const words = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(
  api: MemoryApi = createMemoryApi({ chartes: [charteMoulins()] }),
  locale = 'fr',
) {
  const root = await fixture<HTMLElement>(
    html`<cc-provider locale=${locale} .api=${api}><cc-charte charte-id="charte-moulins"></cc-charte></cc-provider>`,
  );
  const el = root.querySelector('cc-charte')!;
  for (
    let i = 0;
    i < 20 && !el.shadowRoot!.querySelector('.heading, .cc-error, [part="error"]');
    i++
  )
    await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return {
    el,
    $: (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s),
    $$: (s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)],
  };
}

describe('<cc-charte>', () => {
  it('shows the adopted charte: who adopted it and how, a table of contents, numbered articles, accessible', async () => {
    const { el, $, $$ } = await mount();
    expect(words($('h2#heading'))).to.equal(
      'Charte de fonctionnement du conseil citoyen des Moulins',
    );
    expect(words($('.kind'))).to.equal('Charte de fonctionnement');
    expect(words($('[part="adoption"]'))).to.contain(
      'Adoptée le 20 mars 2025 par : Assemblée plénière du conseil citoyen des Moulins. Vote : 17 pour, 1 contre, 2 abstentions. (Version 2)',
    );
    expect(words($('[part="adoption"]'))).to.contain(
      'Signataires : Les co-animateurs du conseil citoyen ; Le président de Moulins Citoyens',
    );
    const toc = $$('nav li a').map(words);
    expect(toc.slice(0, 3)).to.deep.equal(['Préambule', 'Principes', 'Objet et missions']);
    expect($$('h3.section-title')).to.have.length(toc.length);
    const titles = $$('h4.article-title').map(words);
    expect(titles[0]).to.equal('Article 1 — Préambule');
    expect(titles.every((t, i) => t.startsWith(`Article ${i + 1} — `))).to.equal(true);
    const preamble = $$('[part="article"]')[0]!;
    expect(words(preamble)).to.contain(
      'Le conseil citoyen du quartier Moulins, à Lille, est institué',
    );
    const source = preamble.querySelector('[part="source"] a')!;
    expect(source.getAttribute('href')).to.match(/^https:\/\/www\.legifrance\.gouv\.fr\//);
    expect(words(preamble.querySelector('[part="source"]'))).to.equal(
      'Reprend : Loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion urbaine, article 7.',
    );
    const own = $$('[part="article"]').find((a) =>
      words(a).includes('Accueil des nouveaux membres'),
    )!;
    expect(words(own.querySelector('.own'))).to.equal('Clause propre au conseil');
    await expect(el).to.be.accessible();
  });

  it('offers the adopted version as files from the server (ODT, DOCX, Markdown), and none without one', async () => {
    const api = createMemoryApi({ chartes: [charteMoulins()] });
    expect((await mount(api)).$('.downloads')).to.equal(null);
    api.documentFileUrl = (kind, id, version, format) =>
      `https://ville.example/api/v1/${kind}/${id}/versions/${version}.${format}`;
    const { el, $, $$ } = await mount(api);
    expect(words($('.downloads'))).to.equal(
      'Télécharger : ODT (LibreOffice) · DOCX (Word) · Markdown',
    );
    expect($$('.downloads a').map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://ville.example/api/v1/chartes/charte-moulins/versions/2.odt',
      'https://ville.example/api/v1/chartes/charte-moulins/versions/2.docx',
      'https://ville.example/api/v1/chartes/charte-moulins/versions/2.md',
    ]);
    await expect(el).to.be.accessible();
  });

  it('lists the adopted versions with their notes, and reads an earlier one in place', async () => {
    const api = createMemoryApi({ chartes: [charteMoulins()] });
    const { adoptedText: _, ...moulins } = charteMoulins();
    await api.saveDocument(
      'chartes',
      'charte-moulins',
      { ...moulins, status: 'draft', answers: { ...moulins.answers, nombre_membres: 30 } } as never,
      { ifMatch: 2, changeNote: 'Révision : 30 membres' },
    );
    await api.publishDocument('chartes', 'charte-moulins', {
      ifMatch: 3,
      changeNote: 'Adoptée le 12 juin 2026',
    });
    const { el, $, $$ } = await mount(api);
    expect(words($('[part="adoption"]'))).to.contain('(Version 4)');
    const details = $('details.versions') as HTMLDetailsElement;
    expect(words(details.querySelector('summary'))).to.equal('Versions adoptées et leurs notes');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    for (let i = 0; i < 20 && !details.querySelector('li'); i++)
      await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    const lines = $$('details.versions > ol > li').map(words);
    expect(lines).to.have.length(2); // the draft in between is not listed
    expect(lines[0]).to.match(
      /^Version 4, adoptée le .* — Adoptée le 12 juin 2026 \(affichée\)Ce qui a changé/,
    );
    // The changelog, written from the two texts as adopted: by number and title, not by colour.
    const changes = $('details.versions .changes')!;
    expect(words(changes.querySelector('p'))).to.equal('Ce qui a changé depuis la version 2 :');
    expect([...changes.querySelectorAll('li')].map(words)).to.deep.equal([
      'Réécrits : Article 6 — Composition.',
    ]);
    expect($$('details.versions .changes')).to.have.length(1); // the first adopted has nothing before it
    expect(lines[1]).to.match(/^Version 2, adoptée le .* Lire la version 2$/);
    $('[data-version="2"]')!.click();
    for (let i = 0; i < 20 && !$('.earlier'); i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(words($('.earlier'))).to.equal(
      'Vous lisez la version 2, qui n’est plus en vigueur. Revenir à la version en vigueur',
    );
    expect(words($('[part="adoption"]'))).to.contain('(Version 2)');
    expect(el.shadowRoot!.activeElement?.id).to.equal('heading');
    await expect(el).to.be.accessible();
    $('.earlier button')!.click();
    for (let i = 0; i < 20 && $('.earlier'); i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(words($('[part="adoption"]'))).to.contain('(Version 4)');
  });

  it('a link of the table of contents takes the focus to its section', async () => {
    const { el, $$ } = await mount();
    const link = $$('nav li a').find((a) => words(a) === 'Prise de décision')!;
    link.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('s-decision');
  });

  it('speaks English: the sections, the vote, the articles', async () => {
    const { el, $, $$ } = await mount(undefined, 'en');
    await el.updateComplete;
    expect(words($('.kind'))).to.equal('Operating charter');
    expect(words($('[part="adoption"]'))).to.contain(
      'Adopted on 20 March 2025 by: Assemblée plénière du conseil citoyen des Moulins. Vote: 17 for, 1 against, 2 abstentions.',
    );
    expect(words($$('nav li a')[0])).to.equal('Preamble');
    await expect(el).to.be.accessible();
  });

  it('a charte not adopted yet says so; one given directly needs no API', async () => {
    const draft = charteMoulins({ status: 'draft', versionStatus: 'draft' });
    delete draft.adoptedText;
    const { $ } = await mount(createMemoryApi({ chartes: [draft] }));
    expect(words($('.cc-alert'))).to.equal(
      'Cette charte n’a pas encore été adoptée : elle sera publiée ici une fois adoptée.',
    );
    const given = await fixture<CcCharte>(html`<cc-charte .charte=${charteMoulins()}></cc-charte>`);
    await given.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await given.updateComplete;
    expect(given.shadowRoot!.querySelectorAll('[part="article"]').length).to.be.greaterThan(10);
  });

  it('says what is missing: no charte named, or the API failing (with « Réessayer »)', async () => {
    const none = await fixture<CcCharte>(
      html`<cc-provider locale="fr" .api=${createMemoryApi()}><cc-charte></cc-charte></cc-provider>`,
    ).then((p) => p.querySelector('cc-charte')!);
    await none.updateComplete;
    expect(words(none.shadowRoot!.querySelector('[part="config-error"]'))).to.contain(
      'Indiquez la charte à afficher',
    );
    const api = createMemoryApi({ chartes: [charteMoulins()] });
    api.failNext('network');
    const { el, $ } = await mount(api);
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(words(el.shadowRoot)).to.contain('Connexion impossible au service');
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => words(b) === 'Réessayer')!.click();
    for (let i = 0; i < 20 && !$('h2#heading'); i++) await new Promise((r) => setTimeout(r, 20));
    expect($('h2#heading')).to.not.equal(null);
  });

  it('writes a council’s words as text, never as markup (every payload of the XSS list)', async () => {
    const c = charteMoulins({ title: XSS_PAYLOADS[0]! });
    const articles = c.adoptedText!.sections.flatMap((s) => s.articles);
    XSS_PAYLOADS.forEach((p, i) => {
      const a = articles[i % articles.length]!;
      if (i < articles.length) [a.title, a.text] = [p, p];
      else a.text += `\n${p}`;
    });
    c.adoption!.signatories = [...XSS_PAYLOADS.slice(0, 20)];
    const { el } = await mount(createMemoryApi({ chartes: [c] }));
    expect(injectedElements(el)).to.deep.equal([]);
    expect(words(el.shadowRoot!.querySelector('h2'))).to.equal(XSS_PAYLOADS[0]);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});

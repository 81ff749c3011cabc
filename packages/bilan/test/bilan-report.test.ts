import { expect, fixture, html } from '@open-wc/testing';
import {
  XSS_PAYLOADS,
  bilanMoulins,
  createMemoryApi,
  injectedElements,
} from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/core/cc-provider.js';
import '../src/cc-bilan-report.js';
import type { CcBilanReport } from '../src/bilan-report.js';

const words = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(
  locale = 'fr',
  bilans = [bilanMoulins(2025), bilanMoulins(2026)],
  api = createMemoryApi({ bilans }),
) {
  const root = await fixture<HTMLElement>(
    html`<cc-provider locale=${locale} .api=${api}><cc-bilan-report bilan-id="bilan-moulins-2025"></cc-bilan-report></cc-provider>`,
  );
  const el = root.querySelector<CcBilanReport>('cc-bilan-report')!;
  for (let i = 0; i < 30 && !el.shadowRoot!.querySelector('#heading, [part="error"]'); i++)
    await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return {
    el,
    $: (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s),
    $$: (s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)],
  };
}

const cells = (tr: Element) => [...tr.children].map(words);

describe('<cc-bilan-report>', () => {
  it('offers the adopted version as files from the server (ODT, DOCX, Markdown, the items as CSV), none without one', async () => {
    expect((await mount()).$('.downloads')).to.equal(null);
    const api = createMemoryApi({ bilans: [bilanMoulins(2025)] });
    api.documentFileUrl = (kind, id, version, format) =>
      `https://ville.example/api/v1/${kind}/${id}/versions/${version}.${format}`;
    const { el, $, $$ } = await mount('fr', [], api);
    expect(words($('.downloads'))).to.equal(
      'Télécharger : ODT (LibreOffice) · DOCX (Word) · Markdown · les points en CSV (tableur)',
    );
    expect($$('.downloads a').map((a) => a.getAttribute('href')!.split('/').pop())).to.deep.equal([
      '2.odt',
      '2.docx',
      '2.md',
      '2.csv',
    ]);
    await expect(el).to.be.accessible();
  });

  it('publishes the adopted bilan: summary, figures as adopted, a table per heading, next year’s actions', async () => {
    const { el, $, $$ } = await mount();
    expect(words($('h2#heading'))).to.equal(
      'Rapport annuel de co-construction 2025 — Conseil citoyen des Moulins',
    );
    expect(words($('.adoption'))).to.equal('Bilan adopté le 15 décembre 2025 (version 2).');
    expect(words($('.indicators'))).to.contain('Séances tenues 9 rencontres de réseau : 2');
    expect(words($('.indicators'))).to.contain('calculé le 15 décembre 2025');
    expect($$('h3.section-title').map(words)).to.include(
      'Adapter ses pratiques et ses postures professionnelles',
    );
    const practices = $('#h-pratiques_professionnelles')!.closest('section')!;
    const rows = [...practices.querySelectorAll('tbody tr')].map(cells);
    expect(cells(practices.querySelector('thead tr')!)).to.deep.equal([
      'Point',
      'État',
      'Conseil citoyen',
      'Institutions',
      'Écart',
    ]);
    expect(rows[1]).to.deep.equal([
      'Les documents sont envoyés au moins 8 jours avant les réunions Documents reçus la veille.',
      'À faire',
      'Informé',
      'Concerté',
      'Écart de 2 niveaux',
    ]);
    expect(rows[4]).to.deep.equal([
      'Les professionnels évitent les sigles et le jargon, ou les expliquent',
      '—',
      '—',
      '—',
      '—',
    ]);
    expect([...practices.querySelectorAll('.heading-notes > *')].map(words)).to.deep.equal([
      'Réussites',
      'La programmation a été présentée en réunion publique.',
      'Difficultés',
      'Les documents arrivent trop tard pour être lus.',
      'Perspectives',
      'Un calendrier des envois, partagé dès janvier.',
    ]);
    expect($$('.next-year li').map(words)).to.deep.equal([
      'Organiser une co-formation élus, techniciens et conseillers — Centre de ressources, 30 juin 2026 (Une formation a réuni élus, techniciens et membres du conseil citoyen)',
      'Envoyer l’ordre du jour et les documents 8 jours avant chaque comité — Service politique de la ville, 31 mars 2026 (Les documents sont envoyés au moins 8 jours avant les réunions)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('« Imprimer le rapport » opens the print dialog', async () => {
    const { $ } = await mount();
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      $('.print button')!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
  });

  it('speaks English', async () => {
    const { el, $ } = await mount('en');
    expect(words($('h2#heading'))).to.equal(
      '2025 co-construction report — Conseil citoyen des Moulins',
    );
    expect(words($('.adoption'))).to.equal('Review adopted on 15 December 2025 (version 2).');
    await expect(el).to.be.accessible();
  });

  it('shows a bilan given directly, without an API', async () => {
    const root = await fixture<HTMLElement>(
      html`<cc-bilan-report .bilan=${bilanMoulins(2026)}></cc-bilan-report>`,
    );
    const el = root as CcBilanReport;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
    expect(words(el.shadowRoot!.querySelector('.adoption'))).to.equal(
      'Version de travail : ce bilan n’est pas encore adopté.',
    );
  });

  it('never renders markup written in notes, actions or own items', async () => {
    const payload = XSS_PAYLOADS.join(' ').slice(0, 4900);
    const hostile = bilanMoulins(2025, {
      ownItems: [{ id: 'propre', heading: 'rendre_compte', label: payload.slice(0, 300) }],
      items: {
        propre: {
          rev: 1,
          notes: payload,
          action: { what: payload.slice(0, 500), who: '<b>x</b>' },
        },
      },
      headings: { rendre_compte: { rev: 1, reussites: payload } },
    });
    const { el } = await mount('fr', [hostile]);
    expect(injectedElements(el.shadowRoot!)).to.deep.equal([]);
  });
});

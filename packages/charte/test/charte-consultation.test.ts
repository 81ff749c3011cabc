import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  FIXED_NOW,
  XSS_PAYLOADS,
  charteDraft,
  createMemoryApi,
  injectedElements,
  type MemoryApi,
} from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/core/cc-provider.js';
import { ApiError } from '@conseils-citoyens/core/api/errors.js';
import '../src/cc-charte-consultation.js';
import type { CcCharteConsultation } from '../src/charte-consultation.js';
import type { CcCharte } from '../src/charte.js';
import type { CcCharteCommentEvent } from '../src/charte-consultation.events.js';

const words = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));
const ID = 'charte-sous-le-bois';
const CLOSES = '2026-12-15T23:00:00.000Z';

/** A charte in draft, submitted to the members until 16 December (the adapter's clock says 23 November). */
async function consulted(message = 'Vos remarques avant la plénière du 16 décembre') {
  const api = createMemoryApi({ chartes: [charteDraft()], now: () => FIXED_NOW });
  await api.openConsultation(ID, { closesAt: CLOSES, message }, { ifMatch: '*' });
  return api;
}

async function mount(api: MemoryApi, { locale = 'fr' } = {}) {
  const root = await fixture<HTMLElement>(
    html`<cc-provider locale=${locale} .api=${api}><cc-charte-consultation charte-id=${ID}></cc-charte-consultation></cc-provider>`,
  );
  const el = root.querySelector<CcCharteConsultation>('cc-charte-consultation')!;
  for (
    let i = 0;
    i < 40 && !el.shadowRoot!.querySelector('#heading, .cc-alert, [part="error"]');
    i++
  )
    await settle();
  await el.updateComplete;
  const charte = () => el.shadowRoot!.querySelector<CcCharte>('cc-charte')!;
  await charte()?.updateComplete;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => el.shadowRoot!.querySelector<T>(s);
  /** In the charte's text, where each article's comments and button are. */
  const inText = <T extends HTMLElement = HTMLElement>(s: string) =>
    charte().shadowRoot!.querySelector<T>(s);
  const type = async (selector: string, value: string) => {
    const input = $<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  };
  const refresh = async () => {
    await el.updateComplete;
    await charte().updateComplete;
  };
  return { el, $, inText, type, charte, refresh };
}

describe('<cc-charte-consultation>', () => {
  afterEach(() => sessionStorage.clear());

  it('shows the version submitted, until when, the organisers’ word, and « Commenter » under each article, accessible', async () => {
    const api = await consulted();
    const { el, $, inText, charte } = await mount(api);
    expect(words($('#heading'))).to.equal(
      'Consultation sur la charte : Charte de fonctionnement du conseil citoyen de Sous-le-Bois',
    );
    expect(words($('[part="status"]'))).to.equal(
      'La version 1 est soumise à la consultation des membres jusqu’au 16 décembre 2026.',
    );
    expect(words($('.message figcaption'))).to.equal('Le mot de Démonstration :');
    expect(words($('.message blockquote'))).to.equal(
      'Vos remarques avant la plénière du 16 décembre',
    );
    expect(words($('.count'))).to.equal('Aucun commentaire pour l’instant.');
    const buttons = [...charte().shadowRoot!.querySelectorAll('[data-comment]')];
    const articles = charte().shadowRoot!.querySelectorAll('article.article');
    expect(buttons.length).to.equal(articles.length);
    expect(buttons.length).to.be.greaterThan(5);
    expect(words(inText('[data-comment]'))).to.equal('Commenter l’article 1');
    await expect(el).to.be.accessible();
  });

  it('takes a comment from the keyboard: each field named when blank, then shown under its article, announced, focus back', async () => {
    const api = await consulted();
    const { el, $, inText, type, refresh } = await mount(api);
    const button = inText<HTMLButtonElement>('[data-comment]')!;
    const article = button.dataset.comment!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id).to.equal('comment-title');
    expect(words($('#comment-title'))).to.match(/^Commenter l’article 1 — /);
    await expect(el).to.be.accessible();

    $<HTMLFormElement>('form.comment-form')!.requestSubmit();
    await el.updateComplete;
    expect(
      [...dialog.querySelectorAll('.error, [id$="-error"]')].map((e) => words(e)),
    ).to.deep.equal([
      'Erreur : « Votre nom » est obligatoire.',
      'Erreur : « Votre commentaire » est obligatoire.',
    ]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-comment-author');

    await type('#f-comment-author', 'Awa');
    await type('#f-comment-body', 'Le préambule est clair.\nMerci de citer le contrat de ville.');
    const sent = oneEvent<CcCharteCommentEvent>(el, 'cc-charte-comment');
    $<HTMLFormElement>('form.comment-form')!.requestSubmit();
    const event = await sent;
    expect(event.detail).to.deep.equal({ article, version: 1 });
    await settle();
    await refresh();
    expect(dialog.open).to.equal(false);
    expect(words($('[role="status"]'))).to.equal(
      'Votre commentaire sur l’article 1 est envoyé. Merci !',
    );
    // Each line of the comment is its own paragraph, then who wrote it and when.
    const comment = inText(`[data-article="${article}"] .comment`)!;
    expect([...comment.querySelectorAll('p')].map((p) => words(p))).to.deep.equal([
      'Le préambule est clair.',
      'Merci de citer le contrat de ville.',
      '— Awa, le 23 novembre 2026',
    ]);
    expect(words($('.count'))).to.equal('1 commentaire.');
    expect((await api.listComments(ID, 1)).items.map((c) => c.author)).to.deep.equal(['Awa']);
    await expect(el).to.be.accessible();
  });

  it('keeps what was typed through a network failure and a reload, and sends it on « Réessayer »', async () => {
    const api = await consulted();
    const first = await mount(api);
    first.inText<HTMLButtonElement>('[data-comment]')!.click();
    await settle();
    await first.type('#f-comment-author', 'Karim');
    await first.type('#f-comment-body', 'Et les jeunes du quartier ?');
    api.failNext('network', 1);
    first.$<HTMLFormElement>('form.comment-form')!.requestSubmit();
    await settle();
    await first.el.updateComplete;
    expect(words(first.$('dialog [part="error"]'))).to.not.equal('');
    expect(words(first.$('dialog'))).to.contain('Votre texte est gardé sur cet appareil');
    expect(first.$<HTMLTextAreaElement>('#f-comment-body')!.value).to.equal(
      'Et les jeunes du quartier ?',
    );

    // The page is reloaded: the name and the comment are still there.
    const again = await mount(api);
    again.inText<HTMLButtonElement>('[data-comment]')!.click();
    await settle();
    await again.el.updateComplete;
    expect(again.$<HTMLInputElement>('#f-comment-author')!.value).to.equal('Karim');
    expect(again.$<HTMLTextAreaElement>('#f-comment-body')!.value).to.equal(
      'Et les jeunes du quartier ?',
    );
    again.$<HTMLFormElement>('form.comment-form')!.requestSubmit();
    await settle(60);
    expect((await api.listComments(ID, 1)).items.map((c) => c.body)).to.deep.equal([
      'Et les jeunes du quartier ?',
    ]);
  });

  it('once closed, shows the text and the comments and takes no more; closed while writing, says so and keeps the text', async () => {
    const api = await consulted();
    const { el, $, inText, type, charte, refresh } = await mount(api);
    inText<HTMLButtonElement>('[data-comment]')!.click();
    await settle();
    await type('#f-comment-author', 'Awa');
    await type('#f-comment-body', 'Trop tard ?');
    await api.closeConsultation(ID);
    $<HTMLFormElement>('form.comment-form')!.requestSubmit();
    await settle(80);
    await refresh();
    expect(words($('[part="status"]'))).to.equal(
      'La consultation sur la version 1 est close depuis le 23 novembre 2026 : les commentaires ne sont plus reçus.',
    );
    expect(charte().shadowRoot!.querySelectorAll('[data-comment]').length).to.equal(0);
    expect(JSON.stringify(Object.values(sessionStorage))).to.contain('Trop tard ?');
    await expect(el).to.be.accessible();
  });

  it('renders 200 hostile payloads in names and comments as text', async () => {
    const api = await consulted(XSS_PAYLOADS.join(' ').slice(0, 1000));
    const doc = await api.getDocument('chartes', ID);
    const { charte: text } = { charte: doc };
    const { assembleCharte } = await import('@conseils-citoyens/schemas/charte-assemble.js');
    const { CHARTE_LIBRARY } = await import('@conseils-citoyens/schemas/charte-library.js');
    const ids = assembleCharte(CHARTE_LIBRARY, text).sections.flatMap((s) =>
      s.articles.map((a) => a.id),
    );
    for (const [i, payload] of XSS_PAYLOADS.entries())
      await api.addComment(ID, 1, {
        article: ids[i % ids.length]!,
        author: payload.slice(0, 100),
        body: `${payload} ${XSS_PAYLOADS[199 - i]}`,
      });
    const { el, charte } = await mount(api);
    expect(injectedElements(el.shadowRoot!)).to.deep.equal([]);
    expect(injectedElements(charte().shadowRoot!)).to.deep.equal([]);
    expect(charte().shadowRoot!.querySelectorAll('.comment').length).to.equal(200);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('speaks English', async () => {
    const api = await consulted('');
    const { $, inText } = await mount(api, { locale: 'en' });
    expect(words($('[part="status"]'))).to.equal(
      'Version 1 is open to the members’ comments until 16 December 2026.',
    );
    expect(words(inText('[data-comment]'))).to.equal('Comment on article 1');
  });

  it('says when the charte is not open for consultation', async () => {
    const api = createMemoryApi({ chartes: [charteDraft()], now: () => FIXED_NOW });
    const { $ } = await mount(api);
    expect(words($('.cc-alert'))).to.equal('Cette charte n’est pas en consultation.');
  });

  it('says that a consultation is over when its link was withdrawn, with nothing to retry', async () => {
    const api = await consulted();
    const revoked = new ApiError('unauthorized', {
      status: 401,
      problem: {
        type: 'about:blank',
        title: 'Lien retiré',
        status: 401,
        code: 'edit_link_revoked',
      },
    });
    const { el, $ } = await mount(
      Object.assign(Object.create(api) as MemoryApi, {
        getConsultation: () => Promise.reject(revoked),
      }),
    );
    expect(words($('[part="error"]'))).to.equal(
      'Cette consultation est close : son lien ne fonctionne plus. Les commentaires envoyés ont bien été reçus et sont gardés avec la version consultée.',
    );
    expect($('button')).to.equal(null);
    await expect(el).to.be.accessible();

    // Opened without any link (the address copied without its end): how to get in, not « no rights ».
    const unauthorized = new ApiError('unauthorized', { status: 401 });
    const bare = await mount(
      Object.assign(Object.create(api) as MemoryApi, {
        getConsultation: () => Promise.reject(unauthorized),
      }),
    );
    expect(words(bare.$('[part="error"]'))).to.contain(
      'ouvrez cette page avec le lien de consultation',
    );
    expect(bare.$('button')).to.equal(null);
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { QuestionnaireInput } from '@conseils-citoyens/schemas';
import { createMemoryApi, type MemoryApi } from '@conseils-citoyens/core/testing.js';
import { FIXED_NOW, trainingNeeds } from '@conseils-citoyens/core/testing.js';
import '../src/cc-questionnaire.js';
import type { CcQuestionnaire } from '../src/questionnaire.js';
import type {
  CcQuestionnairePageEvent,
  CcQuestionnaireSaveEvent,
  CcQuestionnaireSubmitEvent,
} from '../src/questionnaire.events.js';
import { QuestionnaireObject } from '../test-helpers/questionnaire-object.js';
import { TRAINING_NEEDS } from '@conseils-citoyens/schemas/examples/training-needs.js';
import { sampleAnswers, seededRandom } from '@conseils-citoyens/schemas/testing/sample-answers.js';

const newApi = () => createMemoryApi({ questionnaires: [trainingNeeds()], now: () => FIXED_NOW });

async function mount(api: MemoryApi = newApi(), attrs: { locale?: string; width?: string } = {}) {
  const el = await fixture<CcQuestionnaire>(
    html`<div style="width:${attrs.width ?? '48rem'}"><cc-questionnaire questionnaire-id="besoins-formation" .api=${api}
      locale=${attrs.locale ?? 'fr'}></cc-questionnaire></div>`,
  ).then((div) => div.querySelector('cc-questionnaire')!);
  const q = new QuestionnaireObject(el);
  await q.settle();
  return { el, q, api };
}

/** Page 1 answered: « Moins de 6 mois », collège habitants. */
async function firstPage(q: QuestionnaireObject) {
  await q.choose('anciennete', 'moins-6-mois');
  await q.choose('college', 'habitant');
  await q.next();
}

/** Page 2 answered; `trained` shows the follow-up question. */
async function secondPage(q: QuestionnaireObject, trained = false) {
  await q.choose('connaissance-contrat', '2');
  await q.choose('aise-parole', '4');
  await q.choose('deja-forme', trained ? 'yes' : 'no');
  if (trained) await q.type('formations-suivies', 'Une journée sur le contrat de ville');
  await q.next();
}

async function thirdPage(q: QuestionnaireObject) {
  for (const row of [
    'politique-ville',
    'role-conseil',
    'prise-parole',
    'animation',
    'projet',
    'partenaires',
    'communication',
  ])
    await q.choose(`interet-themes:${row}`, 'beaucoup');
  await q.choose('priorites', 'animation');
  await q.next();
}

describe('<cc-questionnaire>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('shows the title, the time it takes, the first page with its progress, labelled questions', async () => {
    const { q } = await mount();
    expect(q.root.querySelector('#heading')!.textContent).to.equal(
      'Recenser les besoins de formation des conseillers citoyens',
    );
    expect(q.text).to.contain('Temps de réponse : environ 8 minutes.');
    expect(q.progress).to.equal('Page 1 sur 5');
    const bar = q.root.querySelector('progress')!;
    expect([bar.max, bar.value, bar.getAttribute('aria-labelledby')]).to.deep.equal([
      5,
      1,
      'progress-label',
    ]);
    expect(q.pageHeading!.textContent).to.equal('Vous et le conseil citoyen');
    expect(q.labelOf('anciennete')).to.equal(
      'Depuis combien de temps êtes-vous membre du conseil citoyen ? (obligatoire)',
    );
    expect(q.labelOf('age')).to.equal('Votre tranche d’âge (facultatif)');
    await expect(q.el).to.be.accessible();
  });

  it('« Suivant » on an unanswered page lists the errors, focuses them, and names each question', async () => {
    const { q } = await mount();
    await q.choose('roles', 'membre');
    await q.next();
    expect(q.focused).to.equal(q.errorSummary);
    expect(q.errors).to.deep.equal([
      'Répondez à la question « Depuis combien de temps êtes-vous membre du conseil citoyen ? ».',
      'Répondez à la question « Dans quel collège siégez-vous ? ».',
    ]);
    expect(q.errorOf('college')).to.equal(
      'Répondez à la question « Dans quel collège siégez-vous ? ».',
    );
    expect(q.progress, 'still on page 1').to.equal('Page 1 sur 5');
    expect(
      (q.controls('roles').find((c) => c.value === 'membre') as HTMLInputElement).checked,
      'nothing typed is cleared',
    ).to.equal(true);
    await expect(q.el).to.be.accessible();
    // Fixed as it is answered.
    await q.choose('college', 'habitant');
    expect(q.errorOf('college')).to.equal('');
  });

  it('moves page by page, the page title taking the focus, and back without losing anything', async () => {
    const { q, el } = await mount();
    setTimeout(() => void firstPage(q));
    const shown = await oneEvent<CcQuestionnairePageEvent>(el, 'cc-questionnaire-page');
    expect(shown.detail).to.deep.equal({ pageId: 'connaissances', index: 2, total: 5 });
    await q.settle();
    expect(q.progress).to.equal('Page 2 sur 5');
    expect(q.focused).to.equal(q.pageHeading);
    expect(q.pageHeading!.textContent).to.equal('Ce que vous savez déjà');
    await q.press('Précédent');
    expect(q.progress).to.equal('Page 1 sur 5');
    expect(
      (q.controls('anciennete').find((c) => c.value === 'moins-6-mois') as HTMLInputElement)
        .checked,
    ).to.equal(true);
  });

  it('shows a question only when an earlier answer asks for it', async () => {
    const { q } = await mount();
    await firstPage(q);
    expect(q.shows('formations-suivies')).to.equal(false);
    await q.choose('deja-forme', 'yes');
    expect(q.labelOf('formations-suivies')).to.equal(
      'Lesquelles, et qu’en avez-vous retenu ? (facultatif)',
    );
    await q.choose('deja-forme', 'no');
    expect(q.shows('formations-suivies')).to.equal(false);
  });

  it('a scale is a row of radios with both ends named; a number takes « 2,5 » as typed', async () => {
    const { q } = await mount();
    await firstPage(q);
    const scale = q.controls('connaissance-contrat') as HTMLInputElement[];
    expect(scale.map((r) => r.type)).to.deep.equal(['radio', 'radio', 'radio', 'radio', 'radio']);
    const labels = scale.map((r) => q.root.querySelector(`label[for="${r.id}"]`)!.textContent);
    expect(labels).to.deep.equal(['1 (Très faible)', '2', '3', '4', '5 (Très bonne)']);
  });

  it('a matrix is a table of radios named by row and column, or one group per row when narrow', async () => {
    const { q } = await mount();
    await firstPage(q);
    await secondPage(q);
    const table = q.root.querySelector('table.matrix')!;
    expect(table.querySelectorAll('tbody tr').length).to.equal(7);
    const radio = q.root.querySelector<HTMLInputElement>(
      '[name="interet-themes:animation"][value="beaucoup"]',
    )!;
    const [row, col] = radio.getAttribute('aria-labelledby')!.split(' ');
    expect([
      q.root.getElementById(row!)!.textContent,
      q.root.getElementById(col!)!.textContent,
    ]).to.deep.equal(['Animer une réunion', 'Très intéressé·e']);
    await q.choose('interet-themes:animation', 'beaucoup');
    await q.next();
    expect(q.errors).to.deep.include(
      'Répondez à chaque ligne de « Quel est votre intérêt pour chacun de ces thèmes ? ».',
    );
    await expect(q.el).to.be.accessible();
    sessionStorage.clear(); // a new resident
    const narrow = await mount(newApi(), { width: '20rem' });
    await firstPage(narrow.q);
    await secondPage(narrow.q);
    expect(narrow.q.root.querySelector('table.matrix')).to.equal(null);
    expect(narrow.q.root.querySelectorAll('fieldset.matrix-row').length).to.equal(7);
    await expect(narrow.q.el).to.be.accessible();
  });

  it('ranks with « Monter » / « Descendre », announcing the new place and keeping the focus on the item', async () => {
    const { q } = await mount();
    await firstPage(q);
    await secondPage(q);
    const down = q.root.querySelector<HTMLButtonElement>(
      'button[data-move="atelier"][data-delta="1"]',
    )!;
    expect(down.getAttribute('aria-label')).to.equal('Descendre « Un atelier en petit groupe »');
    down.click();
    await q.settle();
    expect(q.announcement).to.equal(
      '« Un atelier en petit groupe » est maintenant en position 2 sur 4.',
    );
    expect(
      [...q.root.querySelectorAll('.ranking .rank-label')].map((l) => l.textContent),
    ).to.deep.equal([
      'Une journée de formation',
      'Un atelier en petit groupe',
      'Une rencontre avec un autre conseil citoyen',
      'Une formation en ligne',
    ]);
    expect((q.focused as HTMLElement).dataset.move).to.equal('atelier');
    expect(
      q.root.querySelector<HTMLInputElement>('#f-formats-keep')!.checked,
      'moving is answering',
    ).to.equal(true);
    // At the top, « Monter » says it cannot, and does nothing.
    const up = q.root.querySelector<HTMLButtonElement>(
      'button[data-move="journee"][data-delta="-1"]',
    )!;
    expect(up.getAttribute('aria-disabled')).to.equal('true');
  });

  it('keeps every answer on the device: a reload finds them, and the page', async () => {
    const api = newApi();
    const first = await mount(api);
    await firstPage(first.q);
    await first.q.choose('connaissance-contrat', '3');
    first.el.remove();
    const again = await mount(api);
    expect(again.q.progress).to.equal('Page 2 sur 5');
    expect(
      (again.q.controls('connaissance-contrat').find((c) => c.value === '3') as HTMLInputElement)
        .checked,
    ).to.equal(true);
  });

  it('sends once, shows the answers in words, and drops an answer the resident hid again', async () => {
    const { q, el, api } = await mount();
    await firstPage(q);
    await q.choose('deja-forme', 'yes');
    await q.type('formations-suivies', 'Texte qui ne doit pas partir');
    await secondPage(q, false);
    await thirdPage(q);
    await q.choose('creneaux', 'samedi');
    await q.type('demi-journees', '2,5');
    await q.next();
    expect(q.errors).to.deep.equal([
      'La réponse à « Combien de demi-journées par an pourriez-vous consacrer à la formation ? » doit aller de 1 en 1.',
    ]);
    await q.type('demi-journees', '3');
    await q.next();
    await q.choose('recontacter', 'no');
    setTimeout(() => void q.press('Envoyer mes réponses'));
    const sent = await oneEvent<CcQuestionnaireSubmitEvent>(el, 'cc-questionnaire-submit');
    await q.settle();
    expect(sent.detail.receipt.version).to.equal(2);
    expect(q.focused).to.equal(q.root.querySelector('#outcome'));
    expect(q.text).to.contain('Merci, vos réponses sont enregistrées');
    expect(q.answersShown).to.include.members([
      'Dans quel collège siégez-vous ? → Collège habitants',
      'Combien de demi-journées par an pourriez-vous consacrer à la formation ? → 3 demi-journées',
      'Comment évaluez-vous votre connaissance du contrat de ville ? → 2 / 5',
      'Quel rôle jouez-vous dans le conseil citoyen ? → Sans réponse',
    ]);
    expect(q.text).not.to.contain('Texte qui ne doit pas partir');
    expect(
      q.answersShown.some((l) => l.startsWith('Lesquelles')),
      'the hidden question is not listed',
    ).to.equal(false);
    const answers = q.root.querySelector('.answers')!;
    expect(getComputedStyle(answers).display, 'the answers view brings its styles').to.equal(
      'grid',
    );
    expect(sessionStorage.length, 'the local draft is gone').to.equal(0);
    await expect(q.el).to.be.accessible();
    // The resident withdraws it.
    await q.press('Retirer mes réponses');
    expect(q.text).to.contain('Vos réponses ont été retirées.');
    expect(api.calls).to.be.greaterThan(2);
  });

  it('one answer per e-mail address: the address asked on the last page, the answer counted once the mailed link confirms it', async () => {
    const api = createMemoryApi({
      questionnaires: [trainingNeeds({ responses: 'email' })],
      now: () => FIXED_NOW,
    });
    const { q, el } = await mount(api);
    expect(q.text).to.contain(
      'Une seule réponse par personne : à la fin, vous donnerez votre adresse e-mail',
    );
    await firstPage(q);
    await secondPage(q);
    await thirdPage(q);
    await q.choose('creneaux', 'samedi');
    await q.next();
    await q.choose('recontacter', 'no');
    const field = q.root.querySelector<HTMLInputElement>('#f-respondent-email')!;
    expect(field.required).to.equal(true);
    expect(field.autocomplete).to.equal('email');
    await q.press('Envoyer mes réponses');
    expect(q.errors).to.deep.equal([
      '« Votre adresse e-mail » : saisissez une adresse comme nom@exemple.fr, pour confirmer votre réponse.',
    ]);
    await expect(q.el).to.be.accessible();
    await q.type('respondent-email', 'pas-une-adresse');
    await q.press('Envoyer mes réponses');
    expect(q.errors).to.have.length(1);
    // The address is kept with the rest of the draft: a reload finds it.
    await q.type('respondent-email', 'amina@example.org');
    el.remove();
    const again = await mount(api);
    expect(again.q.root.querySelector<HTMLInputElement>('#f-respondent-email')!.value).to.equal(
      'amina@example.org',
    );
    setTimeout(() => void again.q.press('Envoyer mes réponses'));
    await oneEvent<CcQuestionnaireSubmitEvent>(again.el, 'cc-questionnaire-submit');
    await again.q.settle();
    expect(again.q.text).to.contain('Encore une étape : confirmez votre réponse');
    expect(again.q.text).to.contain('Nous avons envoyé un lien à amina@example.org.');
    const before = await api.getQuestionnaireResults('besoins-formation');
    expect(before.versions.every((v) => !v.answers)).to.equal(true);
    await expect(again.q.el).to.be.accessible();
    const mail = api.sentMail.at(-1)!;
    expect(mail.kind).to.equal('questionnaire_confirm');
    const link = new URL(mail.url);
    expect(link.hash).to.match(/^#cc-confirmer=r\d+\.[\w-]{32,}$/);

    // The mailed link, opened later: confirmed, then a second answer with that address is refused.
    again.el.remove();
    sessionStorage.clear();
    history.replaceState(null, '', link.hash);
    const confirming = await mount(api);
    await confirming.q.until(
      () => confirming.q.text.includes('Merci, votre réponse est confirmée : elle compte.'),
      'confirmed',
    );
    await expect(confirming.q.el).to.be.accessible();
    const second = await api
      .submitQuestionnaireResponse('besoins-formation', {
        version: 2,
        ...sampleAnswers(TRAINING_NEEDS, seededRandom(3)),
        email: 'AMINA@example.org',
      })
      .catch((e: { code?: string }) => e.code);
    expect(second).to.equal('already_answered');
  });

  it('a failed send keeps every answer and sends the same attempt again', async () => {
    const { q, api } = await mount();
    await firstPage(q);
    await secondPage(q);
    await thirdPage(q);
    await q.choose('creneaux', 'semaine-soir');
    await q.next();
    await q.choose('recontacter', 'no');
    api.failNext('network');
    await q.press('Envoyer mes réponses');
    const error = q.root.querySelector('#submit-error')!;
    expect(q.focused).to.equal(error);
    expect(error.textContent).to.contain('Connexion impossible au service');
    expect(
      (q.controls('recontacter').find((c) => c.value === 'no') as HTMLInputElement).checked,
    ).to.equal(true);
    await expect(q.el).to.be.accessible();
    await q.press('Réessayer');
    await q.until(() => !!q.root.querySelector('#outcome'), 'sent on the retry');
    expect(q.text).to.contain('Merci, vos réponses sont enregistrées');
  });

  it('« Enregistrer et reprendre plus tard » gives a personal link that reopens the answers on another device', async () => {
    const api = newApi();
    const { q, el } = await mount(api);
    await firstPage(q);
    await q.choose('connaissance-contrat', '5');
    setTimeout(() => void q.press('Enregistrer et reprendre plus tard'));
    const saved = await oneEvent<CcQuestionnaireSaveEvent>(el, 'cc-questionnaire-save');
    await q.settle();
    expect(q.focused).to.equal(q.root.querySelector('#saved'));
    expect(q.text).to.contain('valable jusqu’au 23 décembre 2026');
    const url = new URL(saved.detail.resumeUrl);
    expect(url.hash).to.match(/^#cc-reprendre=d\d+\.[\w-]{32,}$/);
    expect(q.root.querySelector<HTMLInputElement>('#resume-url')!.value).to.equal(
      saved.detail.resumeUrl,
    );
    await expect(q.el).to.be.accessible();
    // Another device: nothing stored locally, only the link.
    el.remove();
    sessionStorage.clear();
    history.replaceState(null, '', url.hash);
    const other = await mount(api);
    expect(other.q.text).to.contain('Vous reprenez vos réponses enregistrées.');
    expect(other.q.progress).to.equal('Page 2 sur 5');
    expect(
      (other.q.controls('connaissance-contrat').find((c) => c.value === '5') as HTMLInputElement)
        .checked,
    ).to.equal(true);
  });

  it('« Recevoir ce lien par e-mail » sends the resume link to the address given, and says what is wrong', async () => {
    const api = newApi();
    const { q, el } = await mount(api);
    await firstPage(q);
    setTimeout(() => void q.press('Enregistrer et reprendre plus tard'));
    const saved = await oneEvent<CcQuestionnaireSaveEvent>(el, 'cc-questionnaire-save');
    await q.settle();
    const input = q.root.querySelector<HTMLInputElement>('#f-resume-email')!;
    expect(input.type).to.equal('email');
    expect(input.autocomplete).to.equal('email');
    await q.press('Envoyer le lien');
    expect(q.focused).to.equal(input);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(q.text).to.contain(
      '« Recevoir ce lien par e-mail » : saisissez une adresse comme nom@exemple.fr.',
    );
    expect(api.sentMail).to.have.length(0);
    await expect(q.el).to.be.accessible();

    await q.type('resume-email', 'amina@example.org');
    api.failNext('network');
    await q.press('Envoyer le lien');
    expect(q.text).to.contain('Connexion impossible au service');
    expect(input.value).to.equal('amina@example.org'); // nothing typed is lost
    await q.press('Réessayer');
    await q.until(() => q.text.includes('Le lien est envoyé à amina@example.org'), 'sent');
    expect(api.sentMail).to.deep.equal([
      {
        kind: 'questionnaire_resume',
        email: 'amina@example.org',
        url: saved.detail.resumeUrl,
      },
    ]);
    await expect(q.el).to.be.accessible();
  });

  it('a resume link that no longer works says so, and the questionnaire starts afresh', async () => {
    history.replaceState(null, '', `#cc-reprendre=d99.${'x'.repeat(40)}`);
    const { q } = await mount();
    expect(q.text).to.contain('Ce lien de reprise n’est plus valable');
    expect(q.progress).to.equal('Page 1 sur 5');
  });

  it('skips a page that the answers leave out, and counts the pages that remain', async () => {
    const def: QuestionnaireInput = {
      title: 'Court',
      pages: [
        {
          id: 'p1',
          title: 'Un',
          items: [{ id: 'a', type: 'yesno', label: 'Êtes-vous élu·e ?', required: true }],
        },
        {
          id: 'p2',
          title: 'Deux',
          showIf: { match: 'all', rules: [{ question: 'a', op: 'equals', value: 'yes' }] },
          items: [{ id: 'b', type: 'text', label: 'Votre mandat', required: true }],
        },
        { id: 'p3', title: 'Trois', items: [{ id: 'c', type: 'textarea', label: 'Commentaire' }] },
      ],
    };
    const el = await fixture<CcQuestionnaire>(
      html`<cc-questionnaire .definition=${def} .api=${newApi()} locale="fr"></cc-questionnaire>`,
    );
    const q = new QuestionnaireObject(el);
    await q.settle();
    expect(q.progress).to.equal('Page 1 sur 2');
    await q.choose('a', 'yes');
    expect(q.progress).to.equal('Page 1 sur 3');
    await q.choose('a', 'no');
    await q.next();
    expect(q.pageHeading!.textContent).to.equal('Trois');
    expect(q.progress).to.equal('Page 2 sur 2');
  });

  it('renders a definition given directly with no API; sending then says what is missing', async () => {
    const def: QuestionnaireInput = {
      title: 'Sans API',
      pages: [{ id: 'p', title: 'Page', items: [{ id: 'a', type: 'text', label: 'Votre avis' }] }],
    };
    const el = await fixture<CcQuestionnaire>(
      html`<cc-questionnaire .definition=${def} locale="fr"></cc-questionnaire>`,
    );
    const q = new QuestionnaireObject(el);
    await q.settle();
    expect(q.labelOf('a')).to.equal('Votre avis (facultatif)');
    await q.type('a', 'Très bien');
    await q.press('Envoyer mes réponses');
    const error = q.root.querySelector('#submit-error')!;
    expect(q.focused).to.equal(error);
    expect(error.textContent).to.contain("n'est relié à aucune API");
    expect(q.root.querySelector<HTMLInputElement>('[name="a"]')!.value).to.equal('Très bien');
    await expect(el).to.be.accessible();
  });

  it('speaks English on an English page', async () => {
    const { q } = await mount(newApi(), { locale: 'en' });
    expect(q.progress).to.equal('Page 1 of 5');
    await q.press('Next');
    expect(q.errors[0]).to.equal(
      'Answer the question “Depuis combien de temps êtes-vous membre du conseil citoyen ?”.',
    );
    await expect(q.el).to.be.accessible();
  });
});

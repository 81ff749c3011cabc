// <cc-questionnaire-results> on the memory adapter, which counts with the same reference the server's SQL is tested
// against: the summary, counts as tables with bars, « moins de 5 », filters, written answers with a search.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  FIXED_NOW,
  adaptedTrainingNeeds,
  createMemoryApi,
  trainingNeeds,
} from '@conseils-citoyens/core/testing.js';
import { TRAINING_NEEDS } from '@conseils-citoyens/schemas/examples/training-needs.js';
import { sampleAnswers, seededRandom } from '@conseils-citoyens/schemas/testing/sample-answers.js';
import { readSheet } from 'read-excel-file/browser';
import '../src/cc-questionnaire-results.js';
import type { CcQuestionnaireResults } from '../src/questionnaire-results.js';

const words = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(answers = 30, threshold?: number) {
  const api = createMemoryApi({ questionnaires: [trainingNeeds()], now: () => FIXED_NOW });
  const random = seededRandom(9);
  for (let i = 0; i < answers; i++)
    await api.submitQuestionnaireResponse('besoins-formation', {
      version: 2,
      ...sampleAnswers(TRAINING_NEEDS, random),
      ...(i % 5 === 0 ? { paper: true } : {}),
    });
  const el = await fixture<CcQuestionnaireResults>(
    html`<cc-questionnaire-results questionnaire-id="besoins-formation" .api=${api} locale="fr"
      threshold=${threshold ?? 5}></cc-questionnaire-results>`,
  );
  const settle = async () => {
    for (let i = 0; i < 10; i++) {
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  await settle();
  return { el, root: el.shadowRoot!, api, settle };
}
const tableOf = (root: ShadowRoot, id: string) =>
  [...root.querySelectorAll(`article[aria-labelledby="q-${id}"] tbody tr`)].map((tr) =>
    [...tr.children].map((c) => words(c)),
  );

describe('<cc-questionnaire-results>', () => {
  it('says how many answered, and shows each choice as a table with its bar', async () => {
    const { root, el } = await mount();
    expect(words(root.querySelector('#heading'))).to.equal(
      'Résultats : Recenser les besoins de formation des conseillers citoyens',
    );
    expect(words(root.querySelector('[part="summary"]'))).to.equal(
      '30 réponses, dont 6 sur papier',
    );
    const college = tableOf(root, 'college');
    expect(college.map((r) => r[0])).to.deep.equal([
      'Collège habitants',
      'Collège associations et acteurs locaux',
    ]);
    const counts = college.map((r) => Number(r[1]));
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(30);
    expect(college[0]![2]).to.equal(`${Math.round((counts[0]! / 30) * 100)} %`);
    expect(root.querySelector('[part="bar"]')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('a count under the threshold reads « moins de 5 »; a scale shows its mean and median', async () => {
    const { root } = await mount(12);
    const anciennete = tableOf(root, 'anciennete');
    for (const row of anciennete)
      expect(row[1] === 'moins de 5' || Number(row[1]) >= 5, row.join(' | ')).to.equal(true);
    expect(anciennete.some((r) => r[1] === 'moins de 5')).to.equal(true);
    expect(words(root.querySelector('article[aria-labelledby="q-connaissance-contrat"]'))).to.match(
      /Moyenne [\d,]+, médiane [\d,]+, de \d à \d\./,
    );
    expect(root.querySelector('table.heat')).to.not.equal(null);
  });

  it('filters by an answer; a group too small shows nothing but says why', async () => {
    const { root, el, settle } = await mount(30);
    const question = root.querySelector<HTMLSelectElement>('#f-question')!;
    question.value = 'college';
    question.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    const answer = root.querySelector<HTMLSelectElement>('#f-answer')!;
    expect([...answer.options].map((o) => o.textContent)).to.deep.equal([
      'Collège habitants',
      'Collège associations et acteurs locaux',
    ]);
    answer.value = 'habitant';
    root.querySelector<HTMLButtonElement>('.filters button[type="submit"]')!.click();
    await settle();
    const habitants = Number(tableOf(root, 'college')[0]![1]);
    expect(words(root.querySelector('[role="status"]'))).to.equal(
      `${habitants} réponses correspondent.`,
    );
    el.threshold = 100;
    await settle();
    expect(words(root.querySelector('[role="status"]'))).to.equal(
      "Moins de 100 réponses correspondent : rien n'est affiché, pour que personne ne puisse être reconnu.",
    );
    expect(root.querySelectorAll('article').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('lists written answers, newest first, with a search', async () => {
    const { root, settle } = await mount(30);
    const texts = root.querySelector('article[aria-labelledby="q-commentaires"] .texts')!;
    const items = () => [...texts.querySelectorAll('li')].map((li) => li.textContent);
    expect(items().length).to.be.greaterThan(0);
    const search = texts.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'jardin';
    search.dispatchEvent(new Event('input'));
    await settle();
    expect(items().every((x) => x.includes('jardin'))).to.equal(true);
  });

  it('downloads every answer as CSV (« ; », BOM) or an Excel workbook, the same rows, and says so', async () => {
    const { el, root, settle } = await mount(12);
    const files: { filename: string; format: string; blob: Blob }[] = [];
    el.addEventListener('cc-questionnaire-results-download', (e) => files.push(e.detail));
    const form = root.querySelector<HTMLFormElement>('form.download')!;
    form.requestSubmit();
    await settle();
    expect(files.map((f) => [f.filename, f.format])).to.deep.equal([
      ['reponses-besoins-formation.csv', 'csv'],
    ]);
    const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = (await files[0]!.blob.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines.length).to.equal(13);
    expect(
      lines[0]!.startsWith('Réponse;Version;Envoyée le;Papier;Depuis combien de temps'),
    ).to.equal(true);
    expect(words(root.querySelector('form.download [role="status"]'))).to.equal(
      'Fichier « reponses-besoins-formation.csv » téléchargé.',
    );
    root.querySelector<HTMLInputElement>('#d-xlsx')!.checked = true;
    form.requestSubmit();
    for (let i = 0; i < 250 && files.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    await settle();
    expect(files[1]!.filename).to.equal('reponses-besoins-formation.xlsx');
    const rows = await readSheet(files[1]!.blob);
    expect(rows.length).to.equal(13);
    expect(rows[0]!.slice(0, 4)).to.deep.equal(['Réponse', 'Version', 'Envoyée le', 'Papier']);
    expect(rows.slice(1).map((r) => r[0])).to.deep.equal(
      lines.slice(1).map((l) => l.split(';')[0]),
    );
    expect(typeof rows[1]![1]).to.equal('number');
    await expect(el).to.be.accessible();
  });

  it('a failed download is said with a retry, and the choice of format is kept', async () => {
    const { root, api, settle } = await mount(6);
    root.querySelector<HTMLInputElement>('#d-csv-comma')!.checked = true;
    api.failNext('network');
    root.querySelector<HTMLFormElement>('form.download')!.requestSubmit();
    await settle();
    expect(root.querySelector('form.download [role="alert"]')).to.not.equal(null);
    expect(root.querySelector<HTMLInputElement>('#d-csv-comma')!.checked).to.equal(true);
  });

  it('compares the common questions across the territories that adapted the questionnaire, small groups hidden', async () => {
    const api = createMemoryApi({
      questionnaires: [
        trainingNeeds(),
        adaptedTrainingNeeds('besoins-denain', 'Denain'),
        adaptedTrainingNeeds('besoins-maubeuge', 'Maubeuge'),
      ],
      now: () => FIXED_NOW,
    });
    const random = seededRandom(3);
    for (const [id, n] of [
      ['besoins-formation', 12],
      ['besoins-denain', 6],
      ['besoins-maubeuge', 2],
    ] as const)
      for (let i = 0; i < n; i++)
        await api.submitQuestionnaireResponse(id, {
          version: id === 'besoins-formation' ? 2 : 1,
          ...sampleAnswers(TRAINING_NEEDS, random),
        });
    const el = await fixture<CcQuestionnaireResults>(
      html`<cc-questionnaire-results questionnaire-id="besoins-formation" .api=${api} locale="fr"></cc-questionnaire-results>`,
    );
    const settle = async () => {
      for (let i = 0; i < 10; i++) {
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 0));
      }
    };
    await settle();
    const root = el.shadowRoot!;
    const compare = root.querySelector<HTMLButtonElement>('[data-action="compare"]')!;
    compare.focus();
    await sendKeys({ press: 'Enter' });
    // Its code loads on demand, with the counts.
    await waitUntil(() => root.querySelector('table.compare'), 'the comparison shows', {
      timeout: 5000,
    });
    await settle();
    expect(root.activeElement?.id).to.equal('comparison-title');
    const tables = [...root.querySelectorAll('table.compare')];
    // Only the common questions, each with a column per questionnaire: the shared one first.
    expect(tables.map((t) => words(t.querySelector('caption')))).to.include(
      'Dans quel collège siégez-vous ? : réponses par territoire',
    );
    expect(tables.map((t) => words(t.querySelector('caption')))).to.not.include(
      'Quel rôle jouez-vous dans le conseil citoyen ? : réponses par territoire',
    );
    const college = tables.find((t) =>
      words(t.querySelector('caption')).startsWith('Dans quel collège'),
    )!;
    expect([...college.querySelectorAll('thead th')].map(words)).to.deep.equal([
      'Réponse',
      'Questionnaire commun',
      'Denain',
      'Maubeuge',
    ]);
    const rows = [...college.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(words));
    expect(rows[0]).to.deep.equal(['Réponses', '12', '6', 'moins de 5']);
    // A count under 5 is hidden in every territory; one of 5 or more shows with its share.
    for (const row of rows.slice(1))
      for (const cell of row.slice(1))
        expect(cell === 'moins de 5' || /^\d+ \(\d+ %\)$/.test(cell), cell).to.equal(true);
    expect(rows.slice(1).map((r) => r[3])).to.deep.equal(['moins de 5', 'moins de 5']);
    await expect(el).to.be.accessible();
  });

  it('a questionnaire adapted by a territory offers no comparison', async () => {
    const api = createMemoryApi({
      questionnaires: [
        trainingNeeds(),
        trainingNeeds({
          id: 'besoins-denain',
          territory: 'Denain',
          basedOn: { id: 'besoins-formation', version: 2 },
          version: 1,
        }),
      ],
      now: () => FIXED_NOW,
    });
    const el = await fixture<CcQuestionnaireResults>(
      html`<cc-questionnaire-results questionnaire-id="besoins-denain" .api=${api} locale="fr"></cc-questionnaire-results>`,
    );
    for (let i = 0; i < 10; i++) {
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(el.shadowRoot!.querySelector('[data-action="compare"]')).to.equal(null);
  });
});

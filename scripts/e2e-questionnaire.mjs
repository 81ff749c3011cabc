/* global document */
// The questionnaire's whole life, end to end against the real cc-server (SQLite, demo data) in Chromium, with the
// keyboard alone: an organiser signs in on the staff page (docs/equipe.html), adapts the shared questionnaire for a
// territory, adds a question shown only under a condition, publishes; a resident answers the published version; the
// organiser reads the results, the new question's answer among them. No click anywhere: the focus moves with Tab and
// each control is worked with its own keys (typing, Space, arrows, Home, Enter), as a keyboard user does.
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium.mjs';
import { startWithOrganiser } from './reference-server.mjs';
import { pageChecks } from './page-checks.mjs';
import { TRAINING_NEEDS } from '../packages/schemas/dist/examples/training-needs.js';

/** The rows of the seed questionnaire's matrix (« Quel est votre intérêt pour chacun de ces thèmes ? »). */
const THEMES = TRAINING_NEEDS.pages
  .flatMap((p) => p.items)
  .find((i) => i.id === 'interet-themes')
  .rows.map((r) => r.value);
const server = await startWithOrganiser('Équipe e2e');
const { base, token } = server;

const problems = [];
const steps = [];
const browser = await chromium.launch(CHROMIUM);

/** The focused element, through shadow roots, as the test needs to recognise it. */
const focused = (page) =>
  page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a || a === document.body) return null;
    return {
      tag: a.localName,
      id: a.id,
      name: a.getAttribute('name'),
      type: a.getAttribute('type'),
      value: 'value' in a ? String(a.value) : null,
      checked: 'checked' in a ? a.checked : null,
      part: a.getAttribute('part'),
      action: a.getAttribute('data-action'),
      text: (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
    };
  });

/** Presses Tab until the focus is on what `test` recognises (the focus itself first, without a key). */
async function tabTo(page, test, what, max = 600) {
  for (let i = 0; i <= max; i++) {
    const a = await focused(page);
    if (a && test(a)) return a;
    await page.keyboard.press('Tab');
  }
  throw new Error(`the keyboard never reached ${what}`);
}

/** A radio group: Tab into it, Space, then the arrows to the wanted value (arrows check as they move). */
async function chooseRadio(page, name, value) {
  let a = await tabTo(page, (x) => x.type === 'radio' && x.name === name, `the radios « ${name} »`);
  if (!a.checked) await page.keyboard.press('Space');
  for (let i = 0; i < 12 && (a = await focused(page)).value !== value; i++)
    await page.keyboard.press('ArrowDown');
  if (a.value !== value || !a.checked) throw new Error(`« ${name} » never took « ${value} »`);
}

/** A checkbox: Tab to it, Space. */
async function tick(page, name, value) {
  await tabTo(
    page,
    (x) => x.type === 'checkbox' && x.name === name && x.value === value,
    `the box « ${name} » = « ${value} »`,
  );
  await page.keyboard.press('Space');
}

/** The questionnaire's « Suivant » / « Envoyer », then the next page's heading (which takes the focus). */
async function nextPage(page, heading) {
  await tabTo(page, (x) => x.part === 'submit', '« Suivant »');
  await page.keyboard.press('Enter');
  await page.locator('cc-questionnaire #page-heading', { hasText: heading }).waitFor();
}

const { axe, watch } = pageChecks(problems, base);

const TERRITORY = 'Denain';
const QUESTION = "Qu'attendez-vous d'abord de la formation ?";
const ANSWER = 'Apprendre à lire le budget du contrat de ville';

try {
  // --- The organiser: sign in, adapt, add a question under a condition, publish.
  const staff = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(staff, 'staff page');
  await staff.goto(`${base}/equipe.html`);
  await tabTo(staff, (x) => x.id === 'token', 'the token field');
  await staff.keyboard.type('pas-un-jeton');
  await staff.keyboard.press('Enter');
  const refused = (await staff.locator('#token-error').textContent()) ?? '';
  if (!/commence par « cc_ »/.test(refused))
    problems.push(`a wrong token is not explained: ${refused}`);
  await staff.keyboard.press('Control+A');
  await staff.keyboard.type(token);
  await staff.keyboard.press('Enter');
  const editor = staff.locator('cc-questionnaire-editor');
  await editor.locator('[data-action="adapt"]').waitFor({ timeout: 15000 });
  if ((await staff.locator('html').innerHTML()).includes(token))
    problems.push('the token is written in the page');
  await axe(staff, 'staff page, the shared questionnaire');

  await tabTo(
    staff,
    (x) => x.action === 'adapt',
    '« Adapter ce questionnaire pour mon territoire »',
  );
  await staff.keyboard.press('Enter');
  await tabTo(staff, (x) => x.id === 'territory', 'the territory field');
  await staff.keyboard.type(TERRITORY);
  await staff.keyboard.press('Enter');
  await editor.locator('.based-on').waitFor({ timeout: 15000 });
  const forkId = new URL(staff.url()).searchParams.get('questionnaire');
  const editing = await editor.evaluate((el) => el.questionnaireId);
  if (!forkId || forkId === 'besoins-formation' || forkId !== editing)
    problems.push(`the address names « ${forkId} » while the editor edits « ${editing} »`);
  steps.push(
    `adapted for ${TERRITORY}: a new questionnaire (${forkId}), recording the template and its version`,
  );

  // A text question at the end of the first page, shown only to members of less than 6 months.
  await tabTo(staff, (x) => x.id === 'p-vous-add', 'the first page’s « Ajouter… » list');
  await staff.keyboard.press('Home'); // the first type: a short text
  await tabTo(staff, (x) => x.tag === 'button' && x.text === 'Ajouter', '« Ajouter »');
  await staff.keyboard.press('Enter');
  const label = await tabTo(staff, (x) => /^e-.+-label$/.test(x.id), 'the new question’s label');
  const newId = label.id.slice(2, -'-label'.length);
  await staff.keyboard.press('Control+A');
  await staff.keyboard.type(QUESTION);
  await tabTo(
    staff,
    (x) => x.tag === 'button' && x.text === 'Afficher seulement si…',
    'the condition',
  );
  await staff.keyboard.press('Enter');
  await tabTo(staff, (x) => x.id === `e-${newId}-rule-0-question`, 'the condition’s question');
  await staff.keyboard.press('Home'); // « Depuis combien de temps êtes-vous membre… »
  await tabTo(staff, (x) => x.id === `e-${newId}-rule-0-value`, 'the condition’s answer');
  await staff.keyboard.press('Home'); // « Moins de 6 mois »
  const sentence = (await editor.locator(`#i-${newId} .flags`).textContent())
    ?.replace(/\s+/g, ' ')
    .trim();
  if (
    sentence !==
    'Afficher si « Depuis combien de temps êtes-vous membre du conseil citoyen ? » est « Moins de 6 mois »'
  )
    problems.push(`the condition reads « ${sentence} »`);
  await editor.getByText(/Enregistré à /).waitFor({ timeout: 15000 });
  await axe(staff, 'staff page, a question with its condition');

  await tabTo(staff, (x) => x.action === 'publish', '« Publier »');
  await staff.keyboard.press('Enter');
  await tabTo(staff, (x) => x.id === 'note', 'the change note');
  await staff.keyboard.type(`Première version pour ${TERRITORY}`);
  await tabTo(
    staff,
    (x) => x.tag === 'button' && x.text === 'Publier maintenant',
    '« Publier maintenant »',
  );
  await staff.keyboard.press('Enter');
  await editor.getByText(/Version \d+ publiée\./).waitFor({ timeout: 15000 });
  const published = await (await fetch(`${base}/api/v1/questionnaires/${forkId}`)).json();
  const added = published.pages?.[0]?.items?.find((i) => i.id === newId);
  if (published.versionStatus !== 'published' || added?.label !== QUESTION)
    problems.push(
      `the public reads version ${published.version} (${published.versionStatus}) without the new question`,
    );
  steps.push(
    `added « ${QUESTION} » under a condition and published version ${published.version} with its note`,
  );

  // --- A resident answers the published version, by keyboard.
  const resident = await browser.newPage({ viewport: { width: 390, height: 800 } });
  watch(resident, 'resident');
  await resident.goto(`${base}/exemples/questionnaire.html?questionnaire=${forkId}`);
  const q = resident.locator('cc-questionnaire');
  await q.locator('#page-heading').waitFor({ timeout: 15000 });
  if (await q.locator(`[name="${newId}"]`).count())
    problems.push('the conditional question shows before its condition holds');
  await chooseRadio(resident, 'anciennete', 'moins-6-mois');
  await tabTo(resident, (x) => x.name === newId, 'the conditional question, now shown');
  await resident.keyboard.type(ANSWER);
  await chooseRadio(resident, 'college', 'habitant');
  await nextPage(resident, 'Ce que vous savez déjà');
  await chooseRadio(resident, 'connaissance-contrat', '2');
  await chooseRadio(resident, 'aise-parole', '4');
  await chooseRadio(resident, 'deja-forme', 'no');
  // Half-way, the resident keeps a link to come back and has it sent to their mailbox.
  await tabTo(
    resident,
    (x) => x.tag === 'button' && x.text === 'Enregistrer et reprendre plus tard',
    '« Enregistrer et reprendre plus tard »',
  );
  await resident.keyboard.press('Enter');
  await tabTo(resident, (x) => x.name === 'resume-email', '« Recevoir ce lien par e-mail »');
  await resident.keyboard.type('habitante@example.org');
  await resident.keyboard.press('Enter');
  await q
    .locator('#saved')
    .getByText('Le lien est envoyé à habitante@example.org')
    .waitFor({ timeout: 15000 });
  await axe(resident, 'resident, the resume link sent by e-mail');
  steps.push('half-way, the resident saved the answers and had the resume link sent by e-mail');
  await nextPage(resident, 'Vos besoins de formation');
  for (const row of THEMES) await chooseRadio(resident, `interet-themes:${row}`, 'beaucoup');
  await tick(resident, 'priorites', 'animation');
  await nextPage(resident, 'Vos disponibilités');
  await tick(resident, 'creneaux', 'samedi');
  await nextPage(resident, 'Pour finir');
  await chooseRadio(resident, 'recontacter', 'no');
  await tabTo(resident, (x) => x.part === 'submit', '« Envoyer »');
  await resident.keyboard.press('Enter');
  await q.locator('#outcome', { hasText: 'Merci, vos réponses sont enregistrées' }).waitFor({
    timeout: 15000,
  });
  await axe(resident, 'resident, sent');
  steps.push(
    'a resident answered the five pages with the keyboard on a phone, the new question included',
  );

  // Four more answers through the API, so that the counts pass the threshold of 5 (below it they read « moins de 5 »,
  // and the written answers stay hidden).
  for (let i = 0; i < 4; i++) {
    const res = await fetch(`${base}/api/v1/questionnaires/${forkId}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-answer-${i}` },
      body: JSON.stringify({
        version: published.version,
        answers: {
          anciennete: 'moins-6-mois',
          [newId]: `Savoir à qui s'adresser à la mairie (${i + 1})`,
          college: 'habitant',
          'connaissance-contrat': 3,
          'aise-parole': 3,
          'deja-forme': false,
          'interet-themes': Object.fromEntries(THEMES.map((r) => [r, 'un-peu'])),
          priorites: ['projet'],
          creneaux: ['samedi'],
          recontacter: false,
        },
      }),
    });
    if (res.status !== 201) problems.push(`an API answer: ${res.status} ${await res.text()}`);
  }

  // --- The organiser sees the e-mail the resident asked for (no SMTP here: it waits in the outbox).
  await staff.bringToFront();
  await tabTo(
    staff,
    (x) => x.tag === 'button' && x.text === 'Actualiser la liste',
    '« Actualiser la liste » of the e-mails',
    900,
  );
  await staff.keyboard.press('Enter');
  const mail = staff.locator('#outbox-list li', { hasText: 'habitante@example.org' });
  await mail.waitFor({ timeout: 15000 });
  const mailed = (await mail.textContent()) ?? '';
  if (!mailed.includes('Reprendre le questionnaire') || !mailed.includes('#cc-reprendre='))
    problems.push(`the outbox shows « ${mailed.replace(/\s+/g, ' ').slice(0, 200)} »`);
  await axe(staff, 'staff page, the e-mails');
  steps.push('the organiser read that e-mail in the outbox of the staff page');

  // --- The organiser reads the results: 5 answers, the resident's own words under the new question.
  await staff.bringToFront();
  await tabTo(staff, (x) => x.tag === 'button' && x.text === 'Actualiser', '« Actualiser »', 900);
  await staff.keyboard.press('Enter');
  const results = staff.locator('cc-questionnaire-results');
  await results.getByText(ANSWER).waitFor({ timeout: 15000 });
  const total = (await results.locator('.summary, [part="summary"]').first().textContent())
    ?.replace(/\s+/g, ' ')
    .trim();
  if (!/\b5\b/.test(total ?? '')) problems.push(`the results count « ${total} »`);
  await axe(staff, 'staff page, results');
  steps.push(
    `the organiser read the results (${total}), the resident's words under the new question`,
  );
} finally {
  await browser.close();
  server.stop();
}

console.log(
  `The questionnaire end to end, keyboard only, against cc-server:\n${steps.map((s) => `  ${s}`).join('\n')}`,
);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  ✘ ${p}`).join('\n')}`);
  process.exit(1);
}

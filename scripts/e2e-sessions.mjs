#!/usr/bin/env node
// The organiser's sessions, end to end against cc-server (SQLite, the demo data, the staff page): with the token
// created by `cc-server token create`, the organiser creates a Masterclass session by keyboard, a resident registers for
// it through the public API, the organiser sees her in its registrations, then cancels the session with a reason — and
// the e-mail that tells her, with that reason, waits in the outbox; and on a session whose seats are split by collège,
// the public form asks the collège. Run with `npm run build` first; `npm test` runs it.
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium.mjs';
import { startWithOrganiser } from './reference-server.mjs';
import { pageChecks } from './page-checks.mjs';

const server = await startWithOrganiser('Service politique de la ville');
const { base, token, api } = server;

const problems = [];
const steps = [];
const browser = await chromium.launch(CHROMIUM);
const { axe, openAs } = pageChecks(problems, base);
const TITLE = 'Masterclass : le logement (essai de bout en bout)';

try {
  const page = await openAs(browser, 'organiser', `${base}/equipe.html?seances`);
  await page.locator('#token').fill(token);
  await page.keyboard.press('Enter');
  const admin = page.locator('cc-session-admin');
  await admin.locator('caption').waitFor({ timeout: 15000 });
  await axe(page, 'the sessions, organiser');
  steps.push(
    `the organiser opened the sessions: « ${await admin.locator('caption').innerText()} »`,
  );

  // A new session, typed as an organiser would (Tab from field to field is the browser's; the values are typed).
  await admin.getByRole('button', { name: 'Nouvelle séance' }).press('Enter');
  const dialog = admin.getByRole('dialog', { name: 'Nouvelle séance' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Créer la séance' }).press('Enter');
  const summary = dialog.locator('#error-summary');
  await summary.waitFor();
  const said = await summary.innerText();
  if (!said.includes('« Titre » est obligatoire.'))
    problems.push(`an empty session was not refused by name: « ${said} »`);
  await axe(page, 'the session form with its errors');
  const field = (label) => dialog.getByRole('textbox', { name: label, exact: true });
  await field('Titre (obligatoire)').fill(TITLE);
  // <input type="datetime-local"> has no textbox role: reached by its label's control.
  await dialog.locator('[name="start"]').fill('2027-01-12T18:00');
  await dialog.locator('[name="end"]').fill('2027-01-12T20:30');
  await dialog.getByRole('spinbutton', { name: 'Nombre de places (obligatoire)' }).fill('20');
  await field('Nom du lieu (obligatoire)').fill('Maison des associations');
  await field('Adresse (obligatoire)').fill('5 rue de Paris');
  await field('Commune (obligatoire)').fill('Valenciennes');
  await dialog.getByRole('button', { name: 'Créer la séance' }).press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  const listed = (await api('GET', '/sessions?limit=500')).items.find((s) => s.title === TITLE);
  if (!listed) throw new Error('the new session is not in the API');
  if (
    listed.start !== '2027-01-12T17:00:00.000Z' &&
    !listed.start.startsWith('2027-01-12T18:00:00+01')
  )
    problems.push(`the session starts at ${listed.start}, not 18:00 in Paris`);
  steps.push(`created « ${TITLE} » (${listed.start}, ${listed.capacity} places)`);

  // A resident registers through the public API (as the public form does).
  const reg = await fetch(`${base}/api/v1/sessions/${listed.id}/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-${Date.now()}` },
    body: JSON.stringify({ firstName: 'Amina', lastName: 'Diallo', email: 'amina@example.org' }),
  });
  if (reg.status !== 201) problems.push(`the resident's registration answered ${reg.status}`);

  // Her registration, in the session's list.
  await page.reload();
  await page.locator('#token').fill(token);
  await page.keyboard.press('Enter');
  await admin.locator('caption').waitFor({ timeout: 15000 });
  await admin.getByRole('button', { name: `Inscriptions « ${TITLE} »` }).click();
  const row = admin.getByRole('row', { name: /Diallo Amina/ });
  await row.waitFor();
  steps.push(`its registrations show « ${(await row.innerText()).replace(/\s+/g, ' ').trim()} »`);
  await axe(page, "a session's registrations");
  await admin.getByLabel('Présence de Diallo Amina').selectOption('present');
  await admin.locator('.counts', { hasText: '1 présent·e(s)' }).waitFor();
  const marked = (await api('GET', `/sessions/${listed.id}/registrations`)).items[0];
  if (marked.attendance !== 'present') problems.push(`her attendance is ${marked.attendance}`);
  else steps.push('the organiser ticked her present');
  await admin.getByRole('button', { name: /Toutes les séances/ }).click();

  // Cancelled with a reason: she is told by e-mail, with that reason.
  await admin.getByRole('button', { name: `Annuler la séance « ${TITLE} »` }).click();
  const cancel = admin.getByRole('dialog');
  await cancel.getByLabel('Motif de l’annulation').fill('La salle est fermée pour travaux.');
  await cancel.getByRole('button', { name: 'Annuler la séance' }).click();
  await cancel.waitFor({ state: 'hidden' });
  const after = await api('GET', `/sessions/${listed.id}`);
  if (after.status !== 'cancelled') problems.push(`the session is ${after.status}, not cancelled`);
  const mails = (await api('GET', '/outbox?limit=100')).items.filter(
    (m) => m.to === 'amina@example.org' && m.kind === 'session_cancelled',
  );
  if (mails.length !== 1 || !mails[0].text.includes('La salle est fermée pour travaux.'))
    problems.push(`the cancellation e-mail with its reason is not in the outbox (${mails.length})`);
  else
    steps.push(
      `cancelled: « ${mails[0].subject} » waits in the outbox for the resident, with the reason`,
    );

  // Seats split by collège (the demo's housing Masterclass, 10 + 10): the public form asks the collège, required.
  const resident = await openAs(browser, 'resident', `${base}/?cc-session=masterclass-logement`);
  const form = resident.locator('cc-registration-form');
  const college = form.getByRole('group', { name: /^Collège/ });
  await college.waitFor({ timeout: 15000 });
  const offered = await college
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((r) => r.labels[0].textContent.trim()));
  if (!offered[0]?.startsWith('Habitant·e — 10 places restantes'))
    problems.push(`the collège is offered as « ${offered.join(' | ')} »`);
  await form.getByRole('textbox', { name: 'Prénom (obligatoire)' }).fill('Karim');
  await form.getByRole('textbox', { name: 'Nom (obligatoire)', exact: true }).fill('Benali');
  await form
    .getByRole('textbox', { name: 'Adresse e-mail (obligatoire)' })
    .fill('karim@example.org');
  await form.getByRole('button', { name: "Je m'inscris" }).click();
  const refused = await form.locator('#error-summary').innerText({ timeout: 15000 });
  if (!refused.includes('« Collège » est obligatoire.'))
    problems.push(`a registration without collège was not refused by name: « ${refused} »`);
  await axe(resident, 'the public form asking the collège');
  await college.getByRole('radio', { name: /^Habitant·e/ }).check();
  await form.getByRole('button', { name: "Je m'inscris" }).click();
  await form
    .locator('#outcome', { hasText: 'Votre inscription est confirmée' })
    .waitFor({ timeout: 15000 });
  const split = await api('GET', '/sessions/masterclass-logement');
  const residents = split.quotaSeats?.find((g) => g.key === 'habitant');
  if (residents?.confirmed !== 1 || residents.seatsLeft !== 9)
    problems.push(`the residents' seats read ${JSON.stringify(residents)}`);
  else
    steps.push(
      `a resident chose « ${offered[0]} » and got a seat: residents ${residents.confirmed} / ${residents.seats}, local actors ${split.quotaSeats[1].confirmed} / ${split.quotaSeats[1].seats}`,
    );
} finally {
  await browser.close();
  server.stop();
}

console.log(
  `The organiser's sessions end to end against cc-server:\n${steps.map((s) => `  ${s}`).join('\n')}`,
);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  ✘ ${p}`).join('\n')}`);
  process.exit(1);
}

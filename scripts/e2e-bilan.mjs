#!/usr/bin/env node
// The year-end meeting, end to end against cc-server (SQLite, the demo data, the staff page): the cheffe de projet
// (an organiser's token) and the council (the bilan's edit link) fill the same bilan from two browsers at once. Each
// sets their own side's level of the same item at the same moment: both are kept. Then both set the same item's
// status differently: the second sees both versions, keeps theirs, and the server holds it. Run with `npm run build`
// first; `npm test` runs it.
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium.mjs';
import { startWithOrganiser } from './reference-server.mjs';
import { pageChecks } from './page-checks.mjs';

const server = await startWithOrganiser('Cheffe de projet');
const { base, token, api } = server;

const problems = [];
const steps = [];
const browser = await chromium.launch(CHROMIUM);
const { axe, openAs } = pageChecks(problems, base);
const BILAN = 'bilan-moulins-2026';

try {
  const secret = await server.editLink('bilans', BILAN, 'Bureau du conseil citoyen des Moulins');

  // Two people, two browsers: no shared storage, as in a real meeting.
  const open = (who, url) => openAs(browser, who, url, 1000);
  const chef = await open('organiser', `${base}/equipe.html?bilan=${BILAN}`);
  await chef.locator('#token').fill(token);
  await chef.keyboard.press('Enter');
  const council = await open(
    'council member',
    `${base}/equipe.html?bilan=${BILAN}#cc-edit=${secret}`,
  );
  for (const page of [chef, council])
    await page.locator('cc-bilan-checklist #item-dc-communication').waitFor({ timeout: 15000 });
  await axe(chef, 'the bilan, organiser');
  steps.push('the organiser (token) and the council (edit link) opened the same bilan');

  // The same item, each their own side, at the same moment.
  const radio = (page, item, side, level) =>
    page.locator(`cc-bilan-checklist input[name="${item}--${side}"][value="${level}"]`);
  const savedText = (page) =>
    page.locator('cc-bilan-checklist [part="status"]', {
      hasText: /Toutes les modifications sont enregistrées|même temps/,
    });
  await Promise.all([
    radio(chef, 'dc-communication', 'institutions', 'co_construit').check(),
    radio(council, 'dc-communication', 'conseil', 'concerte').check(),
  ]);
  await Promise.all([savedText(chef).waitFor(), savedText(council).waitFor()]);
  const both = (await api('GET', `/bilans/${BILAN}`)).items['dc-communication'];
  if (both.levels?.conseil !== 'concerte' || both.levels?.institutions !== 'co_construit')
    problems.push(`the two sides' levels were not both kept: ${JSON.stringify(both.levels)}`);
  steps.push(
    `both sides set the same item at once: kept together (${both.levels.conseil} / ${both.levels.institutions}, revision ${both.rev})`,
  );

  // The same field, differently: the second to save chooses.
  const status = (page, value) =>
    page.locator(
      `cc-bilan-checklist input[name="ep-evaluation-contrat--status"][value="${value}"]`,
    );
  await status(chef, 'en_cours').check();
  await savedText(chef).waitFor();
  await status(council, 'fait').check();
  const conflict = council.locator('cc-bilan-checklist #item-ep-evaluation-contrat .conflict');
  await conflict.waitFor({ timeout: 15000 });
  const shown = (await conflict.textContent()).replace(/\s+/g, ' ');
  if (!/Cheffe de projet a modifié ce point/.test(shown) || !/En cours/.test(shown))
    problems.push(`the conflict does not show the other version and its author: ${shown}`);
  await axe(council, 'the bilan, a conflict shown');
  await conflict.getByRole('button', { name: 'Garder ma version' }).click();
  await conflict.waitFor({ state: 'detached' });
  await savedText(council).waitFor();
  const kept = (await api('GET', `/bilans/${BILAN}`)).items['ep-evaluation-contrat'];
  if (kept.status !== 'fait' || kept.answeredBy !== 'Bureau du conseil citoyen des Moulins')
    problems.push(`the council's choice was not saved under its name: ${JSON.stringify(kept)}`);
  steps.push(
    `the same field changed by both: shown side by side, the council kept « ${kept.status} »`,
  );

  // A piece of evidence sent by the council through its edit link, with its progress (XMLHttpRequest), stored by the
  // server, listed in the item, and the same bytes back for the organiser.
  const item = council.locator('cc-bilan-checklist #item-dc-communication');
  await item.getByRole('button', { name: 'Pièces justificatives' }).click();
  const pdf = Buffer.from('%PDF-1.4\n% compte rendu de la réunion de bilan\n%%EOF\n', 'latin1');
  await item
    .getByLabel('Joindre un fichier')
    .setInputFiles({ name: 'compte-rendu.pdf', mimeType: 'application/pdf', buffer: pdf });
  await item.locator('[data-download]').waitFor({ timeout: 15000 });
  await axe(council, 'an item with its evidence');
  for (let i = 0; i < 50; i++) {
    const listed = (await api('GET', `/bilans/${BILAN}`)).items['dc-communication']?.evidence;
    if (listed?.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const [piece] = (await api('GET', `/bilans/${BILAN}`)).items['dc-communication'].evidence ?? [];
  const back = piece
    ? await fetch(`${base}/api/v1/bilans/${BILAN}/evidence/${piece.fileId}`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    : undefined;
  const bytes = back ? Buffer.from(await back.arrayBuffer()) : Buffer.alloc(0);
  if (!piece || !bytes.equals(pdf))
    problems.push(`the evidence file did not come back as sent: ${JSON.stringify(piece)}`);
  else
    steps.push(
      `the council attached « ${piece.name} » (${piece.size} bytes) through its link; the organiser downloads the same bytes`,
    );

  const versions = await api('GET', `/bilans/${BILAN}/versions`);
  steps.push(`${versions.total} versions in the history, each item saved alone`);
} finally {
  await browser.close();
  server.stop();
}

// A 412 is how the server says « someone saved this item first »: the browser logs each such answer, which is the
// point of this test, not a problem. Any other console error still is.
const expected412 =
  /console error Failed to load resource: the server responded with a status of 412/;
problems.splice(0, problems.length, ...problems.filter((p) => !expected412.test(p)));

console.log(
  `The bilan meeting end to end, two browsers against cc-server:\n${steps.map((s) => `  ${s}`).join('\n')}`,
);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  ✘ ${p}`).join('\n')}`);
  process.exit(1);
}

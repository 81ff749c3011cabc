#!/usr/bin/env node
/* global document */
// A charte written and adopted end to end against cc-server (SQLite, the demo data, the staff page), with the
// keyboard: a council member (the charte's edit link) adds an article of the council's own; the organiser (a token)
// sees it, submits the draft to the members (a member comments through the consultation's link on a phone), closes
// the consultation, records the adoption in the dialog; the adopted version is what anyone reads from the API, frozen with its
// text; the council member, still on the older draft, types on and is shown both versions, nothing lost. Run with
// `npm run build` first; `npm test` runs it.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium.mjs';
import { startWithOrganiser } from './reference-server.mjs';
import { pageChecks } from './page-checks.mjs';

const server = await startWithOrganiser('Service participation de Valenciennes');
const { base, token, api } = server;

const problems = [];
const steps = [];
const browser = await chromium.launch(CHROMIUM);
const { axe, openAs } = pageChecks(problems, base);
const CHARTE = 'charte-locale-valenciennes';
const builder = 'cc-charte-builder';

try {
  const secret = await server.editLink('chartes', CHARTE, 'Conseil citoyen de Dutemple');
  const open = (who, url) => openAs(browser, who, url);
  const status = (page, text) =>
    page.locator(`${builder} [part="status"]`, { hasText: text }).waitFor({ timeout: 15000 });

  // The council member, through the edit link: the last step, then an article of the council's own, keyboard only.
  const council = await open(
    'council member',
    `${base}/equipe.html?charte=${CHARTE}#cc-edit=${secret}`,
  );
  await council.locator(`${builder} [part="steps"]`).waitFor({ timeout: 15000 });
  await axe(council, 'the builder, first step');
  await council.locator(`${builder} [data-step="articles"]`).focus();
  await council.keyboard.press('Enter');
  const focused = await council.evaluate(
    () => document.querySelector('cc-charte-builder').shadowRoot.activeElement?.id,
  );
  if (focused !== 'step-title')
    problems.push(`the step's title did not take the focus: ${focused}`);
  await council.locator(`${builder} #f-own-new-section`).focus();
  await council.keyboard.press('End'); // the last part: « Révision de la charte »
  await council.keyboard.press('Tab');
  await council.keyboard.type('Un forum annuel des instances');
  await council.keyboard.press('Tab');
  await council.keyboard.type(
    'Chaque année, les instances de {{commune}} se retrouvent en forum ouvert aux habitants.',
  );
  await council.keyboard.press('Tab');
  await council.keyboard.press('Enter');
  await council.locator(`${builder} [data-own="propre-un-forum-annuel-des-instances"]`).waitFor();
  await status(council, /Enregistré à/);
  const saved = await api('GET', `/chartes/${CHARTE}`);
  const own = saved.own?.find((o) => o.id === 'propre-un-forum-annuel-des-instances');
  if (!own || saved.updatedBy !== 'Conseil citoyen de Dutemple')
    problems.push(
      `the council's article was not saved under its name: ${JSON.stringify(saved.own)}`,
    );
  await axe(council, 'the builder, articles');
  steps.push(
    `the council (edit link) added « ${own?.title} » in « ${own?.section} » with the keyboard: version ${saved.version}`,
  );

  // The council puts its article first in its part (↑, Enter), then downloads the draft as ODT: the file comes through
  // the API with the edit link in a header, and holds the article in its new place.
  const ownArticle = `${builder} [data-article="propre-un-forum-annuel-des-instances"]`;
  await council.locator(`${ownArticle} [data-move="-1"]`).focus();
  await council.keyboard.press('Enter');
  await council
    .locator(`${ownArticle} [data-move="-1"][aria-disabled="true"]`)
    .waitFor({ timeout: 15000 });
  await council.locator(`${builder} [data-download="odt"]`).focus();
  const [download] = await Promise.all([
    council.waitForEvent('download', { timeout: 15000 }),
    council.keyboard.press('Enter'),
  ]);
  const odt = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const content = strFromU8(odt['content.xml'] ?? new Uint8Array());
  const reordered = await api('GET', `/chartes/${CHARTE}`);
  const part = content.indexOf('Un forum annuel des instances');
  if (!download.suggestedFilename().endsWith(`-v${reordered.version}.odt`) || part < 0)
    problems.push(
      `the draft's ODT is not the saved text: ${download.suggestedFilename()}, version ${reordered.version}`,
    );
  if (!reordered.articleOrder?.includes('propre-un-forum-annuel-des-instances'))
    problems.push(`the new order was not saved: ${JSON.stringify(reordered.articleOrder)}`);
  steps.push(
    `the council moved its article up with the keyboard and downloaded the draft: ${download.suggestedFilename()} holds it`,
  );

  // The organiser: the same charte, the council's article in the preview, the adoption recorded in the dialog.
  const organiser = await open('organiser', `${base}/equipe.html?charte=${CHARTE}`);
  await organiser.locator('#token').fill(token);
  await organiser.keyboard.press('Enter');
  const preview = organiser.locator(`${builder} cc-charte`);
  await preview.locator('text=Un forum annuel des instances').waitFor({ timeout: 15000 });

  // The organiser submits the draft to the members until a date; a member opens the link on a phone and comments an
  // article with the keyboard; the organiser reads it under that article, then closes the consultation: the link
  // no longer opens anything, the comment stays with the version.
  await organiser.locator(`${builder} [data-action="consult"]`).focus();
  await organiser.keyboard.press('Enter');
  await organiser.locator(`${builder} dialog[open] form.consultation-form`).waitFor();
  await axe(organiser, 'the consultation dialog');
  await organiser.locator(`${builder} #f-consultation-message`).focus();
  await organiser.keyboard.type('Vos remarques avant la plénière.');
  await organiser.keyboard.press('Tab');
  await organiser.keyboard.press('Enter'); // « Ouvrir la consultation »
  const linkField = organiser.locator(`${builder} #consultation-link`);
  await linkField.waitFor({ timeout: 15000 });
  const consultationUrl = await linkField.inputValue();
  if (!consultationUrl.startsWith(`${base}/exemples/consultation.html?charte=${CHARTE}#cc-edit=`))
    problems.push(`the consultation link does not open the members' page: ${consultationUrl}`);
  await axe(organiser, 'the builder, consultation open');

  const member = await open('member', consultationUrl, 390);
  const page = 'cc-charte-consultation';
  const firstComment = member.locator(`${page} cc-charte [data-comment]`).first();
  await firstComment.waitFor({ timeout: 15000 });
  await axe(member, 'the consultation page, on a phone');
  await firstComment.focus();
  await member.keyboard.press('Enter');
  await member.locator(`${page} dialog[open]`).waitFor();
  await member.locator(`${page} #f-comment-author`).focus();
  await member.keyboard.type('Awa');
  await member.keyboard.press('Tab');
  await member.keyboard.type('Merci de citer le contrat de ville.');
  await member.keyboard.press('Tab');
  await member.keyboard.press('Enter'); // « Envoyer le commentaire »
  await member.locator(`${page} cc-charte .comment`).first().waitFor({ timeout: 15000 });
  await axe(member, 'the consultation page, a comment sent');

  await organiser.locator(`${builder} [data-action="refresh-comments"]`).focus();
  await organiser.keyboard.press('Enter');
  const received = organiser.locator(`${builder} [part="consultation"] .comment`, {
    hasText: 'Merci de citer le contrat de ville.',
  });
  await received.waitFor({ timeout: 15000 });
  await organiser.locator(`${builder} [data-action="close-consultation"]`).focus();
  await organiser.keyboard.press('Enter');
  await organiser
    .locator(`${builder} [part="consultation"]`, { hasText: /est close depuis/ })
    .waitFor({ timeout: 15000 });
  const kept = await api('GET', `/chartes/${CHARTE}/consultation`);
  const comments = await api('GET', `/chartes/${CHARTE}/versions/${kept.version}/comments`);
  if (kept.open || comments.total !== 1 || comments.items[0]?.author !== 'Awa')
    problems.push(`the closed consultation lost its comment: ${JSON.stringify(comments)}`);
  await member.reload();
  const gone = member.locator(`${page} [part="error"], ${page} .cc-alert`).first();
  await gone.waitFor({ timeout: 15000 });
  steps.push(
    `the organiser submitted version ${kept.version} to the members; a member commented article 1 on a phone, keyboard only; once closed, the comment stays and the link says « ${(await gone.textContent()).replace(/\s+/g, ' ').trim()} »`,
  );

  await organiser.locator(`${builder} [data-action="adopt"]`).focus();
  await organiser.keyboard.press('Enter');
  await organiser.locator(`${builder} dialog[open] form.adoption`).waitFor();
  await axe(organiser, 'the adoption dialog');
  await organiser.locator(`${builder} #f-adoption-date`).fill('2026-11-26');
  await organiser.locator(`${builder} #f-adoption-body`).focus();
  await organiser.keyboard.press('Control+A');
  await organiser.keyboard.type('Conseil municipal de Valenciennes');
  await organiser.locator(`${builder} #f-adoption-signatories`).focus();
  await organiser.keyboard.type('La maire de Valenciennes');
  await organiser.keyboard.press('Tab');
  await organiser.keyboard.press('Enter'); // « Adopter cette version »
  await organiser.locator(`${builder} .adopted-note`).waitFor({ timeout: 15000 });
  const published = await api('GET', `/chartes/${CHARTE}`, undefined, false);
  const frozen = (published.adoptedText?.sections ?? []).flatMap((s) => s.articles);
  if (
    published.versionStatus !== 'adopted' ||
    published.adoption?.body !== 'Conseil municipal de Valenciennes' ||
    !frozen.some((a) => a.own && /instances de Valenciennes se retrouvent/.test(a.text))
  )
    problems.push(`the adopted version is not what was adopted: ${JSON.stringify(published)}`);
  await axe(organiser, 'the builder, adopted');
  steps.push(
    `the organiser adopted version ${published.version} by consensus (${published.adoption?.body}): ${frozen.length} articles frozen, the council's own among them`,
  );

  // The council member, still on the draft, types on: both versions are shown, nothing is lost.
  await council.locator(`${builder} #f-own-body-propre-un-forum-annuel-des-instances`).focus();
  await council.keyboard.press('End');
  await council.keyboard.type(' Il fait le bilan de l’année.');
  const conflict = council.locator(`${builder} .conflict`);
  await conflict.waitFor({ timeout: 15000 });
  const shown = (await conflict.textContent()).replace(/\s+/g, ' ');
  if (!/Service participation de Valenciennes a enregistré la version/.test(shown))
    problems.push(`the conflict does not name who saved first: ${shown}`);
  await axe(council, 'the builder, a conflict shown');
  await conflict.getByRole('button', { name: 'Prendre leur version' }).click();
  await council.locator(`${builder} .adopted-note`).waitFor({ timeout: 15000 });
  const after = await api('GET', `/chartes/${CHARTE}`);
  if (after.version !== published.version)
    problems.push(`taking their version saved something: version ${after.version}`);
  steps.push(
    'the council, on the older draft, was shown both versions and took the adopted one: nothing overwritten',
  );
} finally {
  await browser.close();
  server.stop();
}

// A 412 is how the server says « someone saved first »: the browser logs it, which is the point of the last step.
const expected412 =
  /console error Failed to load resource: the server responded with a status of 412/;
// So is the 401 of the consultation's link once the consultation is closed.
const expected401 =
  /^member: console error Failed to load resource: the server responded with a status of 401/;
problems.splice(
  0,
  problems.length,
  ...problems.filter((p) => !expected412.test(p) && !expected401.test(p)),
);

console.log(
  `A charte written and adopted end to end against cc-server:\n${steps.map((s) => `  ${s}`).join('\n')}`,
);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  ✘ ${p}`).join('\n')}`);
  process.exit(1);
}

/* global document, window, getComputedStyle, PerformanceObserver */
// The reference page (docs/index.html: one <script type="module">, no build step) against the real cc-server on
// SQLite with the demo data, in Chromium: a resident finds a session in the calendar, registers through the form,
// then cancels with the link received. Checks axe (0 violations), page errors and requests leaving the machine.
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium.mjs';
import { startReferenceServer } from './reference-server.mjs';
import { pageChecks } from './page-checks.mjs';
import { TRAINING_NEEDS } from '../packages/schemas/dist/examples/training-needs.js';

// With its request log on: the log is searched for the personal data typed below (there must be none).

/** The rows of the seed questionnaire's matrix (« Quel est votre intérêt pour chacun de ces thèmes ? »). */
const THEMES = TRAINING_NEEDS.pages
  .flatMap((p) => p.items)
  .find((i) => i.id === 'interet-themes')
  .rows.map((r) => r.value);
const server = await startReferenceServer();
const { base } = server;

const problems = [];
const steps = [];

/** « Télécharger » under a published document: each file the server writes, fetched (name, status, size). */
async function downloads(page, tag, expected) {
  const files = await page
    .locator(`${tag} .downloads a`)
    .evaluateAll((as) => as.map((a) => a.href));
  if (files.length !== expected)
    problems.push(`${tag}: ${files.length} files to download, not ${expected}`);
  const got = [];
  for (const href of files) {
    const res = await fetch(href);
    got.push(`${href.split('/').pop()} ${res.status} ${(await res.arrayBuffer()).byteLength} B`);
    if (res.status !== 200) problems.push(`${tag}: ${href} answered ${res.status}`);
  }
  return got;
}
const browser = await chromium.launch(CHROMIUM);
const api = async (path) => (await fetch(`${base}/api/v1${path}`)).json();
const { axe, watch } = pageChecks(problems, base);

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(page, 'desktop');
  const scripts = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script')
      scripts.push({ url: r.url(), encoding: (await r.allHeaders())['content-encoding'] });
  });
  await page.goto(`${base}/`);
  const calendar = page.locator('cc-session-calendar');
  await calendar.locator('section.calendar[aria-busy="false"]').waitFor({ timeout: 15000 });
  // In its 3fr column of a 1280 px page the calendar is narrow by its own width: an agenda of what is coming.
  const agendaTitle = (await calendar.locator('#month-heading').textContent()).trim();
  if (agendaTitle !== 'Prochaines séances')
    problems.push(`the calendar should open on “Prochaines séances”, not “${agendaTitle}”`);
  const plain = scripts.filter((x) => x.encoding !== 'br');
  if (!scripts.length || plain.length)
    problems.push(`scripts not sent with brotli: ${plain.map((x) => x.url).join(', ')}`);
  steps.push(
    `its JavaScript came compressed (brotli): ${scripts.map((x) => x.url.replace(base, '')).join(', ')}`,
  );
  const first = calendar.locator('[part="session"]').first();
  const sessionId = await first.getAttribute('data-session');
  const upcoming = (
    await api(`/sessions?from=${encodeURIComponent(new Date().toISOString())}&limit=1`)
  ).items[0];
  if (sessionId !== upcoming?.id)
    problems.push(`the first card should be the next session (${upcoming?.id}), not ${sessionId}`);
  steps.push(
    `the calendar opened on what is coming: “${agendaTitle}”, first the next session (${sessionId})`,
  );
  await axe(page, 'desktop, agenda');
  await first.getByRole('button', { name: /^Voir le détail/ }).click();
  const dialog = calendar.locator('dialog[open]');
  await dialog.waitFor();
  const title = (await dialog.locator('#dialog-title').textContent()).trim();
  if (
    !(
      await dialog.getByRole('link', { name: 'Ajouter à mon agenda' }).getAttribute('href')
    ).endsWith(`/api/v1/sessions/${sessionId}.ics`)
  )
    problems.push('the dialog does not link the API’s .ics');
  await page.keyboard.press('Escape');
  await dialog
    .waitFor({ state: 'detached' })
    .catch(() => calendar.locator('dialog:not([open])').waitFor());
  const before = await api(`/sessions/${sessionId}`);
  await first.getByRole('button', { name: /^S'inscrire/ }).click();
  steps.push(
    `details of “${title}” in the dialog (with the API's .ics), then « S'inscrire » straight from its card`,
  );

  const form = page.locator('cc-registration-form');
  await form.locator(`#heading:has-text("${title}")`).waitFor();
  const focused = await page.evaluate(
    () => document.querySelector('cc-registration-form').shadowRoot.activeElement?.id,
  );
  if (focused !== 'heading')
    problems.push(`the form heading should have the focus, not ${focused}`);
  await form.locator('form').waitFor();
  await form.locator('button[part="submit"]').click();
  await form.locator('#error-summary').waitFor();
  steps.push('an empty submit showed the error summary');
  await form.locator('input[name="firstName"]').fill('Amina');
  await form.locator('input[name="lastName"]').fill('Diallo');
  await form.locator('input[name="email"]').fill('amina.diallo@example.org');
  await form.locator('#f-college').check();
  await form.locator('button[part="submit"]').click();
  await form
    .locator('#outcome:has-text("Votre inscription est confirmée")')
    .waitFor({ timeout: 15000 });
  const after = await api(`/sessions/${sessionId}`);
  if (after.confirmed !== before.confirmed + 1)
    problems.push(`confirmed went from ${before.confirmed} to ${after.confirmed}`);
  steps.push(
    `registered: “Votre inscription est confirmée”, the server counts ${after.confirmed} confirmed`,
  );
  await axe(page, 'desktop, confirmed');

  const cancelHref = await form
    .getByRole('link', { name: 'Annuler mon inscription' })
    .getAttribute('href');
  await page.goto(cancelHref);
  const cancelForm = page.locator('cc-registration-form');
  await cancelForm.getByRole('button', { name: 'Annuler mon inscription' }).click();
  await cancelForm.getByRole('button', { name: 'Oui, annuler mon inscription' }).click();
  await cancelForm.locator('#outcome:has-text("Votre inscription est annulée")').waitFor();
  const cancelled = await api(`/sessions/${sessionId}`);
  if (cancelled.confirmed !== before.confirmed)
    problems.push(`after cancelling, confirmed is ${cancelled.confirmed}`);
  steps.push('the cancellation link cancelled it in two clicks; the seat is free again');
  await axe(page, 'desktop, cancelled');
  const cookies = await page.context().cookies();
  if (cookies.length) problems.push(`cookies set: ${cookies.map((c) => c.name).join(', ')}`);
  steps.push(
    `0 cookies; ${
      server
        .log()
        .split('\n')
        .filter((l) => l.includes('/api/')).length
    } request log lines, none with the e-mail or the name typed`,
  );
  for (const secret of ['amina.diallo@example.org', 'Diallo', 'amina'])
    if (server.log().toLowerCase().includes(secret.toLowerCase()))
      problems.push(`the server log holds “${secret}”`);
  await page.close();

  // The questionnaire: a resident answers two pages, saves, reopens the personal link on another device, finishes.
  const device = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(device, 'questionnaire');
  await device.goto(`${base}/`);
  const questionnaire = device.locator('cc-questionnaire');
  const choose = (page, name, value) =>
    page.locator(`cc-questionnaire input[name="${name}"][value="${value}"]`).check();
  const next = (page) => page.locator('cc-questionnaire button[part="submit"]').click();
  await choose(device, 'anciennete', 'moins-6-mois');
  await choose(device, 'college', 'habitant');
  await next(device);
  await questionnaire.locator('#page-heading', { hasText: 'Ce que vous savez déjà' }).waitFor();
  await choose(device, 'connaissance-contrat', '2');
  await questionnaire.getByRole('button', { name: 'Enregistrer et reprendre plus tard' }).click();
  const resumeUrl = await questionnaire.locator('#resume-url').inputValue({ timeout: 15000 });
  if (!/#cc-reprendre=[\w-]+\.[\w-]{32,}$/.test(resumeUrl))
    problems.push(`questionnaire: the resume link is ${resumeUrl}`);
  await axe(device, 'questionnaire, saved');
  await device.close();
  const other = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const phoneTab = await other.newPage();
  watch(phoneTab, 'questionnaire resumed');
  await phoneTab.goto(resumeUrl);
  const resumed = phoneTab.locator('cc-questionnaire');
  await resumed.getByText('Vous reprenez vos réponses enregistrées.').waitFor({ timeout: 15000 });
  if (!(await resumed.locator('input[name="connaissance-contrat"][value="2"]').isChecked()))
    problems.push('questionnaire: the resumed answers are not back');
  await choose(phoneTab, 'aise-parole', '3');
  await choose(phoneTab, 'deja-forme', 'no');
  await next(phoneTab);
  for (const row of THEMES) await choose(phoneTab, `interet-themes:${row}`, 'un-peu');
  await choose(phoneTab, 'priorites', 'animation');
  await axe(phoneTab, 'questionnaire, matrix on a phone');
  await next(phoneTab);
  await choose(phoneTab, 'creneaux', 'samedi');
  await next(phoneTab);
  await choose(phoneTab, 'recontacter', 'no');
  await next(phoneTab);
  await resumed
    .locator('#outcome', { hasText: 'Merci, vos réponses sont enregistrées' })
    .waitFor({ timeout: 15000 });
  await axe(phoneTab, 'questionnaire, sent');
  const drafts = await (
    await fetch(`${base}/api/v1/questionnaire-drafts`, {
      headers: { 'CC-Resume-Token': resumeUrl.split('#cc-reprendre=')[1] },
    })
  ).status;
  if (drafts !== 404)
    problems.push(`questionnaire: the draft is still there after sending (${drafts})`);
  steps.push(
    'the questionnaire: two pages answered, saved; the personal link reopened the answers on a phone, which finished and sent them (the draft is gone)',
  );
  await other.close();

  // A page with only the calendar: the autoloader fetches the calendar's chunk and the shared runtime, no byte of the
  // form; the hashed chunks are cached for a year.
  const alone = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(alone, 'calendar only');
  const fetched = [];
  alone.on('response', async (r) => {
    if (r.request().resourceType() === 'script')
      fetched.push({ path: new URL(r.url()).pathname, headers: await r.allHeaders() });
  });
  await alone.goto(`${base}/exemples/agenda-seul.html`);
  await alone
    .locator('cc-session-calendar section.calendar[aria-busy="false"]')
    .waitFor({ timeout: 15000 });
  const paths = fetched.map((f) => f.path);
  if (!paths.some((p) => /\/chunks\/cc-session-calendar-/.test(p)))
    problems.push(`calendar only: no calendar chunk in ${paths.join(', ')}`);
  const extra = paths.filter((p) => /registration|questionnaire|elements\.js/.test(p));
  if (extra.length) problems.push(`calendar only: fetched ${extra.join(', ')}`);
  const uncached = fetched.filter(
    (f) => f.path.includes('/chunks/') && !/immutable/.test(f.headers['cache-control'] ?? ''),
  );
  if (uncached.length)
    problems.push(`chunks without a long cache: ${uncached.map((f) => f.path).join(', ')}`);
  if (fetched.some((f) => f.headers['content-encoding'] !== 'br'))
    problems.push('calendar only: a script came uncompressed');
  const bytes = fetched.reduce((n, f) => n + Number(f.headers['content-length'] ?? 0), 0);
  steps.push(
    `a page with only the calendar fetched ${fetched.length} scripts (${(bytes / 1024).toFixed(1)} KB brotli), none of the form: ${paths.join(', ')}`,
  );
  await axe(alone, 'calendar only');
  await alone.close();

  // The charte adopted by the Moulins council, on a page of its own: its chunk and the runtime, numbered articles.
  const charte = await browser.newPage({ viewport: { width: 390, height: 800 } });
  watch(charte, 'charte');
  const charteScripts = [];
  charte.on('request', (r) => {
    if (r.resourceType() === 'script') charteScripts.push(new URL(r.url()).pathname);
  });
  await charte.goto(`${base}/exemples/charte.html`);
  const articles = charte.locator('cc-charte [part="article"]');
  await articles.first().waitFor({ timeout: 15000 });
  const firstArticle = (
    await charte.locator('cc-charte .article-title').first().textContent()
  )?.trim();
  if (firstArticle !== 'Article 1 — Préambule')
    problems.push(`charte: the first article reads ${firstArticle}`);
  const others = charteScripts.filter((p) =>
    /calendar|registration|questionnaire|elements\.js/.test(p),
  );
  if (others.length) problems.push(`charte: fetched ${others.join(', ')}`);
  // « Télécharger » : the adopted version as the server writes it.
  const got = await downloads(charte, 'cc-charte', 3);
  steps.push(
    `the Moulins charte: ${await articles.count()} numbered articles, ${charteScripts.length} scripts fetched; downloads ${got.join(', ')}`,
  );
  await axe(charte, 'charte');
  await charte.close();

  // The Moulins council's adopted bilan, published: its chunk and the runtime, a table per heading, the figures.
  const report = await browser.newPage({ viewport: { width: 390, height: 800 } });
  watch(report, 'bilan report');
  const reportScripts = [];
  report.on('request', (r) => {
    if (r.resourceType() === 'script') reportScripts.push(new URL(r.url()).pathname);
  });
  await report.goto(`${base}/exemples/bilan.html`);
  const tables = report.locator('cc-bilan-report [part="section"] table');
  await tables.first().waitFor({ timeout: 15000 });
  const reportTitle = (await report.locator('cc-bilan-report #heading').textContent())?.trim();
  if (reportTitle !== 'Rapport annuel de co-construction 2025 — Conseil citoyen des Moulins')
    problems.push(`bilan report: the title reads ${reportTitle}`);
  if ((await tables.count()) !== 6) problems.push(`bilan report: ${await tables.count()} tables`);
  if (!(await report.locator('cc-bilan-report [part="indicators"]').count()))
    problems.push('bilan report: the figures as adopted are missing');
  const elsewhere = reportScripts.filter((p) =>
    /calendar|registration|questionnaire|checklist|elements\.js/.test(p),
  );
  if (elsewhere.length) problems.push(`bilan report: fetched ${elsewhere.join(', ')}`);
  const reportFiles = await downloads(report, 'cc-bilan-report', 4);
  steps.push(
    `the Moulins bilan 2025 published: 6 headings as tables, the figures as adopted, ${reportScripts.length} scripts fetched; downloads ${reportFiles.join(', ')}`,
  );
  await axe(report, 'bilan report');
  await report.close();

  // Any CMS page, however it is styled: what old Bootstrap and CMS themes do to text, on the calendar-only page.
  const hostileContext = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  const hostile = await hostileContext.newPage();
  watch(hostile, 'hostile theme');
  await hostile.goto(`${base}/exemples/agenda-seul.html`);
  await hostile.addStyleTag({
    content: `html { font-size: 62.5% } body { text-transform: uppercase; letter-spacing: .1em; line-height: 1 }
      cc-session-calendar { font-size: 9px }`,
  });
  await hostile.locator('cc-session-calendar [part="session"]').first().waitFor({ timeout: 15000 });
  const text = await hostile.evaluate(() => {
    const root = document.querySelector('cc-session-calendar').shadowRoot;
    return ['dd', '.title', 'button', '.cc-availability'].map((selector) => {
      const s = getComputedStyle(root.querySelector(`[part="session"] ${selector}`));
      return {
        selector,
        size: parseFloat(s.fontSize),
        transform: s.textTransform,
        spacing: s.letterSpacing,
        lineHeight: parseFloat(s.lineHeight),
      };
    });
  });
  for (const t of text) {
    const floor = t.selector === '.cc-availability' ? 14 : 16;
    if (
      t.size < floor ||
      t.transform !== 'none' ||
      t.spacing !== 'normal' ||
      t.lineHeight < t.size * 1.4
    )
      problems.push(
        `hostile theme: ${t.selector} at ${t.size} px, ${t.transform}, letter-spacing ${t.spacing}, line-height ${t.lineHeight}`,
      );
  }
  await hostile.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/cc-hostile-theme.png` });
  steps.push(
    `in a hostile CMS theme (62.5 % root, uppercase spaced body, 9 px on the element) the card text reads ${text.map((t) => `${t.selector} ${t.size} px`).join(', ')}, no capitals, no spacing`,
  );
  await axe(hostile, 'hostile theme');
  await hostileContext.close();

  // First paint without a jump: cumulative layout shift while the page loads, on a desktop and on a phone.
  for (const [width, height] of [
    [1280, 900],
    [390, 800],
  ]) {
    const loading = await browser.newPage({ viewport: { width, height } });
    watch(loading, `layout shift ${width} px`);
    await loading.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await loading.goto(`${base}/`);
    await loading
      .locator('cc-session-calendar section.calendar[aria-busy="false"]')
      .waitFor({ timeout: 15000 });
    await loading.waitForTimeout(800);
    const cls = await loading.evaluate(() => window.__cls);
    if (cls > 0.02) problems.push(`layout shift at ${width} px: CLS ${cls.toFixed(3)} (> 0.02)`);
    steps.push(
      `loading the reference page at ${width} px: cumulative layout shift ${cls.toFixed(3)} (≤ 0.02)`,
    );
    await loading.close();
  }

  const phone = await browser.newPage({
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  watch(phone, 'phone');
  await phone.goto(`${base}/`);
  await phone
    .locator('cc-session-calendar section.calendar[aria-busy="false"]')
    .waitFor({ timeout: 15000 });
  if (await phone.locator('cc-session-calendar [role="grid"]').count())
    problems.push('phone: the month grid should give way to the list');
  steps.push('on a 375 px phone the calendar shows the list');
  await axe(phone, 'phone');
  await phone.close();

  // WCAG 1.4.10 / 1.4.4 (RGAA 10.11, 10.4): 320 CSS px wide with text at 200 %, nothing scrolls sideways.
  const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
  watch(narrow, '320 px, 200 %');
  await narrow.goto(`${base}/?cc-session=masterclass-emploi`);
  await narrow.evaluate(() =>
    document.documentElement.style.setProperty('font-size', '200%', 'important'),
  );
  await narrow
    .locator('cc-session-calendar section.calendar[aria-busy="false"]')
    .waitFor({ timeout: 15000 });
  await narrow.locator('cc-registration-form form').waitFor({ timeout: 15000 });
  await narrow.locator('cc-questionnaire form').waitFor({ timeout: 15000 });
  const overflow = await narrow.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) problems.push(`320 px, 200 %: the page scrolls sideways by ${overflow} px`);
  steps.push(
    `at 320 px with text at 200 %, calendar, form and questionnaire open: horizontal overflow ${overflow} px`,
  );
  await narrow.close();
} catch (e) {
  problems.push(`failed: ${e.message.split('\n')[0]}`);
} finally {
  await browser.close();
  server.stop();
}
console.log(`Reference page with cc-server (SQLite, demo data):\n  ${steps.join('\n  ')}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

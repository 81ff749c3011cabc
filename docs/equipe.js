/* global document, location, history, URL, URLSearchParams, fetch */
// The staff page of the reference site: a credential (an organiser's token typed here, or an edit link's secret in the
// address) opens the questionnaire's editor and results. Kept out of the HTML: the page runs under a strict CSP.
const params = new URLSearchParams(location.search);
// Only a questionnaire id of the API's shape is taken from the address.
const wanted = params.get('questionnaire') ?? '';
let questionnaireId = /^[a-z0-9][a-z0-9-]{0,79}$/.test(wanted) ? wanted : 'besoins-formation';
/** `?bilan=…` or `?charte=…`: one document of the API's id shape, opened alone. */
const idParam = (name) => {
  const value = params.get(name) ?? '';
  return /^[a-z0-9][a-z0-9-]{0,79}$/.test(value) ? value : undefined;
};
const bilanId = idParam('bilan');
const charteId = idParam('charte');
/** `?seances`: the organiser's sessions and registrations (a token only: an edit link gives no access to them). */
const sessionsWanted = params.has('seances');

const provider = document.getElementById('provider');
const form = document.getElementById('sign-in');
const error = document.getElementById('token-error');

/** Where residents answer this questionnaire (the reference page's own example page). */
function showResidentLink() {
  const p = document.getElementById('resident-link');
  const a = Object.assign(document.createElement('a'), {
    href: `/exemples/questionnaire.html?questionnaire=${encodeURIComponent(questionnaireId)}`,
    textContent: 'Ouvrir le questionnaire comme un habitant',
  });
  p.replaceChildren(a, ` (identifiant « ${questionnaireId} »).`);
}

/** `?bilan=…`: the year-end review alone, for the organiser or for the council through the bilan's edit link. */
function openBilan() {
  form.hidden = true;
  provider.append(document.getElementById('bilan').content.cloneNode(true));
  const checklist = provider.querySelector('cc-bilan-checklist');
  checklist.setAttribute('bilan-id', bilanId);
  // « Préparer le bilan 2027 » opens next year's bilan in place: the address follows, so a reload keeps it.
  checklist.addEventListener('cc-bilan-next-year', (e) => {
    const url = new URL(location.href);
    url.searchParams.set('bilan', e.detail.id);
    history.replaceState(null, '', url);
  });
  document.getElementById('bilan-title').focus();
}

/** `?charte=…`: the charte builder alone, for the organiser or for the council through the charte's edit link. */
function openCharte() {
  form.hidden = true;
  provider.append(document.getElementById('charte').content.cloneNode(true));
  const builder = provider.querySelector('cc-charte-builder');
  builder.setAttribute('charte-id', charteId);
  // The members' link to a consultation opens the example page that holds <cc-charte-consultation>.
  const page = new URL('/exemples/consultation.html', location.href);
  page.searchParams.set('charte', charteId);
  builder.setAttribute('consultation-page', page.href);
  document.getElementById('charte-title').focus();
}

/** `?seances`: every session, created, changed, duplicated or cancelled here, and who registered. */
function openSessions() {
  form.hidden = true;
  provider.append(document.getElementById('sessions').content.cloneNode(true));
  document.getElementById('sessions-title').focus();
}

function openStaffArea() {
  if (sessionsWanted) return openSessions();
  if (bilanId) return openBilan();
  if (charteId) return openCharte();
  form.hidden = true;
  const template = document.getElementById('staff');
  provider.append(template.content.cloneNode(true));
  const editor = provider.querySelector('cc-questionnaire-editor');
  const results = provider.querySelector('cc-questionnaire-results');
  editor.setAttribute('questionnaire-id', questionnaireId);
  results.setAttribute('questionnaire-id', questionnaireId);
  // « Adapter ce questionnaire pour mon territoire » makes a new questionnaire: the results and the address follow it.
  editor.addEventListener('cc-questionnaire-editor-fork', (e) => {
    questionnaireId = e.detail.id;
    results.setAttribute('questionnaire-id', questionnaireId);
    const url = new URL(location.href);
    url.searchParams.set('questionnaire', questionnaireId);
    history.replaceState(null, '', url);
    showResidentLink();
  });
  // A publication changes what residents answer: the results read again.
  editor.addEventListener('cc-questionnaire-editor-publish', () => void results.refresh?.());
  showResidentLink();
  document.getElementById('editor-title').focus();
}

const STATUS = { pending: 'En attente', sent: 'Envoyé', failed: 'Échec' };
const when = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/** One e-mail: to whom, what, where it stands; its text behind « Lire ». */
function outboxItem(m) {
  const li = document.createElement('li');
  const title = Object.assign(document.createElement('h3'), { textContent: m.subject });
  const facts = document.createElement('p');
  const state =
    m.status === 'failed'
      ? `${STATUS.failed} après ${m.attempts} tentative(s) : ${m.lastError ?? 'raison inconnue'}`
      : STATUS[m.status];
  facts.textContent = `À ${m.to} · ${when.format(new Date(m.createdAt))} · ${state}`;
  const details = document.createElement('details');
  details.append(
    Object.assign(document.createElement('summary'), { textContent: 'Lire le message' }),
    Object.assign(document.createElement('pre'), { textContent: m.text }),
  );
  li.append(title, facts, details);
  if (m.attachments.length)
    details.append(
      Object.assign(document.createElement('p'), {
        textContent: `Pièce(s) jointe(s) : ${m.attachments.join(', ')}`,
      }),
    );
  return li;
}

/** The outbox, read with the organiser's token: what was sent, and without SMTP what would have been. */
async function showOutbox(token) {
  const state = document.getElementById('outbox-state');
  const list = document.getElementById('outbox-list');
  state.textContent = 'Chargement des e-mails…';
  try {
    const res = await fetch('/api/v1/outbox?limit=50', {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(String(res.status));
    const page = await res.json();
    list.replaceChildren(...page.items.map(outboxItem));
    const count = page.total === 0 ? 'Aucun e-mail pour le moment.' : `${page.total} e-mail(s).`;
    state.textContent = page.sending
      ? count
      : `${count} Aucun serveur d'envoi n'est configuré (--smtp-url) : voici les e-mails qui auraient été envoyés.`;
  } catch {
    state.textContent =
      'Les e-mails ne peuvent pas être lus pour le moment. Réessayez avec « Actualiser la liste ».';
  }
}

function openOutbox(token) {
  provider.after(document.getElementById('outbox').content.cloneNode(true));
  document.getElementById('outbox-refresh').addEventListener('click', () => void showOutbox(token));
  void showOutbox(token);
}

if (location.hash.startsWith('#cc-edit=')) {
  // The elements read the edit link's secret from the address themselves.
  openStaffArea();
} else {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const token = form.elements.token.value.trim();
    if (!/^cc_[\w-]{20,}$/.test(token)) {
      error.textContent =
        "Jeton d'organisateur : collez le jeton entier, qui commence par « cc_ ».";
      error.hidden = false;
      form.elements.token.setAttribute('aria-invalid', 'true');
      form.elements.token.focus();
      return;
    }
    provider.auth = token; // a JS property: the token never goes into the page's HTML
    form.elements.token.value = '';
    openStaffArea();
    openOutbox(token);
  });
}

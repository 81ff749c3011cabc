// Answers to questionnaires: checked against the exact published version they answer (questionnaire-rules.ts, the
// rules the element applies), stored whole or not at all, deletable by their secret; and the drafts of « Enregistrer
// et reprendre plus tard », kept under a hashed secret until they expire.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  answerIssues,
  answerMessage,
  definitionIssues,
  definitionMessage,
  answerWordingEn,
  answerWordingFr,
  definitionWordingEn,
  definitionWordingFr,
  forkIssues,
  questionnaireDiff,
  type ForkRequest,
  type TemplateChanges,
  type FieldError,
  type Invitation,
  type InvitationsCreated,
  type Locale,
  type QuestionnaireDraft,
  type QuestionnaireDraftCreated,
  type QuestionnaireDraftInput,
  type QuestionnaireInput,
  type QuestionnaireReceipt,
  type QuestionnaireResponseInput,
  type ResumeLinkMailRequest,
  type ResponseConfirmed,
  CONFIRM_FRAGMENT,
} from '@conseils-citoyens/schemas';
import type { Db, Queryable } from './db.js';
import { HttpProblem } from './problem.js';
import { createDocument, readDocument, versionRow } from './documents.js';
import { idempotent, sha256, type Stored } from './idempotency.js';
import { enqueue } from './mail/outbox.js';
import { confirmMail, resumeMail } from './mail/messages.js';
import { DEFAULT_MAIL, trustedLink, type MailSettings, type Writer } from './mail/settings.js';

const ANSWER_WORDING = { fr: answerWordingFr, en: answerWordingEn };
const DEFINITION_WORDING = { fr: definitionWordingFr, en: definitionWordingEn };
/** How long a saved draft can be resumed. */
export const DRAFT_DAYS = 30;

/** The definition of a published version, or 409 when the version is not (or no longer) one that can be answered. */
async function publishedDefinition(q: Queryable, questionnaireId: string, version: number) {
  // Nothing published yet is, for a resident, no questionnaire at all.
  const head = await q.get<{ published_version: number | null }>(
    'SELECT published_version FROM documents WHERE kind = ? AND id = ?',
    ['questionnaires', questionnaireId],
  );
  if (!head?.published_version) throw new HttpProblem(404, 'not_found');
  const row = await versionRow(q, 'questionnaires', questionnaireId, version);
  if (!row || row.status !== 'published') throw new HttpProblem(409, 'version_conflict');
  return JSON.parse(row.data) as QuestionnaireInput;
}

/** A definition that does not hold together cannot be published: each problem named where it is. */
export function definitionProblem(data: unknown, locale: Locale): HttpProblem | undefined {
  const def = data as QuestionnaireInput;
  const issues = definitionIssues(def);
  if (!issues.length) return undefined;
  return new HttpProblem(422, 'validation', {
    errors: issues.map((i) => ({
      field: i.at,
      code: i.code,
      message: definitionMessage(def, i, DEFINITION_WORDING[locale]),
    })),
  });
}

function answersProblem(
  def: QuestionnaireInput,
  body: Pick<QuestionnaireResponseInput, 'answers' | 'others'>,
  locale: Locale,
): HttpProblem | undefined {
  const issues = answerIssues(def, body.answers, body.others);
  if (!issues.length) return undefined;
  const errors: FieldError[] = issues.map((i) => ({
    field: `answers.${i.question}`,
    code: i.code,
    message: answerMessage(def, i, ANSWER_WORDING[locale]),
  }));
  return new HttpProblem(422, 'validation', { errors });
}

/** `draftId.secret` from the resume link → the draft's id and secret. */
export function parseResumeToken(token: string | undefined): { id: string; secret: string } {
  const [id, secret] = (token ?? '').split('.');
  if (!id || !secret) throw new HttpProblem(404, 'not_found');
  return { id, secret };
}

/**
 * Stores one answer to a published version, once per Idempotency-Key; a paper answer is typed in by an organiser.
 * The draft it completes, if any (its resume token), is deleted in the same transaction.
 */
export async function submitResponse(
  db: Db,
  questionnaireId: string,
  body: QuestionnaireResponseInput,
  o: {
    key?: string;
    locale: Locale;
    resumeToken?: string;
    invitation?: string;
    staff?: boolean;
    mail?: MailSettings;
  },
): Promise<Stored> {
  const { key, locale, resumeToken } = o;
  return idempotent(db, `response:${questionnaireId}`, key, body, async (q, now) => {
    const def = await publishedDefinition(q, questionnaireId, body.version);
    const problem = answersProblem(def, body, locale);
    if (problem) throw problem;
    if (def.responses === 'email' && !o.staff) {
      const receipt = await holdForConfirmation(
        q,
        questionnaireId,
        def,
        body,
        locale,
        o.mail ?? DEFAULT_MAIL,
        now,
      );
      await deleteDraftOf(q, resumeToken);
      return { status: 201, body: receipt };
    }
    // One answer per invited person (staff typing in a paper one need no link).
    const invitation =
      def.responses === 'invitation' && !o.staff
        ? await useInvitation(q, questionnaireId, o.invitation)
        : undefined;
    const deleteToken = randomBytes(24).toString('base64url');
    const receipt: QuestionnaireReceipt = {
      id: randomUUID(),
      questionnaireId,
      version: body.version,
      submittedAt: now,
      deleteToken,
    };
    await q.run(
      'INSERT INTO questionnaire_responses (id, questionnaire_id, version, answers, others, paper, delete_hash, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [
        receipt.id,
        questionnaireId,
        body.version,
        JSON.stringify(body.answers),
        JSON.stringify(body.others ?? {}),
        body.paper ? 1 : 0,
        sha256(deleteToken),
        now,
      ],
    );
    if (invitation)
      await q.run(
        'UPDATE questionnaire_invitations SET used_at = ?, response_id = ? WHERE id = ?',
        [now, receipt.id, invitation],
      );
    await deleteDraftOf(q, resumeToken);
    return { status: 201, body: receipt };
  });
}

/** The draft an answer completes is deleted with it. */
async function deleteDraftOf(q: Queryable, resumeToken: string | undefined): Promise<void> {
  if (!resumeToken) return;
  const { id, secret } = parseResumeToken(resumeToken);
  await q.run('DELETE FROM questionnaire_drafts WHERE id = ? AND secret_hash = ?', [
    id,
    sha256(secret),
  ]);
}

/** How long an answer waits for its confirmation before it is erased. */
export const CONFIRM_DAYS = 7;

const CONFIRM_WORDING = {
  fr: {
    email:
      '« Adresse e-mail » : obligatoire, pour confirmer votre réponse (une seule réponse par personne).',
    page: "« Adresse de la page » : ce site n'est pas déclaré auprès du serveur (--public-url ou --cors-origin).",
  },
  en: {
    email: '“E-mail address”: required to confirm your answer (one answer per person).',
    page: '“Page address”: this site is not declared to the server (--public-url or --cors-origin).',
  },
};

/** Hash of an address for one questionnaire: enough to refuse a second answer, useless to find the person elsewhere. */
const personHash = (questionnaireId: string, email: string) =>
  sha256(`${questionnaireId}:${email.trim().toLowerCase()}`);

/**
 * `responses: "email"`: the answer waits, unconfirmed and uncounted, for the link mailed to the address; an address
 * whose answer is already confirmed is told so at once.
 */
async function holdForConfirmation(
  q: Queryable,
  questionnaireId: string,
  def: QuestionnaireInput,
  body: QuestionnaireResponseInput,
  locale: Locale,
  mail: MailSettings,
  now: string,
): Promise<QuestionnaireReceipt> {
  const words = CONFIRM_WORDING[locale];
  const page = trustedLink(body.pageUrl, mail);
  const missing = !body.email
    ? { field: 'email', code: 'required', message: words.email }
    : !page
      ? { field: 'pageUrl', code: 'site_not_allowed', message: words.page }
      : undefined;
  if (missing) throw new HttpProblem(422, 'validation', { errors: [missing] });
  const person = personHash(questionnaireId, body.email!);
  const counted = await q.get(
    'SELECT id FROM questionnaire_responses WHERE questionnaire_id = ? AND person_hash = ?',
    [questionnaireId, person],
  );
  if (counted) throw new HttpProblem(409, 'already_answered');
  const id = randomUUID();
  const deleteToken = randomBytes(24).toString('base64url');
  const confirmToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.parse(now) + CONFIRM_DAYS * 86_400_000).toISOString();
  await q.run(
    'INSERT INTO questionnaire_pending_responses (id, questionnaire_id, version, answers, others, delete_hash, confirm_hash, person_hash, submitted_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      id,
      questionnaireId,
      body.version,
      JSON.stringify(body.answers),
      JSON.stringify(body.others ?? {}),
      sha256(deleteToken),
      sha256(confirmToken),
      person,
      now,
      expiresAt,
    ],
  );
  const url = new URL(page!);
  url.hash = `${CONFIRM_FRAGMENT}=${id}.${confirmToken}`;
  await enqueue(q, {
    kind: 'questionnaire_confirm',
    to: body.email!,
    locale,
    about: id,
    mail: confirmMail({ title: def.title, confirmUrl: url.href, expiresAt }, locale, mail),
  });
  return {
    id,
    questionnaireId,
    version: body.version,
    submittedAt: now,
    deleteToken,
    confirmationSentTo: body.email!,
  };
}

interface PendingRow {
  id: string;
  questionnaire_id: string;
  version: number | string;
  answers: string;
  others: string | null;
  delete_hash: string;
  confirm_hash: string;
  person_hash: string;
  submitted_at: string;
  expires_at: string;
}

/**
 * The mailed link confirms the answer: it moves to the counted answers, unless another answer with the same address
 * was confirmed first. Confirming twice is harmless.
 */
export async function confirmResponse(
  db: Db,
  id: string,
  token: string,
  now = new Date(),
): Promise<ResponseConfirmed> {
  // A refusal erases the waiting answer: the transaction commits, then the 409 is thrown.
  const confirmed = await db.tx(async (q): Promise<ResponseConfirmed | 'already_answered'> => {
    const row = await q.get<PendingRow>(
      `SELECT * FROM questionnaire_pending_responses WHERE id = ?${db.forUpdate}`,
      [id],
    );
    if (!row) {
      const done = await q.get<{
        questionnaire_id: string;
        version: number | string;
        submitted_at: string;
      }>(
        'SELECT questionnaire_id, version, submitted_at FROM questionnaire_responses WHERE id = ? AND person_hash IS NOT NULL',
        [id],
      );
      if (!done) throw new HttpProblem(404, 'not_found');
      return {
        id,
        questionnaireId: done.questionnaire_id,
        version: Number(done.version),
        confirmedAt: done.submitted_at,
      };
    }
    if (row.confirm_hash !== sha256(token) || row.expires_at <= now.toISOString())
      throw new HttpProblem(404, 'not_found');
    const other = await q.get(
      'SELECT id FROM questionnaire_responses WHERE questionnaire_id = ? AND person_hash = ?',
      [row.questionnaire_id, row.person_hash],
    );
    await q.run('DELETE FROM questionnaire_pending_responses WHERE id = ?', [id]);
    if (other) return 'already_answered';
    await q.run(
      'INSERT INTO questionnaire_responses (id, questionnaire_id, version, answers, others, paper, delete_hash, submitted_at, person_hash) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)',
      [
        id,
        row.questionnaire_id,
        row.version,
        row.answers,
        row.others,
        row.delete_hash,
        row.submitted_at,
        row.person_hash,
      ],
    );
    return {
      id,
      questionnaireId: row.questionnaire_id,
      version: Number(row.version),
      confirmedAt: row.submitted_at,
    };
  });
  if (confirmed === 'already_answered') throw new HttpProblem(409, 'already_answered');
  return confirmed;
}

/** The resident withdraws their answer with the secret they were given. */
export async function deleteResponse(db: Db, id: string, token: string): Promise<void> {
  const n = await db.run('DELETE FROM questionnaire_responses WHERE id = ? AND delete_hash = ?', [
    id,
    sha256(token),
  ]);
  if (!n) throw new HttpProblem(404, 'not_found');
}

interface DraftRow {
  id: string;
  questionnaire_id: string;
  version: number | string;
  data: string;
  secret_hash: string;
  saved_at: string;
  expires_at: string;
}

const servedDraft = (r: DraftRow): QuestionnaireDraft => ({
  id: r.id,
  questionnaireId: r.questionnaire_id,
  version: Number(r.version),
  ...(JSON.parse(r.data) as Omit<QuestionnaireDraftInput, 'version'>),
  savedAt: r.saved_at,
  expiresAt: r.expires_at,
});

const expiry = (now: Date) => new Date(now.getTime() + DRAFT_DAYS * 86_400_000).toISOString();
const draftData = ({ answers, others, pageId }: QuestionnaireDraftInput) =>
  JSON.stringify({ answers, ...(others ? { others } : {}), ...(pageId ? { pageId } : {}) });

/**
 * Keeps the answers so far against a published version (not checked: a draft may be half-done or wrong, and nothing
 * typed is lost); the secret is shown once, only its hash is kept.
 */
export async function createDraft(
  db: Db,
  questionnaireId: string,
  body: QuestionnaireDraftInput,
  now = new Date(),
): Promise<QuestionnaireDraftCreated> {
  return db.tx(async (q) => {
    await publishedDefinition(q, questionnaireId, body.version);
    const secret = randomBytes(24).toString('base64url');
    const row: DraftRow = {
      id: randomUUID(),
      questionnaire_id: questionnaireId,
      version: body.version,
      data: draftData(body),
      secret_hash: sha256(secret),
      saved_at: now.toISOString(),
      expires_at: expiry(now),
    };
    await q.run(
      'INSERT INTO questionnaire_drafts (id, questionnaire_id, version, data, secret_hash, saved_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [
        row.id,
        questionnaireId,
        row.version,
        row.data,
        row.secret_hash,
        row.saved_at,
        row.expires_at,
      ],
    );
    return { ...servedDraft(row), secret };
  });
}

/** A draft by its resume token; 404 alike when unknown, expired or the secret is wrong (nothing to guess from). */
async function draftRow(q: Queryable, token: string | undefined, now: Date): Promise<DraftRow> {
  const { id, secret } = parseResumeToken(token);
  const row = await q.get<DraftRow>('SELECT * FROM questionnaire_drafts WHERE id = ?', [id]);
  if (!row || row.secret_hash !== sha256(secret) || row.expires_at <= now.toISOString())
    throw new HttpProblem(404, 'not_found');
  return row;
}

export async function readDraft(db: Db, token: string | undefined, now = new Date()) {
  return servedDraft(await draftRow(db, token, now));
}

/** Saves again through the same link (same version: a draft stays with the version it began with). */
export async function updateDraft(
  db: Db,
  token: string | undefined,
  body: QuestionnaireDraftInput,
  now = new Date(),
): Promise<QuestionnaireDraft> {
  return db.tx(async (q) => {
    const row = await draftRow(q, token, now);
    if (Number(row.version) !== body.version) throw new HttpProblem(409, 'version_conflict');
    const saved = {
      ...row,
      data: draftData(body),
      saved_at: now.toISOString(),
      expires_at: expiry(now),
    };
    await q.run(
      'UPDATE questionnaire_drafts SET data = ?, saved_at = ?, expires_at = ? WHERE id = ?',
      [saved.data, saved.saved_at, saved.expires_at, row.id],
    );
    return servedDraft(saved);
  });
}

export async function deleteDraft(db: Db, token: string | undefined, now = new Date()) {
  const row = await draftRow(db, token, now);
  await db.run('DELETE FROM questionnaire_drafts WHERE id = ?', [row.id]);
}

/** Drafts past their expiry are removed (with the other personal data, by `cc-server purge`). */
export async function purgeDrafts(q: Queryable, now = new Date()): Promise<number> {
  await q.run('DELETE FROM questionnaire_pending_responses WHERE expires_at <= ?', [
    now.toISOString(),
  ]);
  return q.run('DELETE FROM questionnaire_drafts WHERE expires_at <= ?', [now.toISOString()]);
}

// --- invitations: one answer per person

/** The invitation of `id.secret`, unused; 401 without a valid one, 409 once it has served. */
async function useInvitation(
  q: Queryable,
  questionnaireId: string,
  token: string | undefined,
): Promise<string> {
  const [id, secret] = (token ?? '').split('.');
  const row = await q.get<{
    id: string;
    questionnaire_id: string;
    secret_hash: string;
    used_at: string | null;
  }>(
    'SELECT id, questionnaire_id, secret_hash, used_at FROM questionnaire_invitations WHERE id = ?',
    [id ?? ''],
  );
  if (
    !row ||
    !secret ||
    row.questionnaire_id !== questionnaireId ||
    row.secret_hash !== sha256(secret)
  )
    throw new HttpProblem(401, 'invitation_required');
  if (row.used_at) throw new HttpProblem(409, 'invitation_used');
  return row.id;
}

interface InvitationRow {
  id: string;
  questionnaire_id: string;
  label: string;
  created_at: string;
  used_at: string | null;
}
const servedInvitation = (r: InvitationRow): Invitation => ({
  id: r.id,
  questionnaireId: r.questionnaire_id,
  label: r.label,
  createdAt: r.created_at,
  ...(r.used_at ? { usedAt: r.used_at } : {}),
});

/** One personal link per label; the secrets are shown once, only their hashes are kept. */
export async function createInvitations(
  db: Db,
  questionnaireId: string,
  labels: string[],
): Promise<InvitationsCreated> {
  return db.tx(async (q) => {
    const head = await q.get('SELECT id FROM documents WHERE kind = ? AND id = ?', [
      'questionnaires',
      questionnaireId,
    ]);
    if (!head) throw new HttpProblem(404, 'not_found');
    const now = new Date().toISOString();
    const items = [];
    for (const label of labels) {
      const secret = randomBytes(24).toString('base64url');
      const row: InvitationRow = {
        id: randomUUID(),
        questionnaire_id: questionnaireId,
        label,
        created_at: now,
        used_at: null,
      };
      await q.run(
        'INSERT INTO questionnaire_invitations (id, questionnaire_id, label, secret_hash, created_at) VALUES (?, ?, ?, ?, ?)',
        [row.id, questionnaireId, label, sha256(secret), now],
      );
      items.push({ ...servedInvitation(row), secret });
    }
    return { items };
  });
}

export async function listInvitations(
  db: Db,
  questionnaireId: string,
  { limit, offset }: { limit: number; offset: number },
) {
  const total = await db.get<{ n: number | string }>(
    'SELECT COUNT(*) AS n FROM questionnaire_invitations WHERE questionnaire_id = ?',
    [questionnaireId],
  );
  const rows = await db.all<InvitationRow>(
    'SELECT * FROM questionnaire_invitations WHERE questionnaire_id = ? ORDER BY created_at, label LIMIT ? OFFSET ?',
    [questionnaireId, limit, offset],
  );
  return { items: rows.map(servedInvitation), total: Number(total?.n ?? 0), limit, offset };
}

// --- the shared template and a territory's fork

/** The template's version a fork was adapted from. */
async function templateAt(db: Queryable, basedOn: { id: string; version: number }) {
  const row = await versionRow(db, 'questionnaires', basedOn.id, basedOn.version);
  if (!row)
    throw new HttpProblem(422, 'validation', {
      errors: [
        {
          field: 'basedOn',
          code: 'not_found',
          message: `Le questionnaire commun « ${basedOn.id} » (version ${basedOn.version}) n'existe pas.`,
        },
      ],
    });
  return JSON.parse(row.data) as QuestionnaireInput;
}

/** A fork that drops or changes one of the template's core questions is refused, each named. */
export async function forkProblem(
  db: Queryable,
  data: unknown,
  locale: Locale,
): Promise<HttpProblem | undefined> {
  const def = data as QuestionnaireInput;
  if (!def.basedOn) return undefined;
  const template = await templateAt(db, def.basedOn);
  const issues = forkIssues(template, def);
  if (!issues.length) return undefined;
  return new HttpProblem(422, 'validation', {
    errors: issues.map((i) => ({
      field: i.at,
      code: i.code,
      message: definitionMessage(template, i, DEFINITION_WORDING[locale]),
    })),
  });
}

/** « Adapter ce questionnaire pour mon territoire »: a new questionnaire, a draft copy of the last published version. */
export async function forkQuestionnaire(
  db: Db,
  templateId: string,
  body: ForkRequest,
  author: string,
) {
  const template = (await readDocument(
    db,
    'questionnaires',
    templateId,
    false,
  )) as unknown as QuestionnaireInput & {
    version: number;
  };
  const { title, description, estimatedMinutes, responses, pages } = template;
  const fork: QuestionnaireInput = {
    title: body.title ?? title,
    ...(description ? { description } : {}),
    ...(estimatedMinutes ? { estimatedMinutes } : {}),
    ...(responses ? { responses } : {}),
    territory: body.territory,
    basedOn: { id: templateId, version: template.version },
    pages,
  };
  return createDocument(
    db,
    'questionnaires',
    randomUUID(),
    fork,
    author,
    `Adapté du questionnaire commun (version ${template.version})`,
  );
}

/** What the template published since the version a fork was adapted from (nothing when it is up to date). */
export async function templateChanges(
  db: Db,
  id: string,
  drafts: boolean,
): Promise<TemplateChanges> {
  const fork = (await readDocument(
    db,
    'questionnaires',
    id,
    drafts,
  )) as unknown as QuestionnaireInput;
  if (!fork.basedOn) throw new HttpProblem(404, 'not_found');
  const latest = (await readDocument(
    db,
    'questionnaires',
    fork.basedOn.id,
    false,
  )) as unknown as QuestionnaireInput & {
    version: number;
  };
  const before = await templateAt(db, fork.basedOn);
  return {
    templateId: fork.basedOn.id,
    fromVersion: fork.basedOn.version,
    toVersion: latest.version,
    ...questionnaireDiff(before, latest),
  };
}

/** How many times one saved draft may have its link mailed: enough for a typo, too few to pester anybody. */
export const RESUME_MAILS_PER_DRAFT = 3;

const RESUME_URL_WORDING = {
  fr: {
    site: "« Adresse de la page » : ce site n'est pas déclaré auprès du serveur (--public-url ou --cors-origin).",
    token: '« Adresse de la page » ne contient pas le lien de reprise de ces réponses.',
  },
  en: {
    site: '“Page address”: this site is not declared to the server (--public-url or --cors-origin).',
    token: '“Page address” does not hold the resume link of these answers.',
  },
};

/**
 * « Recevoir le lien par e-mail »: the resume link the page showed, mailed to the address the resident gives (kept
 * only in the outbox, never with the answers). The link must be on a site the server serves and hold this draft's
 * own token, so the city's server never mails an address of someone else's choosing.
 */
export async function mailResumeLink(
  db: Db,
  token: string | undefined,
  body: ResumeLinkMailRequest,
  writer: Writer,
  now = new Date(),
): Promise<void> {
  await db.tx(async (q) => {
    const row = await draftRow(q, token, now);
    const link = trustedLink(body.resumeUrl, writer.mail);
    const words = RESUME_URL_WORDING[writer.locale];
    const wrong = !link
      ? { code: 'site_not_allowed', message: words.site }
      : !decodeURIComponent(new URL(link).hash).includes(token ?? '')
        ? { code: 'token_mismatch', message: words.token }
        : undefined;
    if (wrong)
      throw new HttpProblem(422, 'validation', { errors: [{ field: 'resumeUrl', ...wrong }] });
    const sent = await q.get<{ n: number | string }>(
      'SELECT COUNT(*) AS n FROM outbox WHERE subject_id = ?',
      [row.id],
    );
    if (Number(sent?.n ?? 0) >= RESUME_MAILS_PER_DRAFT) throw new HttpProblem(429, 'rate_limited');
    const def = await publishedDefinition(q, row.questionnaire_id, Number(row.version));
    await enqueue(
      q,
      {
        kind: 'questionnaire_resume',
        to: body.email,
        locale: writer.locale,
        about: row.id,
        mail: resumeMail(
          { title: def.title, resumeUrl: link!, expiresAt: row.expires_at },
          writer.locale,
          writer.mail,
        ),
      },
      now,
    );
  });
}

import { XLSX_TYPE } from '@conseils-citoyens/schemas/constants.js';
import { FILE_NAME_HEADER } from '@conseils-citoyens/schemas/evidence-constants.js';
import type { Consultation } from '@conseils-citoyens/schemas';
import { ANSWERS, asProblem, shaped } from './answer-shape.js';
import { kindOf } from './client.js';
import { newIdempotencyKey, type CcApi, type CcStaffApi, type DocumentFileFormat } from './api.js';
import { ApiError } from './errors.js';
import { TRANSPORT, type Transport } from './transport.js';

const RESULTS = shaped({ questionnaireId: 'string', versions: 'array', questions: 'array' });
const TEMPLATE_CHANGES = shaped({
  templateId: 'string',
  fromVersion: 'number',
  toVersion: 'number',
  added: 'array',
  removed: 'array',
  changed: 'array',
});

const ITEM_SAVED = shaped({ item: 'string', answer: 'object', version: 'number' });
const HEADING_SAVED = shaped({ heading: 'string', notes: 'object', version: 'number' });
const CARRIED_SAVED = shaped({ item: 'string', action: 'object', version: 'number' });
const OWN_ITEM = shaped({ item: 'object', version: 'number' });
const INDICATORS = shaped({ bilanId: 'string', year: 'number', indicators: 'array' });
const CONSULTATION = shaped({ version: 'number', closesAt: 'string', open: 'boolean' });
const OPENED = shaped({ version: 'number', closesAt: 'string', link: 'object' });
const COMMENT = shaped({ id: 'string', article: 'string', body: 'string' });
const CHARTE_TEXT = shaped({ title: 'string', version: 'number', sections: 'array' });
const COMMENTS = shaped({ items: 'array', total: 'number' });
const REGISTRATIONS = shaped({ items: 'array', total: 'number' });
const EVIDENCE = shaped({ kind: 'string', fileId: 'string', name: 'string', size: 'number' });
const COMPARISON = shaped({ templateId: 'string', threshold: 'number', territories: 'array' });

const id = (value: string) => encodeURIComponent(value);

/** What each written format is served as (the start of its MIME type), to tell a file from an error page. */
const FILE_TYPES: Record<DocumentFileFormat, string> = {
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown',
  html: 'text/html',
  csv: 'text/csv',
};

/** The error of a refused upload, as the client's calls throw it. */
function refusal(status: number, text: string, titleLocale: string | undefined): ApiError {
  let problem;
  try {
    problem = asProblem(JSON.parse(text));
  } catch {
    problem = undefined;
  }
  return new ApiError(kindOf(status, problem), {
    status,
    problem,
    ...(titleLocale === 'en' || titleLocale === 'fr' ? { titleLocale } : {}),
  });
}

/**
 * An evidence file sent with XMLHttpRequest, which reports the upload's progress (fetch does not); the transport
 * lends its headers and turns a refusal into the same ApiError as any call.
 */
function uploadWith(
  t: Transport,
  path: string,
  file: File,
  o: Parameters<CcStaffApi['uploadEvidence']>[2] = {},
) {
  return t.headers(o).then(
    (headers) =>
      new Promise<unknown>((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', t.url(path));
        for (const [k, v] of Object.entries({
          ...headers,
          Accept: 'application/json',
          'Content-Type': file.type || 'application/octet-stream',
          [FILE_NAME_HEADER]: encodeURIComponent(file.name),
        }))
          xhr.setRequestHeader(k, v);
        xhr.upload.onprogress = (e) => e.lengthComputable && o.onProgress?.(e.loaded / e.total);
        xhr.onload = () => {
          if (xhr.status >= 200 && xhr.status < 300) {
            const body = JSON.parse(xhr.responseText) as unknown;
            const wrong = EVIDENCE(body);
            return wrong
              ? reject(new ApiError('invalid_response', { status: xhr.status, details: wrong }))
              : resolve(body);
          }
          reject(refusal(xhr.status, xhr.responseText, headers['Accept-Language']));
        };
        xhr.onerror = () => reject(new ApiError('network'));
        xhr.onabort = () => reject(new ApiError('aborted'));
        o.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
        xhr.send(file);
      }),
  );
}

/** The staff calls over the HTTP client's transport. */
function staffCalls(transport: Transport): Omit<CcStaffApi, keyof CcApi> {
  const { request, url } = transport;
  return {
    uploadEvidence: (bid, file, o) =>
      uploadWith(transport, `/bilans/${id(bid)}/evidence`, file, o) as ReturnType<
        CcStaffApi['uploadEvidence']
      >,
    downloadEvidence: (bid, fid, o) =>
      request({
        method: 'GET',
        path: `/bilans/${id(bid)}/evidence/${id(fid)}`,
        check: ANSWERS.none,
        file: '', // any type the server accepted
        editLink: o?.editLink,
        signal: o?.signal,
      }),
    sessionsFeedUrl: () => url('/sessions.ics'),
    createSession: (input, o) =>
      request({
        method: 'POST',
        path: '/sessions',
        body: input,
        check: ANSWERS.session,
        signal: o?.signal,
      }),
    updateSession: (sid, patch, o) =>
      request({
        method: 'PATCH',
        path: `/sessions/${id(sid)}`,
        body: patch,
        check: ANSWERS.session,
        signal: o?.signal,
      }),
    downloadRegistrations: (sid, o) =>
      request({
        method: 'GET',
        path: `/sessions/${id(sid)}/registrations.csv`,
        check: ANSWERS.none,
        file: 'text/csv',
        signal: o?.signal,
      }),
    enterRegistration: (sid, entry, o) =>
      request({
        method: 'POST',
        path: `/sessions/${id(sid)}/entries`,
        body: entry,
        check: ANSWERS.receipt,
        signal: o?.signal,
        idempotencyKey: o?.idempotencyKey ?? newIdempotencyKey(),
      }),
    cancelRegistrationFor: (rid, o) =>
      request({
        method: 'POST',
        path: `/registrations/${id(rid)}/cancel`,
        check: ANSWERS.registration,
        signal: o?.signal,
      }),
    resendConfirmation: (rid, pageUrl, o) =>
      request({
        method: 'POST',
        path: `/registrations/${id(rid)}/resend`,
        body: pageUrl ? { pageUrl } : {},
        check: ANSWERS.registration,
        signal: o?.signal,
      }),
    moveOnWaitlist: (rid, by, o) =>
      request({
        method: 'POST',
        path: `/registrations/${id(rid)}/move`,
        body: { by },
        check: ANSWERS.registration,
        signal: o?.signal,
      }),
    setAttendance: (rid, attendance, o) =>
      request({
        method: 'PUT',
        path: `/registrations/${id(rid)}/attendance`,
        body: { attendance },
        check: ANSWERS.registration,
        signal: o?.signal,
      }),
    listRegistrations: (sid, o) =>
      request({
        method: 'GET',
        path: `/sessions/${id(sid)}/registrations`,
        check: REGISTRATIONS,
        signal: o?.signal,
      }),
    getQuestionnaireResults: (qid, query = {}, o) =>
      request({
        method: 'GET',
        path: `/questionnaires/${id(qid)}/results`,
        query,
        check: RESULTS,
        editLink: o?.editLink,
        signal: o?.signal,
      }),
    forkQuestionnaire: (qid, body, o) =>
      request({
        method: 'POST',
        path: `/questionnaires/${id(qid)}/fork`,
        body,
        check: ANSWERS.document,
        editLink: o?.editLink,
        signal: o?.signal,
      }),
    downloadResponses: (qid, format, o) =>
      request({
        method: 'GET',
        path: `/questionnaires/${id(qid)}/responses.${format === 'xlsx' ? 'xlsx' : 'csv'}`,
        query: format === 'csv-comma' ? { separator: 'comma' } : undefined,
        check: ANSWERS.none,
        file: format === 'xlsx' ? XLSX_TYPE : 'text/csv',
        editLink: o?.editLink,
        signal: o?.signal,
      }),
    downloadDocumentFile: (kind, did, version, format, o) =>
      request({
        method: 'GET',
        path: `/${kind}/${id(did)}/versions/${version}.${format}`,
        check: ANSWERS.none,
        file: FILE_TYPES[format],
        editLink: o?.editLink,
        signal: o?.signal,
      }),
    getTemplateChanges: (qid, o) =>
      request({
        method: 'GET',
        path: `/questionnaires/${id(qid)}/template-changes`,
        check: TEMPLATE_CHANGES,
        editLink: o?.editLink,
        signal: o?.signal,
      }),
    compareTerritories: (tid, query = {}, o) =>
      request({
        method: 'GET',
        path: `/questionnaires/${id(tid)}/comparison`,
        query,
        check: COMPARISON,
        signal: o?.signal,
      }),
    saveDocument: (kind, did, body, o) =>
      request({
        method: 'PUT',
        path: `/${kind}/${id(did)}`,
        body: o.changeNote ? { ...body, changeNote: o.changeNote } : body,
        check: ANSWERS.document,
        ifMatch: o.ifMatch,
        editLink: o.editLink,
        signal: o.signal,
      }),
    publishDocument: (kind, did, o) =>
      request({
        method: 'POST',
        path: `/${kind}/${id(did)}/publish`,
        body: o.changeNote ? { note: o.changeNote } : {},
        check: ANSWERS.document,
        ifMatch: o.ifMatch,
        editLink: o.editLink,
        signal: o.signal,
      }),
    patchBilanItem: (bid, item, patch, o) =>
      request({
        method: 'PATCH',
        path: `/bilans/${id(bid)}/items/${id(item)}`,
        body: patch,
        check: ITEM_SAVED,
        ifMatch: o.ifMatch,
        editLink: o.editLink,
        signal: o.signal,
      }),
    patchBilanHeading: (bid, heading, patch, o) =>
      request({
        method: 'PATCH',
        path: `/bilans/${id(bid)}/headings/${heading}`,
        body: patch,
        check: HEADING_SAVED,
        ifMatch: o.ifMatch,
        editLink: o.editLink,
        signal: o.signal,
      }),
    patchBilanCarried: (bid, item, patch, o) =>
      request({
        method: 'PATCH',
        path: `/bilans/${id(bid)}/carried/${id(item)}`,
        body: patch,
        check: CARRIED_SAVED,
        ifMatch: o.ifMatch,
        editLink: o.editLink,
        signal: o.signal,
      }),
    addBilanItem: (bid, input, o) =>
      request({
        method: 'POST',
        path: `/bilans/${id(bid)}/own-items`,
        body: input,
        check: OWN_ITEM,
        editLink: o?.editLink,
        signal: o?.signal,
      }),
    removeBilanItem: (bid, item, o) =>
      request({
        method: 'DELETE',
        path: `/bilans/${id(bid)}/own-items/${id(item)}`,
        check: OWN_ITEM,
        editLink: o?.editLink,
        signal: o?.signal,
      }),
    startNextBilan: (bid, o) =>
      request({
        method: 'POST',
        path: `/bilans/${id(bid)}/next-year`,
        check: ANSWERS.document,
        signal: o?.signal,
      }),
    openConsultation: (cid, input, o) =>
      request({
        method: 'POST',
        path: `/chartes/${id(cid)}/consultation`,
        body: input,
        check: OPENED,
        ifMatch: o.ifMatch,
        editLink: o.editLink,
        signal: o.signal,
      }),
    getConsultation: async (cid, o) =>
      // 204 when the charte was never submitted to its members.
      (await request<Consultation | undefined>({
        method: 'GET',
        path: `/chartes/${id(cid)}/consultation`,
        check: (json) => (json === undefined ? undefined : CONSULTATION(json)),
        editLink: o?.editLink,
        signal: o?.signal,
      })) ?? null,
    closeConsultation: (cid, o) =>
      request({
        method: 'POST',
        path: `/chartes/${id(cid)}/consultation/close`,
        check: CONSULTATION,
        editLink: o?.editLink,
        signal: o?.signal,
      }),
    getCharteText: (cid, version, o) =>
      request({
        method: 'GET',
        path: `/chartes/${id(cid)}/versions/${version}/text`,
        check: CHARTE_TEXT,
        editLink: o?.editLink,
        signal: o?.signal,
      }),
    listComments: (cid, version, o) =>
      request({
        method: 'GET',
        path: `/chartes/${id(cid)}/versions/${version}/comments`,
        check: COMMENTS,
        editLink: o?.editLink,
        signal: o?.signal,
      }),
    addComment: (cid, version, input, o) =>
      request({
        method: 'POST',
        path: `/chartes/${id(cid)}/versions/${version}/comments`,
        body: input,
        check: COMMENT,
        editLink: o?.editLink,
        signal: o?.signal,
      }),
    getBilanIndicators: (bid, o) =>
      request({
        method: 'GET',
        path: `/bilans/${id(bid)}/indicators`,
        check: INDICATORS,
        editLink: o?.editLink,
        signal: o?.signal,
      }),
  };
}

const extended = new WeakMap<CcApi, CcStaffApi>();

/**
 * The staff side of a backend: the backend itself when it has it (the memory adapter, an adapter of one's own), else
 * the HTTP client extended with the staff calls, which live here so that no resident's page carries them.
 */
export function staffApi(api: CcApi): CcStaffApi {
  if ('getQuestionnaireResults' in api) return api as CcStaffApi;
  let staff = extended.get(api);
  if (!staff) {
    const transport = (api as { [TRANSPORT]?: Transport })[TRANSPORT];
    if (!transport)
      throw new ApiError('config', {
        details: 'this backend has no staff calls (getQuestionnaireResults, saveDocument…)',
      });
    staff = Object.assign(Object.create(api) as CcApi, staffCalls(transport));
    extended.set(api, staff);
  }
  return staff;
}

import { expect } from '@open-wc/testing';
import { PROBLEM_TITLES, type ProblemCode } from '@conseils-citoyens/schemas';
import {
  ApiError,
  coreStrings,
  createApiClient,
  editLinkFromFragment,
  editLinkUrl,
  staffApi,
} from '../src/index.js';
import { createMemoryApi, trainingNeeds } from '../src/testing/index.js';

type Call = { url: string; init: RequestInit };
const session = {
  id: 's1',
  kind: 'thematic',
  title: 'Masterclass',
  speakers: [],
  start: '2026-12-03T09:00:00+01:00',
  end: '2026-12-03T12:00:00+01:00',
  timeZone: 'Europe/Paris',
  venue: { name: 'IREV', address: '135 bd Paul Painlevé', town: 'Lille' },
  capacity: 20,
  waitingList: true,
  status: 'scheduled',
  confirmed: 0,
  waitlisted: 0,
  seatsLeft: 20,
  updatedAt: '2026-11-23T10:00:00Z',
};
const receipt = {
  id: 'r1',
  sessionId: 's1',
  status: 'confirmed',
  waitlistPosition: null,
  firstName: 'A',
  lastName: 'B',
  email: 'a@b.fr',
  createdAt: '2026-11-23T10:00:00Z',
  cancellationToken: 'x'.repeat(24),
};
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
/** A problem as cc-server writes it: its title in the language the request asked for (French here). */
const problem = (status: number, code: string, extra = {}) =>
  json(status, {
    type: 'about:blank',
    title: PROBLEM_TITLES[code as ProblemCode]?.fr ?? 'Titre',
    status,
    code,
    ...extra,
  });

/** A fake fetch answering from a script of responses (or thrown errors), recording every call. */
function fakeFetch(script: (Response | Error | 'hang')[]) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = script.shift() ?? new Error('script exhausted');
    if (next === 'hang') {
      return new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    }
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const client = (script: (Response | Error | 'hang')[], opts = {}) => {
  const f = fakeFetch(script);
  const api = createApiClient({
    baseUrl: 'https://ville.example/api/v1/',
    fetch: f.fetch,
    backoffMs: 1,
    ...opts,
  });
  // The staff calls load apart (staff-client.ts) and borrow the client's transport.
  return { api, staff: staffApi(api), calls: f.calls };
};
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('expected a failure');
};

describe('createApiClient', () => {
  it('builds URLs with the query and validates the answer', async () => {
    const { api, calls } = client([
      json(200, { items: [session], total: 1, limit: 100, offset: 0 }),
    ]);
    const list = await api.listSessions({ town: 'Lille', kind: 'thematic' });
    expect(list.items[0]?.title).to.equal('Masterclass');
    expect(calls[0]?.url).to.equal(
      'https://ville.example/api/v1/sessions?town=Lille&kind=thematic',
    );
    expect((calls[0]?.init.headers as Record<string, string>)['Accept-Language']).to.equal('fr');
  });

  it('sends the organiser token only as a bearer header', async () => {
    const { api, calls } = client([json(200, session)], { auth: 'secret' });
    await api.getSession('s1');
    expect((calls[0]?.init.headers as Record<string, string>).Authorization).to.equal(
      'Bearer secret',
    );
    expect(calls[0]?.url).not.to.contain('secret');
  });

  it('creates, changes and cancels a session, and lists its registrations, as the organiser', async () => {
    const { staff, calls } = client(
      [
        json(201, session),
        json(200, { ...session, status: 'cancelled' }),
        json(200, { items: [], total: 0 }),
        json(200, { total: 0 }),
      ],
      { auth: 'secret' },
    );
    const { id: _id, ...input } = session as unknown as Record<string, unknown>;
    await staff.createSession(input as never);
    await staff.updateSession('s/1', { status: 'cancelled', cancellationReason: 'Salle fermée' });
    await staff.listRegistrations('s1');
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).to.deep.equal([
      'POST https://ville.example/api/v1/sessions',
      'PATCH https://ville.example/api/v1/sessions/s%2F1',
      'GET https://ville.example/api/v1/sessions/s1/registrations',
    ]);
    expect(JSON.parse(calls[1]!.init.body as string)).to.deep.equal({
      status: 'cancelled',
      cancellationReason: 'Salle fermée',
    });
    expect((calls[0]?.init.headers as Record<string, string>).Authorization).to.equal(
      'Bearer secret',
    );
    // A list without its items is not a list.
    expect((await failure(staff.listRegistrations('s1'))).kind).to.equal('invalid_response');
  });

  it('takes the host site’s login as a function returning headers', async () => {
    const { api, calls } = client([json(200, session)], {
      auth: async () => ({ Authorization: 'Bearer jwt-du-site', 'X-Csrf': 'abc' }),
    });
    await api.getSession('s1');
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect([headers.Authorization, headers['X-Csrf']]).to.deep.equal(['Bearer jwt-du-site', 'abc']);
  });

  const bilan = {
    id: 'b1',
    council: 'Moulins',
    year: 2026,
    items: [],
    version: 4,
    versionStatus: 'draft',
    updatedAt: '2026-11-23T10:00:00Z',
    updatedBy: 'Bureau',
  };
  it('saves a document version with If-Match, the change note and the edit link in a header, never in the address', async () => {
    const secret = 's'.repeat(43);
    const { staff: api, calls } = client([json(200, bilan)]);
    const saved = await api.saveDocument(
      'bilans',
      'b1',
      { council: 'Moulins', year: 2026, template: { id: 'bilan-national', version: 1 } },
      { ifMatch: 3, changeNote: 'Rubrique 2 complétée', editLink: secret },
    );
    expect(saved.version).to.equal(4);
    const [call] = calls;
    const headers = call!.init.headers as Record<string, string>;
    expect([
      call!.init.method,
      call!.url,
      headers['If-Match'],
      headers['CC-Edit-Link'],
    ]).to.deep.equal(['PUT', 'https://ville.example/api/v1/bilans/b1', '"3"', secret]);
    expect(JSON.parse(call!.init.body as string)).to.deep.equal({
      council: 'Moulins',
      year: 2026,
      template: { id: 'bilan-national', version: 1 },
      changeNote: 'Rubrique 2 complétée',
    });
    expect(call!.url).not.to.contain(secret);
  });

  it('a stale save fails as a conflict carrying the current version, so nothing is lost', async () => {
    const { staff: api } = client([
      problem(412, 'version_conflict', { current: { ...bilan, council: 'Version de Karim' } }),
    ]);
    const error = await failure(
      api.saveDocument(
        'bilans',
        'b1',
        { council: 'Moulins', year: 2026, template: { id: 'bilan-national', version: 1 } },
        { ifMatch: 3 },
      ),
    );
    expect([
      error.kind,
      error.code,
      (error.problem?.current as { council: string }).council,
    ]).to.deep.equal(['conflict', 'version_conflict', 'Version de Karim']);
    expect(error.messageFor('fr')).to.equal('Le document a été modifié entre-temps.');
  });

  it('keeps the staff calls out of the resident client; staffApi() lends them its transport, once', async () => {
    const { api, staff, calls } = client([json(200, session)], { auth: 'tok' });
    expect('saveDocument' in api || 'getQuestionnaireResults' in api).to.equal(false);
    expect(staffApi(api)).to.equal(staff);
    // Resident calls go through unchanged, with the same credential.
    expect((await staff.getSession('s1')).id).to.equal(session.id);
    expect(new Headers(calls[0]!.init.headers).get('Authorization')).to.equal('Bearer tok');
    // A backend that has the staff calls (the memory adapter) is its own staff side.
    const memory = createMemoryApi();
    expect(staffApi(memory)).to.equal(memory);
    // One without them, nor a transport, is a configuration error in words.
    const bare = { ...api } as Partial<typeof api>;
    delete bare[Object.getOwnPropertySymbols(api)[0] as keyof typeof api];
    expect(() => staffApi(bare as typeof api)).to.throw(ApiError, /staff calls/);
  });

  it('an expired edit link says so in words', async () => {
    const { api } = client([problem(401, 'edit_link_expired')]);
    const error = await failure(api.getDocument('bilans', 'b1', { editLink: 'x'.repeat(43) }));
    expect([error.kind, error.messageFor('fr')]).to.deep.equal([
      'unauthorized',
      "Ce lien d'édition a expiré ; demandez-en un nouveau.",
    ]);
    // The API wrote its title in French (the client asked for French): an English page says what to do in its words.
    await coreStrings.load('en');
    expect(error.messageFor('en')).to.equal(
      'This link no longer works: ask the person who sent it for a new one.',
    );
  });

  it('reads the history and one version', async () => {
    const { api, calls } = client([
      json(200, {
        items: [
          { version: 2, status: 'adopted', author: 'Ville', createdAt: '2026-11-23T10:00:00Z' },
        ],
        total: 1,
        limit: 100,
        offset: 0,
      }),
      json(200, { ...bilan, version: 2, versionStatus: 'adopted' }),
    ]);
    expect((await api.listVersions('bilans', 'b1')).items[0]?.status).to.equal('adopted');
    expect((await api.getVersion('bilans', 'b1', 2)).versionStatus).to.equal('adopted');
    expect(calls.map((c) => c.url)).to.deep.equal([
      'https://ville.example/api/v1/bilans/b1/versions',
      'https://ville.example/api/v1/bilans/b1/versions/2',
    ]);
  });

  it('adapts the shared questionnaire with a POST, and reads what the template changed since', async () => {
    const fork = {
      ...trainingNeeds(),
      id: 'f1',
      version: 1,
      versionStatus: 'draft',
      status: 'draft',
      basedOn: { id: 'besoins-formation', version: 2 },
    };
    const changes = {
      templateId: 'besoins-formation',
      fromVersion: 2,
      toVersion: 3,
      added: ['quartier'],
      removed: [],
      changed: [{ id: 'college', parts: ['label'] }],
      moved: [],
    };
    const { staff: api, calls } = client([
      json(201, fork),
      json(200, changes),
      json(200, { ...changes, changed: 'college' }),
    ]);
    const made = await api.forkQuestionnaire('besoins-formation', { territory: 'Denain' });
    expect(made.basedOn).to.deep.equal({ id: 'besoins-formation', version: 2 });
    expect(await api.getTemplateChanges('f1')).to.deep.equal(changes);
    expect((await failure(api.getTemplateChanges('f1'))).kind).to.equal('invalid_response');
    expect(calls.map((c) => [c.init.method ?? 'GET', c.url])).to.deep.equal([
      ['POST', 'https://ville.example/api/v1/questionnaires/besoins-formation/fork'],
      ['GET', 'https://ville.example/api/v1/questionnaires/f1/template-changes'],
      ['GET', 'https://ville.example/api/v1/questionnaires/f1/template-changes'],
    ]);
    expect(JSON.parse(calls[0]!.init.body as string)).to.deep.equal({ territory: 'Denain' });
  });

  it('downloads answers as a file with its suggested name; an HTML page in its place is an invalid answer', async () => {
    const csv = new Response('\uFEFFRéponse;Version\r\n', {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="reponses-q1.csv"',
      },
    });
    const html = new Response('<html>', { headers: { 'Content-Type': 'text/html' } });
    const { staff: api, calls } = client([csv, html, problem(401, 'unauthorized')], {
      auth: 'tok',
    });
    const file = await api.downloadResponses('q1', 'csv-comma');
    expect(file.filename).to.equal('reponses-q1.csv');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'the BOM is kept').to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(await file.blob.text()).to.equal('Réponse;Version\r\n');
    expect((await failure(api.downloadResponses('q1', 'xlsx'))).kind).to.equal('invalid_response');
    expect((await failure(api.downloadResponses('q1', 'csv'))).kind).to.equal('unauthorized');
    expect(calls.map((c) => c.url)).to.deep.equal([
      'https://ville.example/api/v1/questionnaires/q1/responses.csv?separator=comma',
      'https://ville.example/api/v1/questionnaires/q1/responses.xlsx',
      'https://ville.example/api/v1/questionnaires/q1/responses.csv',
    ]);
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).to.equal('Bearer tok');
  });

  it('compares a shared questionnaire across territories, its shape checked', async () => {
    const comparison = { templateId: 'besoins-formation', threshold: 5, territories: [] };
    const { staff: api, calls } = client([
      json(200, comparison),
      json(200, { ...comparison, territories: 'Denain' }),
    ]);
    expect(await api.compareTerritories('besoins-formation', { threshold: 7 })).to.deep.equal(
      comparison,
    );
    expect((await failure(api.compareTerritories('besoins-formation'))).kind).to.equal(
      'invalid_response',
    );
    expect(calls.map((c) => c.url)).to.deep.equal([
      'https://ville.example/api/v1/questionnaires/besoins-formation/comparison?threshold=7',
      'https://ville.example/api/v1/questionnaires/besoins-formation/comparison',
    ]);
  });

  it('reads the edit link from the fragment only, and builds the address to hand out', () => {
    const secret = 'AbC_-'.repeat(9);
    expect(editLinkFromFragment(`#cc-edit=${secret}`)).to.equal(secret);
    expect(editLinkFromFragment('#autre=1')).to.equal(undefined);
    expect(editLinkFromFragment('#cc-edit=<script>')).to.equal(undefined);
    expect(editLinkUrl('https://ville.example/charte?x=1', secret)).to.equal(
      `https://ville.example/charte?x=1#cc-edit=${secret}`,
    );
  });

  const statuses: [number, string, string][] = [
    [400, 'malformed_json', 'validation'],
    [422, 'validation', 'validation'],
    [401, 'unauthorized', 'unauthorized'],
    [404, 'not_found', 'not_found'],
    [409, 'session_full', 'full'],
    [409, 'already_registered', 'conflict'],
    [429, 'rate_limited', 'rate_limited'],
    [503, 'server_error', 'server'],
  ];
  for (const [status, code, kind] of statuses) {
    it(`maps ${status} ${code} to ${kind}`, async () => {
      const { api } = client(
        [problem(status, code), problem(status, code), problem(status, code)],
        { retries: 0 },
      );
      const e = await failure(api.getSession('s1'));
      expect(e.kind).to.equal(kind);
      expect(e.status).to.equal(status);
      expect(e.messageFor('fr')).to.be.a('string').with.length.greaterThan(10);
    });
  }

  it('carries field errors of a 422 and a French message', async () => {
    const errors = [
      { field: 'email', code: 'invalid_format', message: '« Adresse e-mail » doit être…' },
    ];
    const { api } = client([problem(422, 'validation', { errors })]);
    const e = await failure(api.register('s1', { firstName: 'A', lastName: 'B', email: 'x' }));
    expect(e.fieldErrors).to.deep.equal(errors);
    expect(e.messageFor('fr')).to.equal('Certaines informations sont à corriger.');
    await coreStrings.load('en');
    expect(e.messageFor('en')).to.equal('Some information needs correcting.');
  });

  it('reports a malformed answer as invalid_response instead of crashing', async () => {
    const { api } = client([json(200, { ...session, seatsLeft: 'many' })]);
    const e = await failure(api.getSession('s1'));
    expect(e.kind).to.equal('invalid_response');
    expect(e.details).to.contain('seatsLeft');
  });

  it('reports an HTML error page as a server error, and an HTML 200 as invalid_response', async () => {
    const html = (status: number) =>
      new Response('<html>Bad gateway</html>', {
        status,
        headers: { 'Content-Type': 'text/html' },
      });
    expect((await failure(client([html(502)], { retries: 0 }).api.getSession('s1'))).kind).to.equal(
      'server',
    );
    expect((await failure(client([html(200)]).api.getSession('s1'))).kind).to.equal(
      'invalid_response',
    );
  });

  it('retries a GET after a network failure and a 503, then succeeds', async () => {
    const { api, calls } = client([
      new TypeError('Failed to fetch'),
      problem(503, 'server_error'),
      json(200, session),
    ]);
    expect((await api.getSession('s1')).id).to.equal('s1');
    expect(calls).to.have.length(3);
  });

  it('gives up after the configured retries with a network error', async () => {
    const { api, calls } = client([new TypeError('x'), new TypeError('x'), new TypeError('x')], {
      retries: 2,
    });
    expect((await failure(api.getSession('s1'))).kind).to.equal('network');
    expect(calls).to.have.length(3);
  });

  it('never retries a 422 or a 409', async () => {
    const { api, calls } = client([problem(422, 'validation'), json(200, receipt)]);
    await failure(api.register('s1', { firstName: 'A', lastName: 'B', email: 'a@b.fr' }));
    const second = client([problem(409, 'already_registered'), json(200, receipt)]);
    await failure(second.api.register('s1', { firstName: 'A', lastName: 'B', email: 'a@b.fr' }));
    expect(calls).to.have.length(1);
    expect(second.calls).to.have.length(1);
  });

  it('sends an Idempotency-Key on every POST and reuses it on retry', async () => {
    const { api, calls } = client([
      problem(503, 'server_error'),
      new TypeError('x'),
      json(201, receipt),
    ]);
    await api.register('s1', { firstName: 'A', lastName: 'B', email: 'a@b.fr' });
    const keys = calls.map((c) => (c.init.headers as Record<string, string>)['Idempotency-Key']);
    expect(keys).to.have.length(3);
    expect(keys[0]).to.match(/^[0-9a-f-]{32,36}$/);
    expect(new Set(keys).size).to.equal(1);
  });

  it('uses the caller’s key when given, so a retry button reuses it', async () => {
    const { api, calls } = client([json(201, receipt)]);
    await api.register(
      's1',
      { firstName: 'A', lastName: 'B', email: 'a@b.fr' },
      { idempotencyKey: 'attempt-1' },
    );
    expect((calls[0]?.init.headers as Record<string, string>)['Idempotency-Key']).to.equal(
      'attempt-1',
    );
  });

  it('honours Retry-After on 429', async () => {
    const { api, calls } = client([problem(429, 'rate_limited', {}), json(200, session)]);
    const started = performance.now();
    await api.getSession('s1');
    expect(calls).to.have.length(2);
    expect(performance.now() - started).to.be.lessThan(5000);
    const withHeader = client([
      json(429, { type: 'x', title: 't', status: 429 }, { 'Retry-After': '0' }),
      json(200, session),
    ]);
    await withHeader.api.getSession('s1');
    expect(withHeader.calls).to.have.length(2);
  });

  it('times out a hanging request with a timeout error', async () => {
    const { api } = client(['hang'], { timeoutMs: 30, retries: 0 });
    expect((await failure(api.getSession('s1'))).kind).to.equal('timeout');
  });

  it('stops when the caller aborts', async () => {
    const { api } = client(['hang'], { retries: 3 });
    const controller = new AbortController();
    const p = api.getSession('s1', { signal: controller.signal });
    controller.abort();
    expect((await failure(p)).kind).to.equal('aborted');
  });

  it('confirms a held seat with POST and the secret in the body; the staff gets the sessions’ feed URL', async () => {
    const { api, staff, calls } = client([json(200, { ...receipt, cancellationToken: undefined })]);
    await api.confirmRegistration('r 1', 'secret-of-the-offer');
    expect([calls[0]?.init.method, calls[0]?.url, calls[0]?.init.body]).to.deep.equal([
      'POST',
      'https://ville.example/api/v1/registrations/r%201/confirm',
      JSON.stringify({ token: 'secret-of-the-offer' }),
    ]);
    expect(staff.sessionsFeedUrl()).to.equal('https://ville.example/api/v1/sessions.ics');
  });

  it('cancels with DELETE and the token in the query, and gives the ICS URL', async () => {
    const { api, calls } = client([
      json(200, { ...receipt, status: 'cancelled', cancellationToken: undefined }),
    ]);
    const r = await api.cancelRegistration('r1', 'tok en');
    expect(r.status).to.equal('cancelled');
    expect(calls[0]?.init.method).to.equal('DELETE');
    expect(calls[0]?.url).to.equal('https://ville.example/api/v1/registrations/r1?token=tok+en');
    expect(api.sessionIcsUrl('s 1')).to.equal('https://ville.example/api/v1/sessions/s%201.ics');
    expect(api.documentFileUrl('chartes', 'charte moulins', 2, 'odt')).to.equal(
      'https://ville.example/api/v1/chartes/charte%20moulins/versions/2.odt',
    );
  });
});

describe('createApiClient: questionnaire answers and drafts', () => {
  it('sends the resume token in a header (never the address) and reads a 204 as done', async () => {
    const draft = {
      id: 'd1',
      questionnaireId: 'q',
      version: 2,
      answers: {},
      savedAt: 'x',
      expiresAt: 'y',
    };
    const { api, calls } = client([
      json(200, draft),
      new Response(null, { status: 204 }),
      json(201, {
        id: 'r1',
        questionnaireId: 'q',
        version: 2,
        submittedAt: 'x',
        deleteToken: 't'.repeat(32),
      }),
    ]);
    expect((await api.getQuestionnaireDraft('d1.secret')).id).to.equal('d1');
    await api.deleteQuestionnaireDraft('d1.secret');
    await api.submitQuestionnaireResponse(
      'q',
      { version: 2, answers: {} },
      { resumeToken: 'd1.secret' },
    );
    expect(calls.map((c) => [c.init.method, c.url])).to.deep.equal([
      ['GET', 'https://ville.example/api/v1/questionnaire-drafts'],
      ['DELETE', 'https://ville.example/api/v1/questionnaire-drafts'],
      ['POST', 'https://ville.example/api/v1/questionnaires/q/responses'],
    ]);
    for (const c of calls)
      expect((c.init.headers as Record<string, string>)['CC-Resume-Token']).to.equal('d1.secret');
    expect((calls[2]!.init.headers as Record<string, string>)['Idempotency-Key']).to.be.a('string');
  });

  it('mails the resume link with the token in a header, and reads a 202 Accepted as done', async () => {
    const { api, calls } = client([new Response(null, { status: 202 })]);
    const body = {
      email: 'amina@example.org',
      resumeUrl: 'https://ville.example/q#cc-reprendre=d1.s',
    };
    await api.mailResumeLink('d1.secret', body);
    expect(calls[0]!.url).to.equal('https://ville.example/api/v1/questionnaire-drafts/mail');
    expect(calls[0]!.init.method).to.equal('POST');
    expect(JSON.parse(calls[0]!.init.body as string)).to.deep.equal(body);
    expect((calls[0]!.init.headers as Record<string, string>)['CC-Resume-Token']).to.equal(
      'd1.secret',
    );
  });

  it('a receipt without its delete token is an invalid answer', async () => {
    const { api } = client([json(201, { id: 'r1', version: 2 })]);
    const e = await failure(api.submitQuestionnaireResponse('q', { version: 2, answers: {} }));
    expect(e.kind).to.equal('invalid_response');
  });
});

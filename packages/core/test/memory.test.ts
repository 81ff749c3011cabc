import { expect } from '@open-wc/testing';
import { ApiError } from '../src/index.js';
import { createMemoryApi } from '../src/testing/index.js';
import { FIXED_NOW, demoSessions, splitSession, trainingNeeds } from '../src/testing/fixtures.js';
import { TRAINING_NEEDS } from '@conseils-citoyens/schemas/examples/training-needs.js';
import { sampleAnswers, seededRandom } from '@conseils-citoyens/schemas/testing/sample-answers.js';
import { REGISTRATION_CASES, caseEmail, caseTimes } from '@conseils-citoyens/schemas/testing.js';

const person = (n: number) => ({
  firstName: `P${n}`,
  lastName: 'Test',
  email: `p${n}@example.org`,
});
const rejects = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('expected a rejection');
};

describe('createMemoryApi', () => {
  const make = () => createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });

  it('lists sessions in order, filtered by town and kind, with live capacity', async () => {
    const api = make();
    const all = await api.listSessions();
    expect(all.items.map((s) => s.id)).to.deep.equal([
      'reseau-referents',
      'intro-valenciennes',
      'emploi-maubeuge',
    ]);
    expect((await api.listSessions({ town: 'Maubeuge' })).items).to.have.length(1);
    expect((await api.listSessions({ kind: 'introductory' })).items[0]?.seatsLeft).to.equal(2);
  });

  it('confirms while seats are left, then waitlists with positions, then promotes on cancellation', async () => {
    const api = make();
    const [a, b, c, d] = [
      await api.register('intro-valenciennes', person(1), { idempotencyKey: 'k1' }),
      await api.register('intro-valenciennes', person(2), { idempotencyKey: 'k2' }),
      await api.register('intro-valenciennes', person(3), { idempotencyKey: 'k3' }),
      await api.register('intro-valenciennes', person(4), { idempotencyKey: 'k4' }),
    ];
    expect([a, b, c, d].map((r) => [r.status, r.waitlistPosition])).to.deep.equal([
      ['confirmed', null],
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
    const s = await api.getSession('intro-valenciennes');
    expect([s.status, s.seatsLeft, s.confirmed, s.waitlisted]).to.deep.equal(['full', 0, 2, 2]);
    await api.cancelRegistration(a.id, a.cancellationToken);
    const regs = api.registrations('intro-valenciennes');
    expect(regs.find((r) => r.id === c.id)?.status).to.equal('confirmed');
    expect(regs.find((r) => r.id === d.id)?.waitlistPosition).to.equal(1);
  });

  it('splits seats by collège like the server: the collège asked, a list per group, a freed seat kept in its group', async () => {
    const api = createMemoryApi({ sessions: [splitSession], now: () => FIXED_NOW });
    const id = splitSession.id;
    const none = await rejects(api.register(id, person(0), { idempotencyKey: 'k0' }));
    expect(none.problem?.errors?.map((e) => [e.field, e.message])).to.deep.equal([
      [
        'college',
        '« Collège » : choisissez l’un des groupes de cette séance (habitant·e, acteur local).',
      ],
    ]);
    const as = (n: number, college: 'habitant' | 'acteur_local') =>
      api.register(id, { ...person(n), college }, { idempotencyKey: `k${n}` });
    const [r1, , r3, a1] = [
      await as(1, 'habitant'),
      await as(2, 'habitant'),
      await as(3, 'habitant'),
      await as(4, 'acteur_local'),
    ];
    expect([r3.status, r3.waitlistPosition, r3.quota]).to.deep.equal(['waitlisted', 1, 'habitant']);
    expect([a1.status, a1.quota]).to.deep.equal(['confirmed', 'acteur_local']);
    const s = await api.getSession(id);
    expect(s.quotaSeats?.map((g) => [g.key, g.confirmed, g.waitlisted, g.seatsLeft])).to.deep.equal(
      [
        ['habitant', 2, 1, 0],
        ['acteur_local', 1, 0, 1],
      ],
    );
    await api.cancelRegistration(r1.id, r1.cancellationToken);
    expect(api.registrations(id).find((r) => r.id === r3.id)?.status).to.equal('confirmed');
    const resized = await rejects(api.updateSession(id, { capacity: 6 }));
    expect(resized.problem?.errors?.[0]?.field).to.equal('quotas');
  });

  it('splits a session that has people like the server: refused, changing nothing, when someone fits no group', async () => {
    const api = make();
    const id = 'reseau-referents'; // 25 seats, no split
    await api.register(id, { ...person(1), college: 'habitant' }, { idempotencyKey: 'k1' });
    const second = await api.register(id, person(2), { idempotencyKey: 'k2' }); // no collège given
    const split = {
      by: 'college' as const,
      groups: [
        { key: 'habitant', seats: 20 },
        { key: 'acteur_local', seats: 5 },
      ],
    };
    const refused = await rejects(api.updateSession(id, { quotas: split }));
    expect(refused.status).to.equal(422);
    expect(refused.problem?.errors?.map((e) => [e.field, e.message])).to.deep.equal([
      [
        'quotas',
        '« Répartition des places » : 1 personne inscrite n’appartient à aucun de ces groupes.',
      ],
    ]);
    expect(
      api.registrations(id).map((r) => r.quota),
      'no one was moved into a group',
    ).to.deep.equal([undefined, undefined]);
    expect((await api.getSession(id)).quotas).to.equal(undefined);
    // The person without a collège gone, the split takes everyone else into their group.
    await api.cancelRegistration(second.id, second.cancellationToken);
    const s = await api.updateSession(id, { quotas: split });
    expect(s.quotaSeats?.map((g) => [g.key, g.confirmed])).to.deep.equal([
      ['habitant', 1],
      ['acteur_local', 0],
    ]);
  });

  it('refuses with 409 session_full when the waiting list is off', async () => {
    const api = make();
    await api.register('emploi-maubeuge', person(1));
    const e = await rejects(api.register('emploi-maubeuge', person(2)));
    expect([e.kind, e.status, e.code]).to.deep.equal(['full', 409, 'session_full']);
    expect(e.messageFor('fr')).to.equal('Cette séance est complète.');
  });

  it('answers the same key once, and refuses the same key with another body', async () => {
    const api = make();
    const first = await api.register('reseau-referents', person(1), { idempotencyKey: 'same' });
    const again = await api.register('reseau-referents', person(1), { idempotencyKey: 'same' });
    expect(again).to.deep.equal(first);
    expect(api.registrations('reseau-referents')).to.have.length(1);
    expect(
      (await rejects(api.register('reseau-referents', person(2), { idempotencyKey: 'same' }))).code,
    ).to.equal('idempotency_key_reused');
  });

  it('refuses the same email twice with already_registered', async () => {
    const api = make();
    await api.register('reseau-referents', person(1));
    const e = await rejects(
      api.register('reseau-referents', { ...person(1), email: 'P1@Example.ORG' }),
    );
    expect(e.code).to.equal('already_registered');
  });

  it('returns French field errors for bad input', async () => {
    const e = await rejects(
      make().register('reseau-referents', { firstName: '', lastName: 'X', email: 'nope' }),
    );
    expect(e.kind).to.equal('validation');
    expect(e.fieldErrors.map((f) => f.field)).to.deep.equal(['firstName', 'email']);
  });

  it('respects the registration window and cancelled sessions', async () => {
    const sessions = demoSessions();
    sessions[0]!.registrationOpensAt = '2026-11-30T09:00:00+01:00';
    sessions[1]!.status = 'cancelled';
    const api = createMemoryApi({ sessions, now: () => FIXED_NOW });
    const e = await rejects(api.register('reseau-referents', person(1)));
    expect(e.code).to.equal('registration_not_open');
    expect(e.problem?.opensAt).to.equal('2026-11-30T09:00:00+01:00');
    expect((await rejects(api.register('intro-valenciennes', person(1)))).code).to.equal(
      'session_cancelled',
    );
  });

  it('can be told to fail, for error states', async () => {
    const api = make();
    api.failNext('network');
    expect((await rejects(api.listSessions())).kind).to.equal('network');
    expect((await api.listSessions()).total).to.equal(3);
  });

  describe('the registration rules table shared with cc-server', () => {
    for (const c of REGISTRATION_CASES) {
      it(`${c.name} → ${c.expected}`, async () => {
        const venue = { name: 'IREV', address: '135 boulevard Paul Painlevé', town: 'Lille' };
        const session = {
          id: 'cas',
          kind: 'thematic' as const,
          title: c.name,
          speakers: [],
          venue,
          capacity: c.capacity,
          waitingList: c.waitingList,
          ...caseTimes(c, FIXED_NOW),
          ...(c.cancelled ? { status: 'cancelled' as const } : {}),
        };
        const api = createMemoryApi({ sessions: [session], now: () => FIXED_NOW });
        for (const [i, who] of c.before.entries()) {
          const email = who === 'same' ? caseEmail('newcomer') : caseEmail(i);
          await api.register('cas', { ...person(i), email }, { idempotencyKey: `before-${i}` });
        }
        const attempt = api.register(
          'cas',
          { ...person(99), email: caseEmail('newcomer') },
          { idempotencyKey: 'newcomer' },
        );
        const outcome = await attempt.then(
          (r) => r.status,
          (e: ApiError) => e.code,
        );
        expect(outcome).to.equal(c.expected);
      });
    }
  });

  it('keeps document versions like the server: If-Match, 412 with the current version, adoption', async () => {
    const bilan = {
      id: 'b1',
      council: 'Moulins',
      year: 2026,
      template: { id: 'bilan-national', version: 1 },
      ownItems: [],
      items: {},
      headings: {},
      carriedActions: [],
      version: 1,
      versionStatus: 'draft' as const,
      updatedAt: '2026-11-23T10:00:00Z',
    };
    const api = createMemoryApi({ bilans: [bilan], now: () => FIXED_NOW });
    const v2 = await api.saveDocument(
      'bilans',
      'b1',
      { council: 'Moulins (révisé)', year: 2026, template: bilan.template },
      { ifMatch: 1, changeNote: 'Nom' },
    );
    expect([v2.version, v2.versionStatus, v2.council]).to.deep.equal([
      2,
      'draft',
      'Moulins (révisé)',
    ]);
    const stale = await rejects(
      api.saveDocument(
        'bilans',
        'b1',
        { council: 'Autre', year: 2026, template: bilan.template },
        { ifMatch: 1 },
      ),
    );
    expect([
      stale.status,
      stale.code,
      (stale.problem?.current as { version: number }).version,
    ]).to.deep.equal([412, 'version_conflict', 2]);
    const adopted = await api.publishDocument('bilans', 'b1', { ifMatch: 2 });
    expect([adopted.version, adopted.versionStatus, adopted.council]).to.deep.equal([
      3,
      'adopted',
      'Moulins (révisé)',
    ]);
    expect(
      (await api.listVersions('bilans', 'b1')).items.map((v) => [v.version, v.status]),
    ).to.deep.equal([
      [3, 'adopted'],
      [2, 'draft'],
      [1, 'draft'],
    ]);
    expect((await api.getVersion('bilans', 'b1', 1)).council).to.equal('Moulins');
  });
});

describe('createMemoryApi: questionnaire answers and drafts, with the server’s rules', () => {
  const make = () => createMemoryApi({ questionnaires: [trainingNeeds()], now: () => FIXED_NOW });
  const valid = (seed: number) => ({
    version: 2,
    ...sampleAnswers(TRAINING_NEEDS, seededRandom(seed)),
  });

  it('stores a valid answer once per key; refuses a wrong one naming the question', async () => {
    const api = make();
    const first = await api.submitQuestionnaireResponse('besoins-formation', valid(1), {
      idempotencyKey: 'k-000001',
    });
    const again = await api.submitQuestionnaireResponse('besoins-formation', valid(1), {
      idempotencyKey: 'k-000001',
    });
    expect(again).to.deep.equal(first);
    const body = valid(2);
    const wrong = await rejects(
      api.submitQuestionnaireResponse('besoins-formation', {
        ...body,
        answers: { ...body.answers, 'connaissance-contrat': 8 },
      }),
    );
    expect([
      wrong.status,
      wrong.fieldErrors?.[0]?.field,
      wrong.fieldErrors?.[0]?.message,
    ]).to.deep.equal([
      422,
      'answers.connaissance-contrat',
      'La réponse à « Comment évaluez-vous votre connaissance du contrat de ville ? » doit être au plus 5.',
    ]);
    expect(
      (
        await rejects(
          api.submitQuestionnaireResponse('besoins-formation', { ...valid(3), version: 1 }),
        )
      ).status,
    ).to.equal(409);
    await api.deleteQuestionnaireResponse(first.id, first.deleteToken);
    expect(
      (await rejects(api.deleteQuestionnaireResponse(first.id, first.deleteToken))).status,
    ).to.equal(404);
  });

  it('keeps a draft under its secret and drops it when it becomes an answer', async () => {
    const api = make();
    const draft = await api.createQuestionnaireDraft('besoins-formation', {
      version: 2,
      answers: { anciennete: 'plus-1-an' },
      pageId: 'vous',
    });
    const token = `${draft.id}.${draft.secret}`;
    expect((await api.getQuestionnaireDraft(token)).answers).to.deep.equal({
      anciennete: 'plus-1-an',
    });
    expect((await rejects(api.getQuestionnaireDraft(`${draft.id}.wrong`))).status).to.equal(404);
    await api.updateQuestionnaireDraft(token, { version: 2, answers: { college: 'habitant' } });
    expect((await api.getQuestionnaireDraft(token)).answers).to.deep.equal({ college: 'habitant' });
    await api.submitQuestionnaireResponse('besoins-formation', valid(4), { resumeToken: token });
    expect((await rejects(api.getQuestionnaireDraft(token))).status).to.equal(404);
  });
});

import { expect } from '@open-wc/testing';
import {
  Bilan,
  BilanInput,
  CharteClause,
  CharteInput,
  Problem,
  QuestionnaireInput,
  QuestionnaireResponseInput,
  RegistrationReceipt,
  RegistrationRequest,
  Session,
  SessionInput,
  SessionPatch,
  SessionQuery,
  fieldErrors,
} from '../src/index.js';
import { validRegistration, validSession } from './fixtures.js';

const errorsOf = (
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  value: unknown,
  locale: 'fr' | 'en' = 'fr',
) => {
  const r = schema.safeParse(value);
  expect(r.success, 'expected the value to be rejected').to.equal(false);
  return fieldErrors(r.error as never, value, locale);
};

describe('SessionInput', () => {
  it('accepts a session and defaults the time zone to Europe/Paris', () => {
    const r = SessionInput.safeParse(validSession);
    expect(r.success).to.equal(true);
    expect(r.data?.timeZone).to.equal('Europe/Paris');
  });

  it('rejects an end before the start, naming the field in French', () => {
    const errors = errorsOf(SessionInput, { ...validSession, end: '2026-12-03T08:00:00+01:00' });
    expect(errors).to.deep.equal([
      { field: 'end', code: 'endAfterStart', message: '« Fin » doit être postérieure au début.' },
    ]);
  });

  it('rejects a date without offset and says what is expected', () => {
    const [e] = errorsOf(SessionInput, { ...validSession, start: '2026-12-03T09:00:00' });
    expect(e?.field).to.equal('start');
    expect(e?.message).to.contain('« Début »').and.contain('fuseau');
  });

  it('rejects unknown fields, zero capacity and a bad postcode', () => {
    const errors = errorsOf(SessionInput, {
      ...validSession,
      capacity: 0,
      extra: true,
      venue: { ...validSession.venue, postalCode: '59' },
    });
    const fields = errors.map((e) => e.field).sort();
    expect(fields).to.deep.equal(['', 'capacity', 'venue.postalCode']);
    expect(errors.find((e) => e.field === 'capacity')?.message).to.equal(
      '« Nombre de places » doit être supérieur ou égal à 1.',
    );
  });

  it('rejects a registration window that closes before it opens', () => {
    const [e] = errorsOf(SessionInput, {
      ...validSession,
      registrationOpensAt: '2026-12-01T00:00:00+01:00',
      registrationClosesAt: '2026-11-01T00:00:00+01:00',
    });
    expect(e?.field).to.equal('registrationClosesAt');
  });

  it('speaks English when asked', () => {
    const [e] = errorsOf(SessionInput, { ...validSession, title: '' }, 'en');
    expect(e?.message).to.equal('“Title” is required.');
  });
});

describe('SessionPatch and SessionQuery', () => {
  it('accepts a cancellation with a reason', () => {
    expect(
      SessionPatch.safeParse({ status: 'cancelled', cancellationReason: 'Salle indisponible' })
        .success,
    ).to.equal(true);
  });
  it('coerces query numbers and rejects a bad kind', () => {
    expect(SessionQuery.safeParse({ limit: '20' }).data).to.deep.equal({ limit: 20, offset: 0 });
    const [e] = errorsOf(SessionQuery, { kind: 'party' });
    expect(e?.message).to.contain('« Type de séance »').and.contain('introductory');
    expect(errorsOf(SessionQuery, { limit: '9999' })[0]?.field).to.equal('limit');
  });
});

describe('Session', () => {
  it('accepts a session with live capacity and rejects negative seats', () => {
    const s = {
      ...validSession,
      id: 's1',
      timeZone: 'Europe/Paris',
      status: 'scheduled',
      confirmed: 3,
      waitlisted: 0,
      seatsLeft: 22,
      updatedAt: '2026-11-23T10:00:00Z',
    };
    expect(Session.safeParse(s).success).to.equal(true);
    expect(Session.safeParse({ ...s, seatsLeft: -1 }).success).to.equal(false);
    expect(Session.safeParse({ ...s, status: 'postponed' }).success).to.equal(false);
  });
});

describe('RegistrationRequest', () => {
  it('accepts the required fields alone, and every optional field', () => {
    expect(RegistrationRequest.safeParse(validRegistration).success).to.equal(true);
    expect(
      RegistrationRequest.safeParse({
        ...validRegistration,
        phone: '+33 3 20 00 00 00',
        organisation: 'Centre social',
        neighbourhood: 'Moulins',
        college: 'habitant',
        accessibilityNeeds: 'Fauteuil roulant',
        comment: 'Merci',
        consents: ['newsletter'],
      }).success,
    ).to.equal(true);
  });

  it('names each missing or wrong field in French', () => {
    const errors = errorsOf(RegistrationRequest, {
      firstName: '  ',
      email: 'pas-une-adresse',
      college: 'élu',
    });
    expect(errors.map((e) => e.message)).to.deep.equal([
      '« Prénom » est obligatoire.',
      '« Nom » est obligatoire.',
      '« Adresse e-mail » doit être une adresse e-mail valide (exemple : nom@domaine.fr).',
      "« Collège » doit valoir l'une de ces valeurs : habitant, acteur_local.",
    ]);
  });

  it('rejects an over-long comment and a malformed phone', () => {
    const errors = errorsOf(RegistrationRequest, {
      ...validRegistration,
      comment: 'x'.repeat(2001),
      phone: 'abc',
    });
    expect(errors.map((e) => e.field)).to.deep.equal(['phone', 'comment']);
    expect(errors[1]?.message).to.equal('« Commentaire » ne doit pas dépasser 2000 caractères.');
  });
});

describe('RegistrationReceipt', () => {
  const receipt = {
    id: 'r1',
    sessionId: 's1',
    status: 'waitlisted',
    waitlistPosition: 3,
    ...validRegistration,
    createdAt: '2026-11-23T10:00:00+01:00',
    cancellationToken: 'a'.repeat(32),
  };
  it('accepts a waitlisted receipt and rejects position 0 or a short token', () => {
    expect(RegistrationReceipt.safeParse(receipt).success).to.equal(true);
    expect(RegistrationReceipt.safeParse({ ...receipt, waitlistPosition: 0 }).success).to.equal(
      false,
    );
    expect(RegistrationReceipt.safeParse({ ...receipt, cancellationToken: 'x' }).success).to.equal(
      false,
    );
  });
});

describe('Questionnaire, Charte, Bilan', () => {
  it('validates a questionnaire and its response', () => {
    const q = {
      title: 'Besoins de formation',
      pages: [
        {
          id: 'p1',
          title: 'Vous',
          items: [
            {
              id: 'q1',
              type: 'single',
              label: 'Depuis quand ?',
              required: true,
              options: [{ value: 'moins-1-an', label: "Moins d'un an" }],
            },
          ],
        },
      ],
    };
    expect(QuestionnaireInput.safeParse(q).success).to.equal(true);
    expect(QuestionnaireInput.safeParse({ ...q, pages: [] }).success).to.equal(false);
    expect(
      QuestionnaireResponseInput.safeParse({
        version: 1,
        answers: { q1: 'moins-1-an', q2: ['a', 'b'], q3: 4 },
      }).success,
    ).to.equal(true);
    expect(QuestionnaireResponseInput.safeParse({ version: 0, answers: {} }).success).to.equal(
      false,
    );
  });
  it('validates charter clauses and chartes', () => {
    const clause = {
      id: 'decision-consensus',
      section: 'decision',
      title: 'Prise de décision',
      body: 'Le conseil de {{quartier}} décide par consensus.',
      kinds: ['charte_fonctionnement'],
      locked: false,
    };
    expect(CharteClause.safeParse(clause).success).to.equal(true);
    expect(CharteClause.safeParse({ ...clause, kinds: [] }).success).to.equal(false);
    expect(CharteClause.safeParse({ ...clause, body: '' }).success).to.equal(false);
    const charte = { title: 'Charte', kind: 'charte_fonctionnement', answers: {}, status: 'draft' };
    expect(CharteInput.safeParse(charte).success).to.equal(true);
    expect(CharteInput.safeParse({ ...charte, status: 'brouillon' }).success).to.equal(false);
    expect(
      CharteInput.safeParse({
        ...charte,
        adoption: {
          date: '2025-03-20',
          body: 'Plénière',
          vote: { consensus: true },
          signatories: [],
        },
      }).success,
    ).to.equal(true);
    expect(
      CharteInput.safeParse({
        ...charte,
        adoption: {
          date: '2025-03-20',
          body: 'Plénière',
          vote: { for: -1, against: 0, abstentions: 0 },
          signatories: [],
        },
      }).success,
    ).to.equal(false);
  });
  it('validates a bilan: template items answered by both sides on the ladder, bad levels refused', () => {
    const b = {
      council: 'Conseil citoyen des Moulins',
      year: 2026,
      template: { id: 'bilan-national', version: 1 },
      items: {
        'rt-comptes-rendus': {
          status: 'fait',
          levels: { conseil: 'concerte', institutions: 'co_construit' },
        },
      },
    };
    const parsed = BilanInput.parse(b);
    // Defaults filled in: no own items, no heading notes, nothing carried over, revision 0.
    expect([
      parsed.ownItems,
      parsed.headings,
      parsed.carriedActions,
      parsed.items['rt-comptes-rendus']?.rev,
    ]).to.deep.equal([[], {}, [], 0]);
    expect(
      Bilan.safeParse({ ...b, id: 'b1', version: 1, updatedAt: '2026-11-23T10:00:00Z' }).success,
    ).to.equal(true);
    const badLevel = { 'rt-comptes-rendus': { levels: { conseil: 'tres_associe' } } };
    expect(BilanInput.safeParse({ ...b, items: badLevel }).success).to.equal(false);
    expect(BilanInput.safeParse({ ...b, year: 2013 }).success).to.equal(false);
    expect(BilanInput.safeParse({ ...b, template: undefined }).success).to.equal(false);
  });
});

describe('Problem', () => {
  it('accepts an RFC 9457 body with field errors and rejects a status below 400', () => {
    const p = {
      type: 'about:blank',
      title: 'Certaines informations sont à corriger.',
      status: 422,
      code: 'validation',
      errors: [{ field: 'email', code: 'invalid_format', message: '…' }],
    };
    expect(Problem.safeParse(p).success).to.equal(true);
    expect(Problem.safeParse({ ...p, status: 200 }).success).to.equal(false);
  });
});

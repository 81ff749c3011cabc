import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { RegistrationRequest, fieldErrors } from '@conseils-citoyens/schemas';
import { registrationRequest } from '@conseils-citoyens/schemas/json-schemas.js';
import { checkAgainst } from '../src/form/json-schema-check.js';

z.config({ jitless: true });

/** The verdict that matters to a form: which field fails, and why (order aside). */
const verdict = (issues: readonly { path: PropertyKey[]; code: string }[]) =>
  issues.map((i) => `${i.path.join('.')}:${i.code}`).sort();
const zodIssues = (body: unknown) => RegistrationRequest.safeParse(body).error?.issues ?? [];

describe('checkAgainst() with the generated registration schema', () => {
  it('accepts what zod accepts and names the same fields with the same messages', () => {
    const ok = {
      firstName: 'Awa',
      lastName: 'Diallo',
      email: 'awa@example.org',
      college: 'habitant',
    };
    expect(checkAgainst(registrationRequest, ok)).to.deep.equal([]);
    const bad = {
      firstName: '',
      lastName: 'x'.repeat(101),
      email: 'awa@',
      phone: '12',
      college: 'élu',
      consents: Array(11).fill('newsletter'),
      unknown: 1,
    };
    const mine = checkAgainst(registrationRequest, bad);
    expect(verdict(mine)).to.deep.equal(verdict(zodIssues(bad)));
    const messages = (issues: Parameters<typeof fieldErrors>[0]['issues']) =>
      fieldErrors({ issues }, bad, 'fr')
        .map((e) => e.message)
        .sort();
    expect(messages(mine)).to.deep.equal(messages(zodIssues(bad)));
    expect(messages(mine)).to.include(
      '« Adresse e-mail » doit être une adresse e-mail valide (exemple : nom@domaine.fr).',
    );
  });

  it('reports a missing required field as zod does, and an object that is not one', () => {
    expect(verdict(checkAgainst(registrationRequest, {}))).to.deep.equal(verdict(zodIssues({})));
    expect(verdict(checkAgainst(registrationRequest, 'x'))).to.deep.equal(verdict(zodIssues('x')));
  });

  it('agrees with zod on 3,000 generated requests, valid or not', () => {
    // What the form sends: trimmed text (the form trims), sometimes empty, sometimes too long, sometimes not text.
    const text = fc.oneof(
      fc.string({ maxLength: 30 }).map((s) => s.trim()),
      fc.constantFrom(
        '',
        'awa@example.org',
        'a@b',
        '+33 6 12 34 56 78',
        '06',
        'habitant',
        'acteur_local',
      ),
      fc.string({ minLength: 95, maxLength: 260 }).map((s) => s.trim()),
      fc.integer(),
      fc.constant(null),
    );
    const body = fc.record(
      {
        firstName: text,
        lastName: text,
        email: text,
        phone: text,
        organisation: text,
        neighbourhood: text,
        college: text,
        accessibilityNeeds: text,
        comment: fc.oneof(
          text,
          fc.string({ minLength: 1990, maxLength: 2010 }).map((s) => s.trim()),
        ),
        consents: fc.array(fc.oneof(fc.string({ maxLength: 70 }), fc.integer()), { maxLength: 12 }),
        website: text,
        extra: text,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(body, (b) => {
        expect(verdict(checkAgainst(registrationRequest, b))).to.deep.equal(verdict(zodIssues(b)));
      }),
      { numRuns: 3000 },
    );
  });
});

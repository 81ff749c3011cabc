import { expect } from '@open-wc/testing';
import {
  admission,
  registrationState,
  seatsLeft,
  sessionStatus,
  type RegistrationFacts,
} from '../src/index.js';
import { REGISTRATION_CASES, caseTimes } from '../src/testing/registration-cases.js';

const NOW = new Date('2026-11-23T09:00:00Z');

describe('registration rules (the table shared with the memory adapter and cc-server)', () => {
  for (const c of REGISTRATION_CASES) {
    it(`${c.name} → ${c.expected}`, () => {
      const confirmed = Math.min(c.before.length, c.capacity);
      const facts: RegistrationFacts = {
        status: sessionStatus(!!c.cancelled, c.capacity, confirmed),
        seatsLeft: seatsLeft(c.capacity, confirmed),
        waitingList: c.waitingList,
        ...caseTimes(c, NOW),
      };
      const verdict = admission(facts, NOW, c.before.includes('same'));
      expect(verdict.status ?? verdict.refusal?.code).to.equal(c.expected);
    });
  }

  it('gives the dates a refusal is explained with', () => {
    const opens = {
      status: 'scheduled',
      seatsLeft: 3,
      waitingList: false,
      start: '2026-12-10T17:00:00Z',
      registrationOpensAt: '2026-12-01T08:00:00Z',
    } as const;
    expect(admission(opens, NOW).refusal).to.deep.equal({
      code: 'registration_not_open',
      opensAt: '2026-12-01T08:00:00Z',
    });
    const closed = {
      ...opens,
      registrationOpensAt: undefined,
      registrationClosesAt: '2026-11-20T08:00:00Z',
    };
    expect(admission(closed, NOW).refusal).to.deep.equal({
      code: 'registration_closed',
      closesAt: '2026-11-20T08:00:00Z',
    });
  });

  it('never counts fewer than zero seats, and names the state for the calendar', () => {
    expect(seatsLeft(20, 23)).to.equal(0);
    expect(sessionStatus(false, 20, 23)).to.equal('full');
    const full = {
      status: 'full',
      seatsLeft: 0,
      waitingList: true,
      start: '2026-12-10T17:00:00Z',
    } as const;
    expect(registrationState(full, NOW)).to.equal('waitlist');
    expect(registrationState({ ...full, waitingList: false }, NOW)).to.equal('full');
    expect(registrationState(full, new Date('2026-12-10T17:00:00Z'))).to.equal('past');
  });
});

import type { SessionInput } from '../src/index.js';

export const validSession: SessionInput = {
  kind: 'network_meeting',
  title: 'Rencontre de réseau des référents',
  speakers: [{ name: 'Équipe IREV', role: 'Centre de ressources' }],
  start: '2026-12-03T09:00:00+01:00',
  end: '2026-12-03T12:00:00+01:00',
  venue: {
    name: 'IREV',
    address: '135 boulevard Paul Painlevé',
    postalCode: '59000',
    town: 'Lille',
  },
  capacity: 25,
  waitingList: true,
};

export const validRegistration = {
  firstName: 'Awa',
  lastName: 'Diallo',
  email: 'awa.diallo@example.org',
};

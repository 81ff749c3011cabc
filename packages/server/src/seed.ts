// Demo data from the seeds: the Masterclass citoyenne and the network meeting for council referents,
// kept on their days of the week and hours but placed in the weeks after the day of seeding.
import type { CharteInput, SessionInput } from '@conseils-citoyens/schemas';
import {
  BILAN_MOULINS_2025,
  BILAN_MOULINS_2026,
} from '@conseils-citoyens/schemas/examples/bilan-moulins.js';
import { TRAINING_NEEDS } from '@conseils-citoyens/schemas/examples/training-needs.js';
import {
  CHARTE_MOULINS,
  MOULINS_ANSWERS,
} from '@conseils-citoyens/schemas/examples/charte-moulins.js';
import { sampleAnswers, seededRandom } from '@conseils-citoyens/schemas/testing/sample-answers.js';
import type { Db } from './db.js';
import { createSession } from './sessions.js';
import { createDocument, publishDocument, saveDocument } from './documents.js';
import { submitResponse } from './questionnaires.js';
import { adoptionProblem, withAdoptedText } from './chartes.js';
import { withFigures } from './bilans.js';

/** The offset of Paris on a given day (+01:00 or +02:00). */
function parisOffset(date: Date): string {
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  return name.replace('GMT', '') || '+00:00';
}
/** The next given weekday (0 = Sunday) at least `weeks` weeks after `from`, at hh:mm Paris time. */
function at(from: Date, weeks: number, weekday: number, hh: number, mm = 0): string {
  const d = new Date(
    Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + weeks * 7),
  );
  while (d.getUTCDay() !== weekday) d.setUTCDate(d.getUTCDate() + 1);
  const day = d.toISOString().slice(0, 10);
  return `${day}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00${parisOffset(new Date(`${day}T12:00:00Z`))}`;
}

const VENUES = {
  irev: {
    name: 'IREV',
    address: '135 boulevard Paul Painlevé',
    postalCode: '59000',
    town: 'Lille',
  },
  valenciennes: {
    name: 'Maison de quartier',
    address: 'Place du Hainaut',
    postalCode: '59300',
    town: 'Valenciennes',
  },
  maubeuge: {
    name: 'Centre social',
    address: 'Rue de la Croix',
    postalCode: '59600',
    town: 'Maubeuge',
  },
  dunkerque: {
    name: 'Maison de la vie associative',
    address: 'Rue du Jeu de Paume',
    postalCode: '59140',
    town: 'Dunkerque',
  },
};

export function demoSessions(now: Date): (SessionInput & { id: string })[] {
  const mc = (
    id: string,
    kind: 'introductory' | 'thematic',
    title: string,
    theme: string,
    weeks: number,
    weekday: number,
    venue: SessionInput['venue'],
    speaker: { name: string; role: string; organisation?: string },
  ): SessionInput & { id: string } => ({
    id,
    kind,
    title,
    theme,
    speakers: [speaker],
    venue,
    capacity: 20,
    waitingList: true,
    description:
      "Un professionnel d'une politique publique raconte son métier ; les conseillers citoyens préparent leurs questions, les posent, les priorisent et partagent. Une synthèse est transmise aux absents.",
    start: at(now, weeks, weekday, 18),
    end: at(now, weeks, weekday, 20, 30),
    registrationClosesAt: at(now, weeks, weekday, 12),
  });
  const intro = (town: keyof typeof VENUES, weeks: number) =>
    mc(
      `masterclass-intro-${town}`,
      'introductory',
      `Masterclass citoyenne : séance introductive (${VENUES[town].town})`,
      'Politique de la ville',
      weeks,
      2,
      VENUES[town],
      {
        name: 'Chargé·e de mission politique de la ville',
        role: 'Chargé de mission contrat de ville',
        organisation: 'IREV',
      },
    );
  return [
    {
      id: 'rencontre-reseau-referents',
      kind: 'network_meeting',
      title: 'Rencontre de réseau des référents conseils citoyens',
      theme: 'Participation citoyenne',
      description:
        'Présentation des ressources disponibles (boîte à outils), ateliers (document cadre du conseil citoyen, maintenir la dynamique, lien avec le comité de pilotage), restitution et débats.',
      speakers: [{ name: "Équipe de l'IREV", role: 'Centre de ressources politique de la ville' }],
      start: at(now, 1, 4, 9),
      end: at(now, 1, 4, 12),
      venue: VENUES.irev,
      capacity: 25,
      waitingList: true,
    },
    intro('irev', 1),
    intro('valenciennes', 1),
    intro('maubeuge', 2),
    intro('dunkerque', 2),
    mc(
      'masterclass-emploi',
      'thematic',
      "Masterclass : l'emploi et l'insertion",
      'Emploi',
      3,
      2,
      VENUES.irev,
      {
        name: 'Conseillère en insertion',
        role: 'Conseillère emploi',
        organisation: 'Mission locale',
      },
    ),
    mc(
      'masterclass-sante',
      'thematic',
      'Masterclass : la santé dans les quartiers',
      'Santé',
      4,
      2,
      VENUES.valenciennes,
      { name: 'Coordinateur atelier santé ville', role: 'Coordinateur ASV' },
    ),
    {
      // The seats split between the council's two collèges, each with its own waiting list.
      ...mc(
        'masterclass-logement',
        'thematic',
        'Masterclass : le logement social et le renouvellement urbain',
        'Habitat',
        5,
        2,
        VENUES.maubeuge,
        { name: 'Chargée de gestion urbaine de proximité', role: 'Bailleur social' },
      ),
      quotas: {
        by: 'college',
        groups: [
          { key: 'habitant', seats: 10 },
          { key: 'acteur_local', seats: 10 },
        ],
      },
    },
    mc(
      'masterclass-education',
      'thematic',
      "Masterclass : l'éducation et la réussite éducative",
      'Éducation',
      6,
      2,
      VENUES.dunkerque,
      { name: 'Coordinatrice du programme de réussite éducative', role: 'Coordinatrice PRE' },
    ),
    mc(
      'masterclass-securite',
      'thematic',
      'Masterclass : la tranquillité publique',
      'Tranquillité publique',
      7,
      2,
      VENUES.irev,
      { name: 'Délégué cohésion police-population', role: 'Police nationale' },
    ),
  ];
}

/**
 * The seeds' own dates: the network meeting on Thursday 24 March 2016; the seeds date the Masterclass to 2018 without days, so it starts the week of 8 January 2018.
 */
export function historicalSessions(): (SessionInput & { id: string })[] {
  const sessions = demoSessions(new Date('2018-01-01T12:00:00Z'));
  const meeting = sessions.find((s) => s.kind === 'network_meeting')!;
  Object.assign(meeting, { start: '2016-03-24T09:00:00+01:00', end: '2016-03-24T12:00:00+01:00' });
  return sessions;
}

/** Demo answers to the training-needs questionnaire. */
export const DEMO_ANSWERS = 36;

export async function seedDemo(
  db: Db,
  now = new Date(),
  { historical = false } = {},
): Promise<void> {
  const existing = await db.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM sessions');
  if (Number(existing?.n ?? 0) > 0) return; // never overwrite a database in use
  for (const { id, ...s } of historical ? historicalSessions() : demoSessions(now))
    await createSession(db, s, id);
  const author = 'Données de démonstration';
  await createDocument(db, 'questionnaires', 'besoins-formation', TRAINING_NEEDS, author);
  await publishDocument(
    db,
    'questionnaires',
    'besoins-formation',
    '"1"',
    author,
    'Questionnaire de recensement des besoins de formation',
  );
  // Answers for the results to show: plausible, reproducible, and checked like any resident's.
  const random = seededRandom(2026);
  for (let i = 0; i < DEMO_ANSWERS; i++)
    await submitResponse(
      db,
      'besoins-formation',
      { version: 2, ...sampleAnswers(TRAINING_NEEDS, random), paper: i % 6 === 5 },
      { locale: 'fr' },
    );
  await seedChartes(db, author);
  await seedBilans(db, author);
}

/** Two years of the Moulins council's review: 2025 adopted, 2026 being filled in, last year's actions carried over. */
async function seedBilans(db: Db, author: string): Promise<void> {
  await createDocument(db, 'bilans', 'bilan-moulins-2025', BILAN_MOULINS_2025, author);
  await publishDocument(
    db,
    'bilans',
    'bilan-moulins-2025',
    '"1"',
    author,
    'Adopté en réunion de bilan',
    undefined,
    await withFigures(db, 'bilan-moulins-2025'),
  );
  await createDocument(db, 'bilans', 'bilan-moulins-2026', BILAN_MOULINS_2026, author);
}

/**
 * A charte de fonctionnement adopted by the Moulins council, with a revision in progress; and a charte locale de la
 * participation for Valenciennes with its three bodies, still a draft.
 */
async function seedChartes(db: Db, author: string): Promise<void> {
  const moulins = CHARTE_MOULINS;
  await createDocument(db, 'chartes', 'charte-moulins', moulins, author);
  await publishDocument(
    db,
    'chartes',
    'charte-moulins',
    '"1"',
    author,
    'Adoptée en plénière',
    async (data) => adoptionProblem(data, 'fr'),
    withAdoptedText,
  );
  await saveDocument(
    db,
    'chartes',
    'charte-moulins',
    {
      ...moulins,
      answers: { ...MOULINS_ANSWERS, nombre_membres: 30, suppleants: true },
      adoption: undefined,
    },
    '"2"',
    author,
    'Révision : 30 membres et des suppléants',
  );
  await createDocument(
    db,
    'chartes',
    'charte-locale-valenciennes',
    {
      title: 'Charte locale de la participation de Valenciennes',
      kind: 'charte_locale_participation',
      status: 'draft',
      answers: {
        commune: 'Valenciennes',
        instances:
          'Conseil citoyen de Dutemple\nConseil citoyen de Chasse Royale\nTable de quartier du centre',
        local: 'à la maison de la participation',
        delai_reponse: 60,
      },
    } satisfies CharteInput,
    author,
  );
}

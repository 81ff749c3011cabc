/** The French strings of the bilan's summary, indicators and carried actions: the checklist and the report share them. */
export const summaryFr = {
  summary: 'Synthèse',
  answered: (n: number, total: number) => `${n} sur ${total} renseignés`,
  jumpTo: 'Aller à la rubrique',
  levelsTitle: 'Niveaux d’association',
  levelsCaption: 'Nombre de points à chaque niveau, selon chaque partie',
  level: 'Niveau',
  gapsTitle: 'Écarts à discuter',
  gapsIn: (n: number) => `${n} écart${n > 1 ? 's' : ''} à discuter`,
  noGaps: 'Aucun écart de deux niveaux ou plus entre le conseil et les institutions.',
  gap: (n: number) => `Écart de ${n} niveau${n > 1 ? 'x' : ''}`,
  indicatorsTitle: 'Indicateurs de l’année (calculés)',
  indicator: {
    sessions_held: 'Séances tenues',
    sessions_cancelled: 'Séances annulées',
    registrations_confirmed: 'Inscriptions confirmées aux séances tenues',
    attendance_present: 'Personnes présentes aux séances tenues (émargement)',
    questionnaire_responses: 'Réponses au questionnaire',
    charte_adopted: 'Adoption de la charte',
  } as Record<string, string>,
  /** A breakdown by kind of session, in words. */
  kinds: {
    introductory: 'séances introductives',
    thematic: 'séances thématiques',
    network_meeting: 'rencontres de réseau',
    other: 'autres séances',
  } as Record<string, string>,
  source: {
    sessions: 'calendrier des séances',
    registrations: 'inscriptions',
    questionnaire_responses: 'réponses au questionnaire',
    chartes: 'charte adoptée',
  } as Record<string, string>,
  computed: (source: string, at: string) => `Source : ${source} ; calculé le ${at}.`,
  notAdoptedYet: 'pas encore adoptée',
  carriedTitle: 'Actions de l’an dernier',
  carriedNone: 'Aucune action reportée de l’an dernier.',
  outcomePending: 'à faire le point',
};
export type SummaryStrings = typeof summaryFr;

/** « rencontres de réseau : 2 · Lille : 9 »: an indicator's breakdown in words (a town or questionnaire as it is). */
export const breakdownText = (
  breakdown: readonly { key: string; value: number }[],
  t: Pick<SummaryStrings, 'kinds'>,
) =>
  breakdown
    .map(({ key, value }) => {
      const [type, name = ''] = key.split(':');
      return `${type === 'kind' ? (t.kinds[name] ?? name) : name} : ${value}`;
    })
    .join(' · ');

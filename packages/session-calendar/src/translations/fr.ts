/** The calendar's French strings (the default). */
export const fr = {
  label: 'Calendrier des séances',
  views: 'Affichage',
  monthView: 'Mois',
  listView: 'Liste',
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  today: "Aujourd'hui",
  filters: 'Filtrer les séances',
  town: 'Ville',
  theme: 'Thème',
  kind: 'Type de séance',
  all: 'Toutes',
  sessionsCount: (n: number) => (n === 0 ? 'aucune séance' : n === 1 ? '1 séance' : `${n} séances`),
  todayMark: "aujourd'hui",
  dayHeading: (day: string) => `Séances du ${day}`,
  noSessionThatDay: 'Aucune séance ce jour-là.',
  empty: (month: string) => `Aucune séance en ${month}.`,
  emptyWithFilters: (month: string, filters: string) =>
    `Aucune séance en ${month} avec ces filtres : ${filters}.`,
  clearFilters: 'Effacer les filtres',
  details: 'Voir le détail',
  register: "S'inscrire",
  joinWaitingList: "S'inscrire sur la liste d'attente",
  close: 'Fermer',
  cancelledBecause: (reason: string) => `Motif : ${reason}`,
  loaded: (month: string, n: number) =>
    `${month} : ${n === 0 ? 'aucune séance' : n === 1 ? '1 séance' : `${n} séances`}.`,
  nextSession: (day: string) => `Voir la prochaine séance : ${day}`,
  moreSessions: (n: number) => `+ ${n}`,
  upcoming: 'Prochaines séances',
  upcomingFrom: (day: string) => `Séances à partir du ${day}`,
  agendaLoaded: (title: string, n: number) =>
    `${title} : ${n === 0 ? 'aucune séance' : n === 1 ? '1 séance' : `${n} séances`}.`,
  agendaEmpty: 'Aucune séance à venir pour le moment.',
  agendaEmptyWithFilters: (filters: string) =>
    `Aucune séance à venir avec ces filtres : ${filters}.`,
  showMore: 'Voir plus de séances',
};
export type CalendarStrings = typeof fr;

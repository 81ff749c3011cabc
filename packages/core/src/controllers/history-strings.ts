import type { VersionStatus } from '@conseils-citoyens/schemas';
import { LocaleTable } from '../i18n/locale-table.js';

/** What every document's history says: its versions, who saved them, and the comparison of two. */
export interface HistoryStrings {
  history: string;
  historyEmpty: string;
  versionLine: (v: number, status: string, who: string, when: string) => string;
  status: Record<VersionStatus, string>;
  compare: string;
  compareFrom: string;
  compareTo: string;
  diffAdded: string;
  diffRemoved: string;
  diffChanged: string;
  diffMoved: string;
  diffNone: string;
}

const fr: HistoryStrings = {
  history: 'Historique des versions',
  historyEmpty: 'Pas encore d’autre version.',
  versionLine: (v, status, who, when) => `Version ${v} (${status}), par ${who}, le ${when}`,
  status: { draft: 'brouillon', published: 'publiée', adopted: 'adoptée' },
  compare: 'Comparer',
  compareFrom: 'Version de départ',
  compareTo: "Version d'arrivée",
  diffAdded: 'Ajoutées',
  diffRemoved: 'Supprimées',
  diffChanged: 'Modifiées',
  diffMoved: 'Déplacées',
  diffNone: 'Aucune différence entre ces deux versions.',
};

export const historyStrings = new LocaleTable<HistoryStrings>(fr, () =>
  import('./history-strings-en.js').then((m) => m.en),
);

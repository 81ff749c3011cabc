import { LocaleTable } from '../i18n/locale-table.js';
import type { AutosaveState } from '../controllers/document-autosave.js';

/** What every editor of a document says about saving and about two versions to choose between. */
export interface AutosaveStrings {
  state: Record<Exclude<AutosaveState, 'saved' | 'held' | 'failed'>, string> & {
    saved: (time: string) => string;
    held: (why: string) => string;
    failed: (why: string) => string;
  };
  retry: string;
  conflictTitle: string;
  conflictText: (who: string, version: number) => string;
  mine: string;
  theirs: (who: string) => string;
  keepMine: string;
  takeTheirs: string;
}

const fr: AutosaveStrings = {
  state: {
    idle: 'Toutes les modifications sont enregistrées.',
    pending: 'Modifications gardées sur cet appareil, enregistrement dans un instant…',
    saving: 'Enregistrement…',
    saved: (time) => `Enregistré à ${time}.`,
    held: (why) => `Gardé sur cet appareil, pas encore enregistré : ${why}`,
    failed: (why) => `Pas enregistré : ${why} Vos modifications sont gardées sur cet appareil.`,
    conflict: 'Quelqu’un d’autre a enregistré une version entre-temps.',
  },
  retry: 'Réessayer',
  conflictTitle: 'Deux versions à départager',
  conflictText: (who, version) =>
    `${who} a enregistré la version ${version} pendant que vous modifiiez. Rien n'est perdu : choisissez la version à garder. L'autre reste dans l'historique.`,
  mine: 'Ma version (non enregistrée)',
  theirs: (who) => `Version de ${who}`,
  keepMine: 'Garder ma version',
  takeTheirs: 'Prendre leur version',
};

export const autosaveStrings = new LocaleTable<AutosaveStrings>(fr, () =>
  import('./autosave-strings-en.js').then((m) => m.en),
);

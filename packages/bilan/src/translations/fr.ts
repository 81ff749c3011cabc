import { summaryFr } from './summary-fr.js';

/** The French strings of <cc-bilan-checklist> (the default); the fixed vocabulary is in schemas/bilan-wording.ts. */
export const bilanFr = {
  title: (council: string, year: number) => `Bilan ${year} — ${council}`,
  adopted: (version: number) =>
    `Version ${version}, adoptée : elle ne change plus. Une modification commence une nouvelle version.`,
  draft: (version: number) => `Version ${version}, en cours`,
  ...summaryFr,
  status: 'État',
  levelOf: (side: string) => `Niveau selon : ${side}`,
  noLevel: 'Pas encore répondu',
  notes: 'Notes',
  own: 'Point ajouté par le territoire',
  action: 'Action pour l’an prochain',
  evidence: {
    title: 'Pièces justificatives',
    attach: 'Joindre un fichier',
    hint: 'PDF, image (PNG, JPEG), document ou tableur (ODT, ODS, DOCX, XLSX), CSV ou texte ; 10 Mo au plus.',
    sending: (name: string) => `Envoi de « ${name} »`,
    retry: (name: string) => `Réessayer d’envoyer « ${name} »`,
    attached: (name: string) => `« ${name} » est joint.`,
    removed: (name: string) => `« ${name} » est retiré.`,
    remove: 'Retirer',
  },
  actionWhat: 'Quoi ?',
  actionWho: 'Qui ?',
  actionBy: 'Pour quand ?',
  headingNotes: 'Le point sur la rubrique',
  answeredBy: (who: string) => `Renseigné par ${who}`,
  part: {
    pending: 'Modifié — enregistrement dans un instant',
    saving: 'Enregistrement…',
    saved: 'Enregistré',
    failed: 'Non enregistré — gardé sur cet appareil',
    conflict: 'Modifié en même temps par quelqu’un d’autre',
  },
  overall: (c: { pending: number; saving: number; failed: number; conflict: number }) =>
    c.conflict
      ? `${c.conflict} point${c.conflict > 1 ? 's' : ''} modifié${c.conflict > 1 ? 's' : ''} en même temps : choisissez la version à garder.`
      : c.failed
        ? `${c.failed} modification${c.failed > 1 ? 's' : ''} non enregistrée${c.failed > 1 ? 's' : ''}, gardée${c.failed > 1 ? 's' : ''} sur cet appareil : nouvel essai au retour de la connexion.`
        : c.pending || c.saving
          ? 'Enregistrement…'
          : 'Toutes les modifications sont enregistrées.',
  retry: 'Réessayer',
  conflictBoth: (who: string) => `${who} a modifié ce point pendant que vous l’écriviez.`,
  theirs: 'Sa version',
  mine: 'Votre version',
  keepMine: 'Garder ma version',
  keepTheirs: 'Prendre sa version',
  empty: '(vide)',
  compare: (year: number) => `Comparer avec ${year}`,
  compareLoading: 'Chargement du bilan de l’an dernier…',
  compareFailed: 'Le bilan de l’an dernier n’a pas pu être lu.',
  trend: { up: 'en hausse', down: 'en baisse', same: 'stable' } as Record<string, string>,
  trendLine: (side: string, year: number, then: string, now: string, trend: string) =>
    `${side} : ${then} en ${year} → ${now}${trend ? ` (${trend})` : ''}`,
  trendCounts: (year: number, up: number, down: number, same: number) =>
    `Depuis ${year} : ${up} en hausse, ${down} en baisse, ${same} stable${same > 1 ? 's' : ''}`,
  outcome: 'Ce qu’elle est devenue',
  outcomeNote: 'En quelques mots',
  nextYear: (year: number) => `Préparer le bilan ${year}`,
  nextYearHint: 'Un nouveau bilan, avec les actions décidées cette année à revoir.',
  addItem: 'Ajouter un point à cette rubrique',
  add: 'Ajouter',
  removeItem: (label: string) => `Retirer le point « ${label} »`,
  removed: (label: string) => `Point « ${label} » retiré, avec sa réponse.`,
  undo: 'Annuler',
  addItemBlank: '« Ajouter un point à cette rubrique » : écrivez le point à ajouter.',
  missingBilan: 'Indiquez le bilan à afficher : attribut bilan-id.',
};
export type BilanStrings = typeof bilanFr;

// The charte's fixed lists, without zod: what the builder and <cc-charte> need, kept out of the validators.

export const CHARTE_KINDS = [
  'charte_fonctionnement',
  'reglement_interieur',
  'charte_locale_participation',
] as const;

/** The sections of a charte, in their order (the preamble and the principles always first). */
export const CHARTE_SECTIONS = [
  'preambule',
  'principes',
  'objet',
  'perimetre',
  'instances',
  'composition',
  'mandat',
  'engagements',
  'fonctionnement',
  'decision',
  'representation',
  'partenaires',
  'engagements_commune',
  'moyens',
  'communication',
  'evaluation',
  'revision',
] as const;

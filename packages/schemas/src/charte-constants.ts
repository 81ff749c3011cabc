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

/** The sections that open every charte, in this order, whatever order the council gives the others. */
export const HEAD_SECTIONS = ['preambule', 'principes'] as const;

/** The sections a council may put in its own order, after the head ones. */
export const MOVABLE_SECTIONS = CHARTE_SECTIONS.filter(
  (s): s is Exclude<(typeof CHARTE_SECTIONS)[number], (typeof HEAD_SECTIONS)[number]> =>
    !(HEAD_SECTIONS as readonly string[]).includes(s),
);

export const isHeadSection = (section: string): boolean =>
  (HEAD_SECTIONS as readonly string[]).includes(section);

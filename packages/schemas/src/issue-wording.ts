/**
 * How a validation issue is worded in one language, each message naming its field `f` so a resident knows what to fix
 * (RGAA 11.10). French is here; English in issue-wording-en.ts, which a French page never loads.
 */
export interface IssueWording {
  /** The name of the whole form, when an issue has no field. */
  form: string;
  required: (f: string) => string;
  wrongType: (f: string, expected: string) => string;
  minChars: (f: string, n: number) => string;
  minItems: (f: string, n: number) => string;
  min: (f: string, n: number) => string;
  maxChars: (f: string, n: number) => string;
  maxItems: (f: string, n: number) => string;
  max: (f: string, n: number) => string;
  /** `what` is one of `formats` (« une adresse e-mail valide… »). */
  format: (f: string, what: string) => string;
  oneOf: (f: string, values: string) => string;
  unknownKeys: (keys: string) => string;
  invalid: (f: string) => string;
  formats: Record<string, string>;
  /** Cross-field rules (a refine's `params.rule`). */
  rules: Record<string, (f: string) => string>;
  types: Record<string, string>;
}

export const issueWordingFr: IssueWording = {
  form: 'Formulaire',
  required: (f) => `« ${f} » est obligatoire.`,
  wrongType: (f, t) => `« ${f} » n'a pas le bon type (${t} attendu).`,
  minChars: (f, n) => `« ${f} » doit contenir au moins ${n} caractères.`,
  minItems: (f, n) => `« ${f} » doit contenir au moins ${n} élément(s).`,
  min: (f, n) => `« ${f} » doit être supérieur ou égal à ${n}.`,
  maxChars: (f, n) => `« ${f} » ne doit pas dépasser ${n} caractères.`,
  maxItems: (f, n) => `« ${f} » ne doit pas contenir plus de ${n} éléments.`,
  max: (f, n) => `« ${f} » doit être inférieur ou égal à ${n}.`,
  format: (f, what) => `« ${f} » doit être ${what}.`,
  oneOf: (f, values) => `« ${f} » doit valoir l'une de ces valeurs : ${values}.`,
  unknownKeys: (keys) => `Champ(s) inconnu(s) : ${keys}.`,
  invalid: (f) => `« ${f} » n'est pas valide.`,
  formats: {
    email: 'une adresse e-mail valide (exemple : nom@domaine.fr)',
    datetime: 'une date et heure ISO 8601 avec fuseau (exemple : 2026-12-03T09:00:00+01:00)',
    date: 'une date au format AAAA-MM-JJ',
    regex: 'dans le format attendu',
  },
  rules: {
    endAfterStart: (f) => `« ${f} » doit être postérieure au début.`,
    closesAfterOpens: (f) => `« ${f} » doit être postérieure à l'ouverture des inscriptions.`,
    emailOrPhone: (f) =>
      `« ${f} » est obligatoire sans adresse e-mail : il faut pouvoir joindre la personne.`,
    quotasFillCapacity: (f) =>
      `« ${f} » : les places des groupes doivent faire ensemble le nombre de places de la séance.`,
    quotaKeysDistinct: (f) => `« ${f} » : deux groupes portent le même nom.`,
    quotaCollegesKnown: (f) => `« ${f} » : un collège est « habitant » ou « acteur_local ».`,
  },
  types: {
    string: 'texte',
    number: 'nombre',
    int: 'nombre entier',
    boolean: 'vrai/faux',
    array: 'liste',
    object: 'objet',
  },
};

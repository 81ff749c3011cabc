// Why an evidence file is refused, in French and English, naming the file: the server's answer, the memory adapter's,
// and the bilan checklist's own check before sending all say it the same way.
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES } from './evidence-constants.js';

type Locale = 'fr' | 'en';
const megabytes = (n: number, locale: Locale) =>
  `${(n / 1024 / 1024).toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 1 })} ${locale === 'en' ? 'MB' : 'Mo'}`;
const kinds = Object.values(EVIDENCE_TYPES).join(', ');
const file = (locale: Locale, fr: string, en: string) =>
  locale === 'en' ? `“File”: ${en}` : `« Fichier » : ${fr}`;

export const evidenceRefusals = {
  tooLarge: (size: number, locale: Locale) =>
    file(
      locale,
      `${megabytes(size, locale)}, c’est plus que la limite de ${megabytes(EVIDENCE_MAX_BYTES, locale)}.`,
      `${megabytes(size, locale)} is more than the limit of ${megabytes(EVIDENCE_MAX_BYTES, locale)}.`,
    ),
  type: (locale: Locale) =>
    file(
      locale,
      `ce type de fichier n’est pas accepté ; envoyez un fichier ${kinds}.`,
      `this type of file is not accepted; send a ${kinds} file.`,
    ),
  content: (type: keyof typeof EVIDENCE_TYPES, locale: Locale) =>
    file(
      locale,
      `son contenu n’est pas celui d’un fichier ${EVIDENCE_TYPES[type]}.`,
      `its content is not that of a ${EVIDENCE_TYPES[type]} file.`,
    ),
  name: (locale: Locale) =>
    file(
      locale,
      'son nom est vide, trop long (255 caractères au plus) ou illisible.',
      'its name is empty, too long (255 characters at most) or unreadable.',
    ),
  empty: (locale: Locale) => file(locale, 'il est vide.', 'it is empty.'),
};

/** What the browser can tell before sending: too large, empty, or not a type the server takes (its message). */
export function evidencePrecheck(
  f: { size: number; type: string },
  locale: Locale,
): string | undefined {
  if (f.size > EVIDENCE_MAX_BYTES) return evidenceRefusals.tooLarge(f.size, locale);
  if (!f.size) return evidenceRefusals.empty(locale);
  if (!(f.type in EVIDENCE_TYPES)) return evidenceRefusals.type(locale);
  return undefined;
}

import { charteTextEn } from '@conseils-citoyens/schemas/charte-text-en.js';
import type { CharteStrings } from './fr.js';

export const charteEn: CharteStrings = {
  ...charteTextEn,
  toc: 'Contents',
  edit: (n, step) => `Edit article ${n} (step “${step}”)`,
  download: 'Download',
  formats: { odt: 'ODT (LibreOffice)', docx: 'DOCX (Word)', md: 'Markdown' },
  print: 'Print the charter',
  notAdopted: 'This charter is not adopted yet: it will be published here once adopted.',
  missingCharte: 'Say which charter to show: the charte-id attribute, or the charte property.',
};

import { charteTextEn } from '@conseils-citoyens/schemas/charte-text-en.js';
import type { CharteStrings } from './fr.js';

export const charteEn: CharteStrings = {
  ...charteTextEn,
  toc: 'Contents',
  edit: (n, step) => `Edit article ${n} (step “${step}”)`,
  download: 'Download',
  formats: { odt: 'ODT (LibreOffice)', docx: 'DOCX (Word)', md: 'Markdown' },
  versionsTitle: 'Adopted versions and their notes',
  versionLine: (n, date) => `Version ${n}, adopted on ${date}`,
  changesSince: (n) => `What changed since version ${n}:`,
  changeKinds: { added: 'Added', removed: 'Removed', changed: 'Reworded' },
  renumbered: (n) =>
    n === 1 ? '1 other article changed number.' : `${n} other articles changed number.`,
  sameText: 'The text did not change.',
  read: (n) => `Read version ${n}`,
  reading: 'shown',
  earlier: (n) => `You are reading version ${n}, which is no longer in force.`,
  backToCurrent: 'Back to the version in force',
  print: 'Print the charter',
  notAdopted: 'This charter is not adopted yet: it will be published here once adopted.',
  missingCharte: 'Say which charter to show: the charte-id attribute, or the charte property.',
};

/** Lower case without accents: « Éloïse » and « ELOISE » compare equal (searches, the duplicate guard). */
export const foldText = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

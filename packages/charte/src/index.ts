export { CcCharte } from './charte.js';
export { charteFr, type CharteStrings } from './translations/fr.js';
export { charteEn } from './translations/en.js';

import data from './tokens.json';

export interface TokenDef {
  light: string;
  dark?: string;
  dsfr?: string;
}
export const TOKENS: Record<string, TokenDef> = data.tokens;
export const CONTRAST_PAIRS: { fg: string; bg: string; min: number }[] = data.contrast;
export type Scheme = 'light' | 'dark';

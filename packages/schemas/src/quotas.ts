// Seats split between groups (none of the anchors has this): 20 seats = 10 for residents + 10 for local actors, or
// so many per town. Each group fills, and keeps its own waiting list, on its own. DOM-free and zod-free: the form, the
// admin, the server and the memory adapter all ask here.
import { foldText } from './fold.js';
import { seatsLeft } from './registration-rules.js';

/** What the seats are split by: the person's collège, or the town they come from. */
export const QUOTA_BASES = ['college', 'town'] as const;
export type QuotaBasis = (typeof QUOTA_BASES)[number];

export interface SeatGroup {
  /** A collège (`habitant`, `acteur_local`) or a town's name. */
  key: string;
  seats: number;
}
export interface SeatSplit {
  by: QuotaBasis;
  groups: SeatGroup[];
}

/** A group's live figures, as a session reports them. */
export interface QuotaSeats extends SeatGroup {
  confirmed: number;
  waitlisted: number;
  seatsLeft: number;
}

/**
 * The group a person counts in: their collège, or their town matched without regard to case or accents (« roubaix »
 * is « Roubaix »). `''` for a session without quotas; `undefined` when the person names no group of this session.
 */
export function quotaKeyOf(
  quotas: SeatSplit | undefined,
  person: { college?: string | undefined; town?: string | undefined },
): string | undefined {
  if (!quotas) return '';
  const given = person[quotas.by];
  if (!given) return undefined;
  const wanted = foldText(given).trim();
  return quotas.groups.find((g) => foldText(g.key).trim() === wanted)?.key;
}

/** The seats of the group `key`, or the whole capacity without quotas. */
export function quotaCapacity(
  quotas: SeatSplit | undefined,
  capacity: number,
  key: string,
): number {
  return quotas?.groups.find((g) => g.key === key)?.seats ?? capacity;
}

/** Each group's figures from the counts by group (`confirmed[key]`, `waitlisted[key]`). */
export function quotaSeats(
  quotas: SeatSplit,
  confirmed: Record<string, number>,
  waitlisted: Record<string, number>,
): QuotaSeats[] {
  return quotas.groups.map((g) => ({
    ...g,
    confirmed: confirmed[g.key] ?? 0,
    waitlisted: waitlisted[g.key] ?? 0,
    seatsLeft: seatsLeft(g.seats, confirmed[g.key] ?? 0),
  }));
}

/** Whether two splits have the same groups (seats aside): once people are registered, only the seats may change. */
export const sameGroups = (a: SeatSplit | undefined, b: SeatSplit | undefined): boolean =>
  a?.by === b?.by &&
  JSON.stringify((a?.groups ?? []).map((g) => g.key)) ===
    JSON.stringify((b?.groups ?? []).map((g) => g.key));

const COLLEGE_WORDS = {
  fr: { habitant: 'habitant·e', acteur_local: 'acteur local' },
  en: { habitant: 'resident', acteur_local: 'local actor' },
} as const;

/** A group in words: a collège's name, or the town as written. */
export const groupName = (split: SeatSplit, key: string, locale: 'fr' | 'en'): string =>
  split.by === 'college' ? ((COLLEGE_WORDS[locale] as Record<string, string>)[key] ?? key) : key;

/**
 * The field error when a person names no group of the session (its field, `college` or `town`, named): « « Collège »
 * : choisissez l'un des groupes de cette séance (habitant·e, acteur local). »
 */
export function missingGroupError(split: SeatSplit, label: string, locale: 'fr' | 'en') {
  const names = split.groups.map((g) => groupName(split, g.key, locale)).join(', ');
  return {
    field: split.by,
    code: 'quotaGroup',
    message:
      locale === 'en'
        ? `“${label}”: choose one of this session's groups (${names}).`
        : `« ${label} » : choisissez l’un des groupes de cette séance (${names}).`,
  };
}

/**
 * The field error when a split is set, changed or taken away and `n` people already registered would fit none of its
 * groups (their seat must not vanish): on « Répartition des places ».
 */
export function strayPeopleError(n: number, locale: 'fr' | 'en') {
  return {
    field: 'quotas',
    code: 'quotaStray',
    message:
      locale === 'en'
        ? `“Split of the seats”: ${n} registered ${n > 1 ? 'people belong' : 'person belongs'} to none of these groups.`
        : `« Répartition des places » : ${n} ${n > 1 ? 'personnes inscrites n’appartiennent' : 'personne inscrite n’appartient'} à aucun de ces groupes.`,
  };
}

/**
 * Building blocks shared by every schema. Written with `zod/mini` so that the
 * browser bundles stay small (≈6 KB gzipped instead of ≈26 KB for classic zod).
 * Always `import * as z` — the named import drags in every zod locale.
 */
import * as z from 'zod/mini';
import { LOCALES, TIME_ZONE } from './constants.js';

/** Identifiers: slugs or UUIDs, safe in URLs and file names. */
export const Id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/));

/** ISO 8601 date-time **with** an explicit offset, e.g. `2026-12-03T09:00:00+01:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** ISO 8601 calendar date, e.g. `2026-12-03`. */
export const IsoDate = z.iso.date();

export { TIME_ZONE };
export const TimeZone = z.literal(TIME_ZONE);

export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** A required, trimmed-by-the-client line of text. */
export const line = (max = 200) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** Optional free text. */
export const text = (max = 5000) => z.optional(z.string().check(z.maxLength(max)));

export const Email = z.email().check(z.maxLength(254));
/** A web page's address (http or https): where an e-mail's link leads; the server also checks its site. */
export const PageUrl = z.string().check(z.maxLength(2000), z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/));
/** French or international phone numbers, with the usual separators. */
export const Phone = z.string().check(z.regex(/^\+?[0-9][0-9 .()-]{5,24}$/));

export const NonNegativeInt = z.int().check(z.gte(0));
export const PositiveInt = z.int().check(z.gte(1));

/** One page of a list: the items and where they sit in the whole. */
export const Page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    total: NonNegativeInt,
    limit: NonNegativeInt,
    offset: NonNegativeInt,
  });

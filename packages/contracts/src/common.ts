import { z } from 'zod';

/** Opaque keyset cursor, as sent back by list endpoints in `nextCursor`. */
export const Cursor = z.string().min(1).max(200);

export const PageQuery = z.object({
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Database ids are bigint identities, sent as decimal strings in URLs and as numbers in bodies. */
export const IdParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
export const Timestamp = z.string().describe('ISO 8601 date-time');

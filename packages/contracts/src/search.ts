import { z } from 'zod';
import { ProjectSummary } from './projects';

export const SearchErrorCode = { queryTooShort: 'query_too_short', queryTooLong: 'query_too_long' } as const;
export const searchQueryMinLength = 2;
export const searchQueryMaxLength = 200;

/** `q` is only bounded loosely here: the service answers `query_too_short` / `query_too_long` itself. */
export const SearchQuery = z.object({
  q: z.string().max(2000),
  kind: z.enum(['projects', 'concepts', 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** [start, end) offsets in UTF-16 code units, for highlighting. */
export const MatchRange = z.tuple([z.number().int(), z.number().int()]);

export const SearchResult = z.object({
  kind: z.enum(['project', 'concept']),
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  snippet: z.string(),
  matches: z.object({ title: z.array(MatchRange), snippet: z.array(MatchRange) }),
  score: z.number(),
});
export type SearchResult = z.infer<typeof SearchResult>;
export const SearchReply = z.object({ items: z.array(SearchResult) });
export type SearchReply = z.infer<typeof SearchReply>;

/** The original system's `/api/projets/search/?q=` reply, kept for old clients. */
export const LegacySearchQuery = z.object({ q: z.string().max(2000) });
export const LegacySearchReply = z.object({ results: z.array(ProjectSummary), count: z.number().int(), query: z.string() });

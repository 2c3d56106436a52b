import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../db/schema';
import type { PreparedQuery } from './query';

export interface SearchRow {
  id: number;
  slug: string;
  title: string;
  summary: string;
  description: string;
  created_at: Date;
  score: number;
}

export type SearchableTable = 'projects' | 'concepts';

const folded = (value: string) => sql`immutable_unaccent(lower(${value}))`;

/**
 * The title part of a search: a literal substring of the folded title, or a title close to the query by
 * trigram word similarity (`<%`, threshold pg_trgm.word_similarity_threshold = 0.6). Both use the GIN
 * trigram index on `title_norm`. The folding of the bound parameters is constant-folded by the planner.
 */
export const titleMatches = (q: PreparedQuery, alias: string): RawBuilder<boolean> =>
  sql<boolean>`(${sql.ref(`${alias}.title_norm`)} LIKE ${folded(q.contains)} OR ${folded(q.text)} <% ${sql.ref(`${alias}.title_norm`)})`;

export const textMatches = (tsQuery: string, alias: string): RawBuilder<boolean> =>
  sql<boolean>`${sql.ref(`${alias}.search_vector`)} @@ to_tsquery('simple', ${tsQuery})`;

/**
 * Ranked search in one table. Title matches come first: exact title (4), title prefix (3), query at the
 * start of a word of the title (2), then by trigram word similarity (1..2). Text-only matches (summary,
 * description, body) follow (0.5). Ties: newest first. Each half is limited before the union, so a common
 * word never sorts more than the rows it can return from the text half (an index walk newest first).
 */
export function searchTable(db: Kysely<DB>, table: SearchableTable, q: PreparedQuery, tsQuery: string | null, limit: number) {
  const visible = table === 'projects' ? sql`t.published` : sql`true`;
  const long = table === 'projects' ? sql.ref('t.description') : sql.ref('t.body');
  const columns = sql`t.id, t.slug, t.title, t.summary, left(${long}, 4000) AS description, t.created_at`;
  const textHalf = tsQuery
    ? sql`
      UNION ALL
      (SELECT ${columns}, 0.5::float8 AS score
       FROM ${sql.table(table)} t
       WHERE ${visible} AND ${textMatches(tsQuery, 't')} AND NOT ${titleMatches(q, 't')}
       ORDER BY t.id DESC LIMIT ${limit})`
    : sql``;
  return sql<SearchRow>`
    SELECT * FROM (
      (SELECT ${columns},
         CASE WHEN t.title_norm = ${folded(q.text)} THEN 4
              WHEN t.title_norm LIKE ${folded(q.prefix)} THEN 3
              WHEN t.title_norm ~ ${folded(q.wordStart)} THEN 2
              ELSE 1 + 0.99 * word_similarity(${folded(q.text)}, t.title_norm) END::float8 AS score
       FROM ${sql.table(table)} t
       WHERE ${visible} AND ${titleMatches(q, 't')}
       ORDER BY score DESC, t.id DESC LIMIT ${limit})
      ${textHalf}
    ) r
    ORDER BY score DESC, id DESC
    LIMIT ${limit}`.execute(db);
}

/**
 * For each word of the query, the closest known words (trigram similarity, GIN index on search_words),
 * the PostgreSQL-documented way to correct words before a full-text search.
 */
export const findWordCandidates = (db: Kysely<DB>, words: string[]) =>
  sql<{ input: string; word: string; sim: number }>`
    SELECT q.w AS input, s.word, s.sim
    FROM unnest(${words}::text[]) AS q(w)
    CROSS JOIN LATERAL (
      SELECT word, similarity(word, q.w)::float8 AS sim FROM search_words
      WHERE word % q.w ORDER BY word <-> q.w LIMIT 3
    ) s`.execute(db);

/** Adds the words of the given rows' text to the correction table (words of 3 to 40 letters or digits). */
export const addSearchWordsOf = (db: Kysely<DB>, table: SearchableTable, ids: number[]) =>
  sql`
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM ${sql.table(table)} t, unnest(tsvector_to_array(t.search_vector)) AS w
    WHERE t.id = ANY(${ids}::bigint[]) AND w ~ '^[a-z0-9]{3,40}$'
    ON CONFLICT DO NOTHING`.execute(db);

/** Rebuilds nothing, adds every word of a whole table: after a bulk load. */
export const addAllSearchWords = (db: Kysely<DB>, table: SearchableTable) =>
  sql`
    INSERT INTO search_words (word)
    SELECT word FROM ts_stat(${`SELECT search_vector FROM ${table}`})
    WHERE word ~ '^[a-z0-9]{3,40}$'
    ON CONFLICT DO NOTHING`.execute(db);

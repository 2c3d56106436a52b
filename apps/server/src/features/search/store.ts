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

/** The folded title contains the query as typed (trigram GIN index; `%`, `_` and `\\` escaped). */
const titleContains = (q: PreparedQuery, alias: string) => sql<boolean>`${sql.ref(`${alias}.title_norm`)} LIKE ${folded(q.contains)}`;

/** The words of the title match the (corrected) words of the query: typo tolerance for titles. */
const titleHasWords = (tsQuery: string, alias: string) => sql<boolean>`${sql.ref(`${alias}.title_vector`)} @@ to_tsquery('simple', ${tsQuery})`;

export const textMatches = (tsQuery: string, alias: string): RawBuilder<boolean> =>
  sql<boolean>`${sql.ref(`${alias}.search_vector`)} @@ to_tsquery('simple', ${tsQuery})`;

/** What a list filtered by text keeps: the same rows as a search, unranked. */
export function anyMatch(q: PreparedQuery, tsQuery: string | null, alias: string): RawBuilder<boolean> {
  return tsQuery ? sql<boolean>`(${titleContains(q, alias)} OR ${textMatches(tsQuery, alias)})` : titleContains(q, alias);
}

/** Ranks of the tiers; within a tier, newest first. */
export const SearchTier = { exactTitle: 4, titlePrefix: 3, titleWord: 2, titleCorrected: 1.5, text: 0.5 } as const;

export interface TierQuery {
  q: PreparedQuery;
  /** All words of the query, each as a prefix or one of its corrections; null without words. */
  tsQuery: string | null;
  /** True when some word was corrected: only then may a title match by its words but not literally. */
  corrected: boolean;
  /**
   * True when the words are known to be rare. The planner estimates prefix queries (`word:*`) blindly and
   * may then walk the primary key newest first, reading every row's text vector until it finds 20 matches
   * (0.5 s at 100,000 rows for a rare word). For rare words the vector tiers sort by `id + 0`, which only
   * the GIN index can serve; common words keep the walk, which stops after a few rows.
   */
  rareWords: boolean;
  limit: number;
}

/**
 * Ranked search in one table, as tiers that exclude each other, best first: exact title, title prefix,
 * the query at the start of a word of the title, the (corrected) words all in the title, then the words
 * anywhere in the text (summary, description, body). Each tier is "filter, newest first, LIMIT n": the
 * planner either walks the primary key backwards and stops after n rows (a common word) or collects the
 * few matches from a GIN index (a rare one), so no tier ever sorts thousands of rows. The tiers run one
 * after the other and stop once n rows are found: a common word is answered by its first tiers alone.
 */
export function searchTierQueries(table: SearchableTable, { q, tsQuery, corrected, rareWords, limit }: TierQuery): RawBuilder<SearchRow>[] {
  const visible = table === 'projects' ? sql`t.published` : sql`true`;
  const long = table === 'projects' ? sql.ref('t.description') : sql.ref('t.body');
  const tier = (score: number, condition: RawBuilder<unknown>, order = sql`t.id`) => sql<SearchRow>`
    SELECT t.id, t.slug, t.title, t.summary, left(${long}, 1500) AS description, t.created_at, ${sql.lit(score)}::float8 AS score
    FROM ${sql.table(table)} t
    WHERE ${visible} AND ${condition}
    ORDER BY ${order} DESC LIMIT ${limit}`;
  const vectorOrder = rareWords ? sql`t.id + 0` : sql`t.id`;
  const exact = sql`t.title_norm = ${folded(q.text)}`;
  const prefix = sql`t.title_norm LIKE ${folded(q.prefix)}`;
  // Exact ⊂ prefix ⊂ the query at the start of a word: the lower tiers exclude the latter.
  const atWordStart = sql`(${titleContains(q, 't')} AND t.title_norm ~ ${folded(q.wordStart)})`;
  const tiers = [
    tier(SearchTier.exactTitle, exact),
    tier(SearchTier.titlePrefix, sql`${prefix} AND NOT ${exact}`),
    tier(SearchTier.titleWord, sql`${atWordStart} AND NOT ${prefix}`),
  ];
  if (tsQuery && corrected) tiers.push(tier(SearchTier.titleCorrected, sql`${titleHasWords(tsQuery, 't')} AND NOT ${atWordStart}`, vectorOrder));
  if (tsQuery) {
    const notInTitle = corrected ? sql`NOT ${atWordStart} AND NOT ${titleHasWords(tsQuery, 't')}` : sql`NOT ${atWordStart}`;
    tiers.push(tier(SearchTier.text, sql`${textMatches(tsQuery, 't')} AND ${notInTitle}`, vectorOrder));
  }
  return tiers;
}

export async function searchTable(db: Kysely<DB>, table: SearchableTable, query: TierQuery): Promise<SearchRow[]> {
  const found: SearchRow[] = [];
  for (const tier of searchTierQueries(table, query)) {
    if (found.length >= query.limit) break;
    const { rows } = await tier.execute(db);
    found.push(...rows.slice(0, query.limit - found.length));
  }
  return found;
}

/**
 * For each word of the query, the closest known words (trigram similarity, GIN index on search_words),
 * the PostgreSQL-documented way to correct words before a full-text search.
 */
export const findWordCandidates = (db: Kysely<DB>, words: string[]) =>
  sql<{ input: string; word: string; sim: number; documents: number }>`
    SELECT q.w AS input, s.word, s.sim, s.documents
    FROM unnest(${words}::text[]) AS q(w)
    CROSS JOIN LATERAL (
      SELECT word, documents, similarity(word, q.w)::float8 AS sim FROM search_words
      WHERE word % q.w ORDER BY word <-> q.w LIMIT 3
    ) s`.execute(db);

/** Adds the words of the given rows' text to the correction table (words of 3 to 40 letters or digits). */
export const addSearchWordsOf = (db: Kysely<DB>, table: SearchableTable, ids: number[]) =>
  sql`
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM ${sql.table(table)} t, unnest(tsvector_to_array(t.search_vector)) AS w
    WHERE t.id = ANY(${ids}::bigint[]) AND w ~ '^[a-z0-9]{3,40}$'
    ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + 1`.execute(db);

/** Adds every word of a whole table with its document count: after a bulk load (projects first, then concepts). */
export const addAllSearchWords = (db: Kysely<DB>, table: SearchableTable) =>
  sql`
    INSERT INTO search_words (word, documents)
    SELECT word, ndoc FROM ts_stat(${`SELECT search_vector FROM ${table}`})
    WHERE word ~ '^[a-z0-9]{3,40}$'
    ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + excluded.documents`.execute(db);

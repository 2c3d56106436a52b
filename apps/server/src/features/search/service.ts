import type { Kysely } from 'kysely';
import { SearchErrorCode, type SearchQuery, type SearchResult, searchQueryMaxLength, searchQueryMinLength } from '@egoejo/contracts';
import type { DB } from '../../db/schema';
import { badRequest } from '../../platform/errors';
import { matchRanges, snippetOf } from './highlight';
import { type PreparedQuery, buildTsQuery, correctableWord, prepareQuery } from './query';
import { type SearchRow, type SearchableTable, addSearchWordsOf, findWordCandidates, searchTable } from './store';

/** Below this many texts per word (the rarest word of the query), the word counts as rare (see TierQuery). */
const rareWordDocuments = 2_000;
/** A correction must be at least this close (trigram similarity) to the typed word. */
const minCorrectionSimilarity = 0.35;
const maxCorrectionsPerWord = 2;

/** Trims and bounds the query: the two errors the API names. */
export function checkedQueryText(raw: string): string {
  const text = raw.trim();
  if (text.length < searchQueryMinLength) {
    throw badRequest(SearchErrorCode.queryTooShort, `The query needs at least ${searchQueryMinLength} characters.`, [{ field: 'q', message: 'too short' }]);
  }
  if (text.length > searchQueryMaxLength) {
    throw badRequest(SearchErrorCode.queryTooLong, `The query may have at most ${searchQueryMaxLength} characters.`, [{ field: 'q', message: 'too long' }]);
  }
  return text;
}

export interface TextSearch {
  query: PreparedQuery;
  /** The full-text query with corrected words, or null when the query has no word. */
  tsQuery: string | null;
  /** Whether some word of the query was corrected. */
  corrected: boolean;
  /** Whether the rarest word of the query (with its corrections) is in few texts. */
  rareWords: boolean;
  /** What to highlight: the query, its words and their corrections. */
  terms: string[];
}

/** Prepares a query and corrects its words against the known words (one round trip). */
export async function prepareTextSearch(db: Kysely<DB>, text: string): Promise<TextSearch> {
  const query = prepareQuery(text);
  const corrections = new Map<string, string[]>();
  // How many texts each query word (or, when unknown, its corrections) appears in; 0 when nowhere.
  const documents = new Map<string, number>(query.words.map((w) => [w, 0]));
  const candidates = query.words.length ? (await findWordCandidates(db, query.words)).rows : [];
  for (const word of query.words) {
    const mine = candidates.filter((c) => c.input === word);
    const exact = mine.find((c) => c.word === word);
    // A word the texts already contain is taken as typed.
    if (exact) {
      documents.set(word, exact.documents);
      continue;
    }
    if (!correctableWord(word)) continue;
    const close = mine.filter((c) => c.sim >= minCorrectionSimilarity).slice(0, maxCorrectionsPerWord);
    if (close.length) corrections.set(word, close.map((c) => c.word));
    documents.set(word, close.reduce((sum, c) => sum + c.documents, 0));
  }
  const terms = [text, ...query.words, ...[...corrections.values()].flat()];
  const rarest = Math.min(...documents.values());
  return {
    query,
    tsQuery: buildTsQuery(query.words, corrections),
    corrected: corrections.size > 0,
    // Prefixes can match more than the word itself: short words are never counted as rare.
    rareWords: rarest < rareWordDocuments && query.words.every((w) => w.length >= 4 || (documents.get(w) ?? 0) < rareWordDocuments),
    terms,
  };
}

const kindOf = { projects: 'project', concepts: 'concept' } as const;

function toResult(table: SearchableTable, row: SearchRow, terms: string[]): SearchResult & { createdAt: Date } {
  const { snippet, ranges } = snippetOf(row.summary, row.description, terms);
  return {
    kind: kindOf[table],
    id: row.id,
    slug: row.slug,
    title: row.title,
    snippet,
    matches: { title: matchRanges(row.title, terms), snippet: ranges },
    score: row.score,
    createdAt: row.created_at,
  };
}

/** Projects and/or concepts ranked as `searchTable` describes; across kinds, by score then newest first. */
export async function search(db: Kysely<DB>, input: SearchQuery): Promise<SearchResult[]> {
  const prepared = await prepareTextSearch(db, checkedQueryText(input.q));
  const tables: SearchableTable[] = input.kind === 'all' ? ['projects', 'concepts'] : [input.kind];
  const found = await Promise.all(
    tables.map(async (table) => {
      const rows = await searchTable(db, table, { q: prepared.query, tsQuery: prepared.tsQuery, corrected: prepared.corrected, rareWords: prepared.rareWords, limit: input.limit });
      return rows.map((row) => toResult(table, row, prepared.terms));
    }),
  );
  return found
    .flat()
    .sort((a, b) => b.score - a.score || b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, input.limit)
    .map(({ createdAt: _createdAt, ...result }) => result);
}

/** Keeps the correction table in step with written texts (called by the features that own them). */
export async function indexWordsOf(db: Kysely<DB>, table: SearchableTable, ids: number[]): Promise<void> {
  if (ids.length) await addSearchWordsOf(db, table, ids);
}

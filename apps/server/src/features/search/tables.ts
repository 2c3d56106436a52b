import type { Generated } from 'kysely';

/** Distinct words of every searchable text, to correct the words of a query (DESIGN §6). */
export interface SearchWordsTable {
  word: string;
  documents: Generated<number>;
}

export interface SearchTables {
  search_words: SearchWordsTable;
}

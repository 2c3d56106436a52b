import { stripAccents } from '../../content/slug';

/**
 * A user's query, prepared once for every search path (titles by trigram, long text by `tsvector`).
 * Everything the user typed reaches SQL as a bound parameter; LIKE and regex metacharacters are escaped
 * here so that `%`, `_`, `\`, `.*` are searched as themselves.
 */
export interface PreparedQuery {
  /** The trimmed query as typed; SQL folds it with immutable_unaccent(lower(...)) like the titles. */
  text: string;
  /** `%text%`, LIKE-escaped. */
  contains: string;
  /** `text%`, LIKE-escaped. */
  prefix: string;
  /** The text at the start of a word of the title, regex-escaped. */
  wordStart: string;
  /** Folded words (a-z, 0-9) used for the full-text part and highlighting. */
  words: string[];
}

const maxWords = 8;

/** "Forêt-Jardin" → "foret-jardin": the same folding as immutable_unaccent(lower(...)) for the text we write. */
export const fold = (text: string) => stripAccents(text).toLowerCase();

export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
export const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`);

export function queryWords(text: string): string[] {
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2 && w.length <= 40);
  return [...new Set(words)].slice(0, maxWords);
}

export function prepareQuery(text: string): PreparedQuery {
  return {
    text,
    contains: `%${escapeLike(text)}%`,
    prefix: `${escapeLike(text)}%`,
    wordStart: `(^|[^[:alnum:]])${escapeRegex(text)}`,
    words: queryWords(text),
  };
}

/** Corrections are only sought for words long enough for trigrams to mean something. */
export const correctableWord = (word: string) => word.length >= 4;
/** Only plain words may enter a tsquery string (no operators, no quotes). */
export const plainWord = (word: string) => /^[a-z0-9]{2,40}$/.test(word);

/**
 * `(jardin:* | jardins) & (potager:*)`: every word must match, as a prefix (plurals, "semence" → "semences")
 * or as one of its corrections. Null when the query has no word (only punctuation).
 */
export function buildTsQuery(words: string[], corrections: Map<string, string[]>): string | null {
  const groups = words.filter(plainWord).map((word) => {
    const alternatives = [word.length >= 3 ? `${word}:*` : word, ...(corrections.get(word) ?? []).filter(plainWord)];
    return `(${[...new Set(alternatives)].join(' | ')})`;
  });
  return groups.length ? groups.join(' & ') : null;
}

import type { CharacterTables, NormalizedText } from './normalize.js';
import { makeForms, type TokenForms } from './token-forms.js';
import { joinInnerPunctuation, joinSpacedLetters } from './glue-letters.js';
import { findLinks } from './links.js';
import { findQuotations } from './quotations.js';

/** One word of the normalised text, with where it came from and where it sits in the message. */
export interface Token extends TokenForms {
  /** Range in the normalised text. */
  start: number;
  end: number;
  /** Range in the original text, for spans. */
  origStart: number;
  origEnd: number;
  raw: string;
  /** Sentence number: patterns never match across sentences. */
  sentence: number;
  /** First / last word of a clause (between , ; : . ! ? quotes and the like): lets patterns say "alone". */
  clauseStart: boolean;
  clauseEnd: boolean;
  /** Number of the quotation the token sits in, -1 outside any. */
  quote: number;
}

export interface UrlMatch {
  /** Range in the original text. */
  start: number;
  end: number;
  /** Normalised (lower-case) URL text. */
  url: string;
}

export interface TokenizedText {
  tokens: Token[];
  urls: UrlMatch[];
}

/** Tells whether some spelling of a token is (or could grow into) a lexicon word, to glue letters together. */
export interface LexiconWordTest {
  isLexiconWord: (forms: TokenForms) => boolean;
  isLexiconPrefix: (forms: TokenForms) => boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SENTENCE_BREAK = /[.!?…\n]/u;
const CLAUSE_BREAK = /[,;:()[\]«»"“”„—–]|\s-\s|^-\s|\s-$/u;
// Leet symbols that may open a word ("$alope", "|diot"); '@' is not one of them: it starts a mention.
const LEADING_LEET = new Set(['$', '|']);
// Leet symbols that may close a word ("a$$").
const TRAILING_LEET = new Set(['$', '€']);

// ASCII fast path: the normalised text is lower-case, and almost all of it is ASCII.
function isWordCode(code: number, text: string, i: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text[i] ?? '');
}

export interface RawToken {
  start: number;
  end: number;
  raw: string;
}

export function tokenize(
  norm: NormalizedText,
  tables: CharacterTables,
  lexicon: LexiconWordTest,
): TokenizedText {
  const text = norm.text;
  const masked = new Uint8Array(text.length);
  const urls = findLinks(norm, masked);
  let raws = splitWords(text, masked, tables);
  raws = joinSpacedLetters(raws, text, tables, lexicon);
  raws = joinInnerPunctuation(raws, text, tables, lexicon.isLexiconWord);
  const quoteOf = findQuotations(text);
  const tokens: Token[] = [];
  let sentence = 0;
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i] as RawToken;
    const prev = tokens[i - 1];
    const quote = quoteOf[r.start] ?? -1;
    // A single space, by far the most common gap, breaks nothing; only other gaps go through the patterns.
    const plainGap = prev !== undefined && r.start - prev.end === 1 && text.charCodeAt(prev.end) === 32;
    const gap = prev && !plainGap ? text.slice(prev.end, r.start) : '';
    const sentenceBreak = prev !== undefined && !plainGap && SENTENCE_BREAK.test(gap);
    const clauseBreak =
      prev === undefined || sentenceBreak || (!plainGap && CLAUSE_BREAK.test(gap)) || prev.quote !== quote;
    if (sentenceBreak) sentence++;
    if (prev && clauseBreak) prev.clauseEnd = true;
    const forms = makeForms(r.raw, tables);
    tokens.push({
      forms: forms.forms,
      squashed: forms.squashed,
      wild: forms.wild,
      start: r.start,
      end: r.end,
      origStart: norm.origStart[r.start] ?? 0,
      origEnd: norm.origEnd[r.end - 1] ?? 0,
      raw: r.raw,
      sentence,
      clauseStart: clauseBreak,
      clauseEnd: false,
      quote,
    });
  }
  const last = tokens[tokens.length - 1];
  if (last) last.clauseEnd = true;
  return { tokens, urls };
}

function splitWords(text: string, masked: Uint8Array, tables: CharacterTables): RawToken[] {
  const isWord = (i: number): boolean => i < text.length && masked[i] === 0 && isWordCode(text.charCodeAt(i), text, i);
  const isSymbol = (i: number): boolean => {
    const c = text[i] ?? '';
    return masked[i] === 0 && (c in tables.leet || tables.wildcard.includes(c));
  };
  const out: RawToken[] = [];
  let i = 0;
  while (i < text.length) {
    const opensWithSymbol = LEADING_LEET.has(text[i] ?? '') && masked[i] === 0 && isWord(i + 1);
    if (!isWord(i) && !opensWithSymbol) {
      i++;
      continue;
    }
    const start = i;
    i++;
    let letters = 1;
    for (;;) {
      if (isWord(i)) {
        i++;
        letters++;
        continue;
      }
      // A run of leet symbols or wildcards belongs to the word when a letter or digit follows it
      // ("b!tch", "a$$hole", "f*ck"), or when it closes a short word ("a$$", "f***").
      let j = i;
      while (j < text.length && isSymbol(j)) j++;
      if (j === i) break;
      const run = text.slice(i, j);
      const closesWord =
        [...run].every((c) => TRAILING_LEET.has(c)) ||
        ([...run].every((c) => tables.wildcard.includes(c)) && letters <= 3);
      if (isWord(j) || closesWord) {
        i = j;
        continue;
      }
      break;
    }
    out.push({ start, end: i, raw: text.slice(start, i) });
  }
  return out;
}

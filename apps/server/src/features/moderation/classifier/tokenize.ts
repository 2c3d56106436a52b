import type { CharacterTables, NormalizedText } from './normalize.js';
import { makeForms, type TokenForms } from './token-forms.js';
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

// Links are found without one big regular expression: such a pattern backtracks badly on text like
// "a.a.a.a…" (seconds on a long message). Each space-delimited chunk holding a dot is trimmed and tested with
// anchored, unambiguous patterns, which is linear.
const SCHEME_URL = /^(?:https?:\/\/|www\.)[^\s<>"«»“”]+/u;
const BARE_DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>"«»“”]*)?/u;
const LEADING_URL_PUNCT = /^[(<["'«“]+/u;
const TRAILING_URL_PUNCT = /[.,;:!?)\]'>»”"]+$/u;
const TOP_LEVEL_DOMAINS = new Set(
  'com net org fr io ly co uk biz info xyz top shop click ru de eu me app site online store link live club win bid loan be ch ca us gl gd at'.split(' '),
);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SENTENCE_BREAK = /[.!?…\n]/u;
const CLAUSE_BREAK = /[,;:()[\]«»"“”„—–]|\s-\s|^-\s|\s-$/u;
// Separators that may sit between the letters of a spaced-out word: "c o n n a r d", "c.o.n.n.a.r.d".
const SPACED_GAP = /^[ \t.\-_·•,/]{1,3}$/u;
// Single punctuation inside a word, to undo "con-nard", "sal.ope".
const INNER_GAP = /^[.\-_·]$/u;
// Leet symbols that may open a word ("$alope", "|diot"); '@' is not one of them: it starts a mention.
const LEADING_LEET = new Set(['$', '|']);
// Leet symbols that may close a word ("a$$").
const TRAILING_LEET = new Set(['$', '€']);
// Longest spaced-out word glued back; longer runs are checked in pieces.
const MAX_SPACED_WORD = 30;
// Pieces of a spaced-out word are single letters, sometimes pairs ("sh u t up"); never longer.
const MAX_SPACED_PIECE = 2;

// ASCII fast path: the normalised text is lower-case, and almost all of it is ASCII.
function isWordCode(code: number, text: string, i: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text[i] ?? '');
}

interface RawToken {
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
  const urls = findUrls(norm, masked);
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

const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

// Only chunks of text between spaces that hold a dot can be links; the URL pattern runs on those alone,
// which is much cheaper than running it over the whole message.
function findUrls(norm: NormalizedText, masked: Uint8Array): UrlMatch[] {
  const urls: UrlMatch[] = [];
  const text = norm.text;
  let dot = text.indexOf('.');
  while (dot >= 0) {
    let start = dot;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = dot;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
    const chunk = text.slice(start, end);
    const lead = LEADING_URL_PUNCT.exec(chunk)?.[0].length ?? 0;
    const body = chunk.slice(lead);
    const withScheme = SCHEME_URL.exec(body);
    if (withScheme) addUrl(norm, masked, urls, start + lead, withScheme[0]);
    else {
      const bare = BARE_DOMAIN.exec(body);
      const host = bare?.[0].split('/')[0] ?? '';
      if (bare && TOP_LEVEL_DOMAINS.has(host.slice(host.lastIndexOf('.') + 1))) {
        addUrl(norm, masked, urls, start + lead, bare[0]);
      }
    }
    dot = text.indexOf('.', end);
  }
  return urls;
}

function addUrl(norm: NormalizedText, masked: Uint8Array, urls: UrlMatch[], start: number, matched: string): void {
  // An e-mail address is contact information, not a link.
  if (start > 0 && norm.text[start - 1] === '@') return;
  const url = matched.replace(TRAILING_URL_PUNCT, '');
  if (url.length === 0) return;
  const end = start + url.length;
  masked.fill(1, start, end);
  urls.push({ start: norm.origStart[start] ?? 0, end: norm.origEnd[end - 1] ?? 0, url });
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

function joinSpacedLetters(
  raws: RawToken[],
  text: string,
  tables: CharacterTables,
  lexicon: LexiconWordTest,
): RawToken[] {
  const out: RawToken[] = [];
  let i = 0;
  while (i < raws.length) {
    // Collect a run of one- or two-character tokens separated by short gaps, mostly single letters.
    let j = i;
    let singles = 0;
    while (
      j < raws.length &&
      (raws[j] as RawToken).raw.length <= MAX_SPACED_PIECE &&
      (j === i || SPACED_GAP.test(text.slice((raws[j - 1] as RawToken).end, (raws[j] as RawToken).start)))
    ) {
      if ((raws[j] as RawToken).raw.length === 1) singles++;
      j++;
    }
    if (j - i < 3 || singles * 2 < j - i) {
      out.push(raws[i] as RawToken);
      i++;
      continue;
    }
    // Glue the longest piece that spells a lexicon word; leave other letters alone ("il y a à").
    let k = i;
    while (k < j) {
      let raw = '';
      let best = -1;
      for (let end = k; end < j && end - k < MAX_SPACED_WORD; end++) {
        raw += (raws[end] as RawToken).raw;
        const forms = makeForms(raw, tables);
        if (!lexicon.isLexiconPrefix(forms)) break;
        if (end - k >= 2 && lexicon.isLexiconWord(forms)) best = end;
      }
      if (best >= 0) {
        const piece = raws.slice(k, best + 1);
        out.push({
          start: (piece[0] as RawToken).start,
          end: (piece[piece.length - 1] as RawToken).end,
          raw: piece.map((p) => p.raw).join(''),
        });
        k = best + 1;
      } else {
        out.push(raws[k] as RawToken);
        k++;
      }
    }
    i = j;
  }
  return out;
}

function joinInnerPunctuation(
  raws: RawToken[],
  text: string,
  tables: CharacterTables,
  isLexiconWord: LexiconWordTest['isLexiconWord'],
): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < raws.length; i++) {
    const a = raws[i] as RawToken;
    const b = raws[i + 1];
    if (b && INNER_GAP.test(text.slice(a.end, b.start))) {
      const raw = a.raw + b.raw;
      const partsAreWords = isLexiconWord(makeForms(a.raw, tables)) || isLexiconWord(makeForms(b.raw, tables));
      if (!partsAreWords && isLexiconWord(makeForms(raw, tables))) {
        out.push({ start: a.start, end: b.end, raw });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

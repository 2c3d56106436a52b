import { buildSequenceTrie, walkSequences, type SequenceTrie } from './alternatives.js';
import { literalMatches, type Literal } from './literal.js';
import type { Token } from './tokenize.js';

export type { Literal } from './literal.js';
export { literalMatches, makeLiteral } from './literal.js';

/**
 * Token patterns, the small language the data files are written in. Elements are separated by spaces:
 *
 *   word        a word, written naturally (accents and apostrophes are normalised like the text: "t'es"
 *               is the two words "t es"); `word*` matches any word starting with it ("connard*")
 *   a|b|@list   alternatives; `@list` names a word list of the same language (items may be several words)
 *   element?    optional
 *   ~N          any 0..N words (never across a sentence)
 *   ^  $        start / end of a clause (clauses end at , ; : . ! ? quotes and brackets)
 *   !a|b        the next word is not one of these (zero width)
 *   <!a|b       the previous word is not one of these (zero width): "<!une espece de" keeps "une espèce de
 *               vache rustique" (a kind of cow) apart from "espèce de vache" (an insult)
 */
export type Sequence = readonly Literal[];

export type PatternElement =
  | { kind: 'alt'; seqs: readonly Sequence[]; optional: boolean; trie: SequenceTrie }
  | { kind: 'gap'; max: number }
  | { kind: 'clauseStart' }
  | { kind: 'clauseEnd' }
  | { kind: 'not'; seqs: readonly Sequence[] }
  | { kind: 'notBefore'; seqs: readonly Sequence[] };

export interface CompiledPattern {
  source: string;
  elements: readonly PatternElement[];
}

/** Turns a written word (or words) into normalised literals; supplied by the lexicon, which owns the normaliser. */
export type WordsToLiterals = (written: string) => Literal[];
export type ListLookup = (name: string) => readonly Sequence[];

export function compilePattern(source: string, toLiterals: WordsToLiterals, lists: ListLookup): CompiledPattern {
  const elements: PatternElement[] = [];
  for (const part of source.trim().split(/\s+/u)) {
    if (part === '^') elements.push({ kind: 'clauseStart' });
    else if (part === '$') elements.push({ kind: 'clauseEnd' });
    else if (/^~\d+$/u.test(part)) elements.push({ kind: 'gap', max: Number(part.slice(1)) });
    else if (part.startsWith('<!')) elements.push({ kind: 'notBefore', seqs: alternatives(part.slice(2), source) });
    else if (part.startsWith('!')) elements.push({ kind: 'not', seqs: alternatives(part.slice(1), source) });
    else {
      const optional = part.endsWith('?');
      const body = optional ? part.slice(0, -1) : part;
      const seqs = alternatives(body, source);
      elements.push({ kind: 'alt', seqs, optional, trie: buildSequenceTrie(seqs) });
    }
  }
  if (!elements.some((e) => e.kind === 'alt' && !e.optional)) {
    throw new Error(`Pattern "${source}" has no required word`);
  }
  return { source, elements };

  function alternatives(body: string, whole: string): Sequence[] {
    const seqs: Sequence[] = [];
    for (const alt of body.split('|')) {
      if (alt.startsWith('@')) seqs.push(...lists(alt.slice(1)));
      else {
        const lits = toLiterals(alt);
        if (lits.length === 0) throw new Error(`Pattern "${whole}": "${alt}" normalises to nothing`);
        seqs.push(lits);
      }
    }
    return seqs;
  }
}

/** Index of the token after the match of `pattern` starting at token `start`, or -1. */
export function matchAt(pattern: CompiledPattern, tokens: readonly Token[], start: number): number {
  const first = tokens[start];
  if (!first) return -1;
  return matchFrom(pattern.elements, 0, tokens, start, first.sentence);
}

// Plain recursive functions, no closures: this runs for every candidate rule at every word, and a closure
// allocated per call (plus the name bookkeeping tsx adds to each) cost 30x more than the matching itself.
function inSentence(tokens: readonly Token[], i: number, sentence: number): boolean {
  return i < tokens.length && (tokens[i] as Token).sentence === sentence;
}

function seqAt(seq: Sequence, tokens: readonly Token[], at: number, sentence: number): number {
  for (let k = 0; k < seq.length; k++) {
    if (!inSentence(tokens, at + k, sentence) || !literalMatches(tokens[at + k] as Token, seq[k] as Literal)) return -1;
  }
  return at + seq.length;
}

function matchFrom(
  els: readonly PatternElement[],
  ei: number,
  tokens: readonly Token[],
  ti: number,
  sentence: number,
): number {
  const el = els[ei];
  if (el === undefined) return ti;
  switch (el.kind) {
    case 'alt': {
      const r = walkSequences(el.trie, tokens, ti, sentence, els, ei, matchFrom);
      if (r >= 0) return r;
      return el.optional ? matchFrom(els, ei + 1, tokens, ti, sentence) : -1;
    }
    case 'gap': {
      for (let k = 0; k <= el.max; k++) {
        if (k > 0 && !inSentence(tokens, ti + k - 1, sentence)) break;
        const r = matchFrom(els, ei + 1, tokens, ti + k, sentence);
        if (r >= 0) return r;
      }
      return -1;
    }
    case 'clauseStart':
      return inSentence(tokens, ti, sentence) && (tokens[ti] as Token).clauseStart
        ? matchFrom(els, ei + 1, tokens, ti, sentence)
        : -1;
    case 'clauseEnd':
      return ti > 0 && (tokens[ti - 1] as Token).clauseEnd ? matchFrom(els, ei + 1, tokens, ti, sentence) : -1;
    case 'not': {
      if (inSentence(tokens, ti, sentence)) {
        for (const seq of el.seqs) if (seqAt(seq, tokens, ti, sentence) >= 0) return -1;
      }
      return matchFrom(els, ei + 1, tokens, ti, sentence);
    }
    case 'notBefore': {
      for (const seq of el.seqs) {
        const from = ti - seq.length;
        if (from >= 0 && (tokens[from] as Token).sentence === sentence && seqAt(seq, tokens, from, sentence) === ti) {
          return -1;
        }
      }
      return matchFrom(els, ei + 1, tokens, ti, sentence);
    }
  }
}

/**
 * Words a match can start with, for the rule index: the first required alternative's first words, plus
 * those of any optional alternatives before it. Null when a match could start on any word (a leading gap).
 */
export function firstLiterals(pattern: CompiledPattern): Literal[] | null {
  const out: Literal[] = [];
  for (const el of pattern.elements) {
    if (el.kind === 'clauseStart' || el.kind === 'notBefore') continue;
    if (el.kind !== 'alt') return null;
    for (const seq of el.seqs) if (seq[0]) out.push(seq[0]);
    if (!el.optional) return out;
  }
  return null;
}

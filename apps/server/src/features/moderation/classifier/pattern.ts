import type { Token } from './tokenize.js';
import { collapseRuns } from './token-forms.js';

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
export interface Literal {
  exact: string;
  squashed: string;
  prefix: boolean;
}
export type Sequence = readonly Literal[];

/** Alternatives filed by their first word, so a list of 80 group names costs one lookup, not 80 tests. */
export interface AltIndex {
  byExact: Map<string, Sequence[]>;
  bySquashed: Map<string, Sequence[]>;
  /** Alternatives whose first word is a prefix (`connard*`): tested one by one. */
  prefixed: Sequence[];
}

export type PatternElement =
  | { kind: 'alt'; seqs: readonly Sequence[]; optional: boolean; index: AltIndex }
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

export function makeLiteral(word: string): Literal {
  const prefix = word.endsWith('*');
  const exact = prefix ? word.slice(0, -1) : word;
  return { exact, squashed: collapseRuns(exact), prefix };
}

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
      elements.push({ kind: 'alt', seqs, optional, index: indexAlternatives(seqs) });
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

function indexAlternatives(seqs: readonly Sequence[]): AltIndex {
  const index: AltIndex = { byExact: new Map(), bySquashed: new Map(), prefixed: [] };
  for (const seq of seqs) {
    const first = seq[0];
    if (!first) continue;
    if (first.prefix) {
      index.prefixed.push(seq);
      continue;
    }
    for (const [map, key] of [
      [index.byExact, first.exact],
      [index.bySquashed, first.squashed],
    ] as const) {
      const list = map.get(key);
      if (list) list.push(seq);
      else map.set(key, [seq]);
    }
  }
  return index;
}

export function literalMatches(token: Token, lit: Literal): boolean {
  for (const f of token.forms) if (lit.prefix ? f.startsWith(lit.exact) : f === lit.exact) return true;
  for (const s of token.squashed) if (lit.prefix ? s.startsWith(lit.squashed) : s === lit.squashed) return true;
  if (token.wild) {
    const w = token.wild;
    if (lit.prefix ? w.length < lit.exact.length : w.length !== lit.exact.length) return false;
    for (let i = 0; i < lit.exact.length; i++) {
      const allowed = w[i];
      if (allowed !== null && allowed !== undefined && !allowed.includes(lit.exact[i] ?? '')) return false;
    }
    return true;
  }
  return false;
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

function tryAlternatives(
  index: AltIndex,
  seqs: readonly Sequence[],
  token: Token,
  els: readonly PatternElement[],
  ei: number,
  tokens: readonly Token[],
  ti: number,
  sentence: number,
): number {
  if (token.wild) return trySequences(seqs, els, ei, tokens, ti, sentence);
  for (const f of token.forms) {
    const list = index.byExact.get(f);
    if (list) {
      const r = trySequences(list, els, ei, tokens, ti, sentence);
      if (r >= 0) return r;
    }
  }
  for (const s of token.squashed) {
    const list = index.bySquashed.get(s);
    if (list) {
      const r = trySequences(list, els, ei, tokens, ti, sentence);
      if (r >= 0) return r;
    }
  }
  return index.prefixed.length > 0 ? trySequences(index.prefixed, els, ei, tokens, ti, sentence) : -1;
}

function trySequences(
  seqs: readonly Sequence[],
  els: readonly PatternElement[],
  ei: number,
  tokens: readonly Token[],
  ti: number,
  sentence: number,
): number {
  for (const seq of seqs) {
    const end = seqAt(seq, tokens, ti, sentence);
    if (end >= 0) {
      const r = matchFrom(els, ei + 1, tokens, end, sentence);
      if (r >= 0) return r;
    }
  }
  return -1;
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
      const token = tokens[ti];
      if (token !== undefined && token.sentence === sentence) {
        const r = tryAlternatives(el.index, el.seqs, token, els, ei, tokens, ti, sentence);
        if (r >= 0) return r;
      }
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

import { literalMatches, type Literal } from './literal.js';
import type { Token } from './tokenize.js';

/**
 * The alternatives of one pattern element ("i'll|i will|i'm going to|@list") as a trie of words, so that a
 * word of the text is looked up once per step instead of being compared with every alternative: lists of
 * 40 phrases starting with "i" cost one walk, not 40 comparisons, at every "i" of a message.
 */
export interface SequenceTrie {
  /** An alternative ends here. */
  end: boolean;
  exact: Map<string, SequenceTrie>;
  /** Same children, by stretched-letter form ("fuuuck" → "fuck" → "fuck" squashed "fuck"). */
  squashed: Map<string, SequenceTrie[]>;
  /** Children reached by a prefix word (`connard*`): tested one by one. */
  prefixed: [Literal, SequenceTrie][];
  /** Every child with its word, for wildcard words ("f*ck") that can only be tested one by one. */
  all: [Literal, SequenceTrie][];
}

function emptyNode(): SequenceTrie {
  return { end: false, exact: new Map(), squashed: new Map(), prefixed: [], all: [] };
}

export function buildSequenceTrie(seqs: readonly (readonly Literal[])[]): SequenceTrie {
  const root = emptyNode();
  for (const seq of seqs) {
    let node = root;
    for (const lit of seq) node = child(node, lit);
    node.end = true;
  }
  return root;
}

function child(node: SequenceTrie, lit: Literal): SequenceTrie {
  if (lit.prefix) {
    const found = node.prefixed.find(([l]) => l.exact === lit.exact);
    if (found) return found[1];
    const next = emptyNode();
    node.prefixed.push([lit, next]);
    node.all.push([lit, next]);
    return next;
  }
  const existing = node.exact.get(lit.exact);
  if (existing) return existing;
  const next = emptyNode();
  node.exact.set(lit.exact, next);
  const siblings = node.squashed.get(lit.squashed);
  if (siblings) siblings.push(next);
  else node.squashed.set(lit.squashed, [next]);
  node.all.push([lit, next]);
  return next;
}

/** What to match after the element: the pattern matcher passes itself, so no closure is allocated. */
export type Continuation<E> = (els: E, ei: number, tokens: readonly Token[], ti: number, sentence: number) => number;

/**
 * Walks the alternatives from token `ti`; at every alternative that ends, tries the rest of the pattern.
 * Returns the end of the whole match or -1.
 */
export function walkSequences<E>(
  node: SequenceTrie,
  tokens: readonly Token[],
  ti: number,
  sentence: number,
  els: E,
  ei: number,
  next: Continuation<E>,
): number {
  if (node.end) {
    const r = next(els, ei + 1, tokens, ti, sentence);
    if (r >= 0) return r;
  }
  const token = tokens[ti];
  if (token === undefined || token.sentence !== sentence) return -1;
  if (token.wild) {
    for (const [lit, sub] of node.all) {
      if (!literalMatches(token, lit)) continue;
      const r = walkSequences(sub, tokens, ti + 1, sentence, els, ei, next);
      if (r >= 0) return r;
    }
    return -1;
  }
  for (const f of token.forms) {
    const sub = node.exact.get(f);
    if (sub) {
      const r = walkSequences(sub, tokens, ti + 1, sentence, els, ei, next);
      if (r >= 0) return r;
    }
  }
  for (const s of token.squashed) {
    const subs = node.squashed.get(s);
    if (!subs) continue;
    for (const sub of subs) {
      const r = walkSequences(sub, tokens, ti + 1, sentence, els, ei, next);
      if (r >= 0) return r;
    }
  }
  for (const [lit, sub] of node.prefixed) {
    if (!literalMatches(token, lit)) continue;
    const r = walkSequences(sub, tokens, ti + 1, sentence, els, ei, next);
    if (r >= 0) return r;
  }
  return -1;
}

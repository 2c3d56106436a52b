import { firstLiterals, literalMatches, matchAt, type CompiledPattern, type Literal } from './pattern.js';
import type { Token } from './tokenize.js';

const WILD_CACHE_SIZE = 1000;

export interface PatternMatch<R> {
  rule: R;
  /** Token range, end exclusive. */
  start: number;
  end: number;
}

/**
 * Finds which rules match a token list without trying every rule at every word: rules are filed under the
 * words they can start with (exact, prefix, and their stretched-letter forms), so each word only wakes the
 * handful of rules that could begin there. This keeps a 4000-character message to about a millisecond of CPU.
 */
export class RuleIndex<R extends { pattern: CompiledPattern }> {
  private readonly exact = new Map<string, R[]>();
  private readonly prefix = new PrefixTrie<R>();
  private readonly squashedExact = new Map<string, R[]>();
  private readonly squashedPrefix = new PrefixTrie<R>();
  private readonly unindexed: R[] = [];
  private readonly all: R[] = [];
  private readonly position = new Map<R, number>();
  // Which token last collected each rule: de-duplicates candidates without allocating a Set per word.
  private stamps = new Int32Array(0);
  private stampNow = 0;
  private readonly found: R[][] = [];
  private readonly firstWords: [Literal, R[]][] = [];
  private readonly wildCache = new Map<string, R[]>();

  constructor(rules: readonly R[]) {
    for (const rule of rules) this.add(rule);
  }

  private add(rule: R): void {
    this.position.set(rule, this.all.length);
    this.all.push(rule);
    const lits = firstLiterals(rule.pattern);
    if (lits === null) {
      this.unindexed.push(rule);
      return;
    }
    for (const lit of lits) {
      this.firstWords.push([lit, [rule]]);
      if (lit.prefix) {
        this.prefix.add(lit.exact, rule);
        this.squashedPrefix.add(lit.squashed, rule);
      } else {
        file(this.exact, lit.exact, rule);
        file(this.squashedExact, lit.squashed, rule);
      }
    }
  }

  private collect(list: R[] | undefined, out: R[]): void {
    if (!list) return;
    for (const rule of list) {
      const at = this.position.get(rule) ?? 0;
      if (this.stamps[at] !== this.stampNow) {
        this.stamps[at] = this.stampNow;
        out.push(rule);
      }
    }
  }

  private collectPrefixes(trie: PrefixTrie<R>, word: string, out: R[]): void {
    this.found.length = 0;
    trie.walk(word, this.found);
    for (const rules of this.found) this.collect(rules, out);
  }

  private candidates(token: Token, out: R[]): void {
    this.stampNow++;
    // A word with a wildcard ("f*ck") could be many words: try the rules whose first word fits it,
    // remembered per spelling so a message repeating "f*ck" a thousand times stays cheap.
    if (token.wild) {
      let fitting = this.wildCache.get(token.raw);
      if (!fitting) {
        fitting = this.firstWords.filter(([lit]) => literalMatches(token, lit)).flatMap(([, rules]) => rules);
        if (this.wildCache.size > WILD_CACHE_SIZE) this.wildCache.clear();
        this.wildCache.set(token.raw, fitting);
      }
      this.collect(fitting, out);
      this.collect(this.unindexed, out);
      return;
    }
    this.collect(this.unindexed, out);
    for (const f of token.forms) {
      this.collect(this.exact.get(f), out);
      this.collectPrefixes(this.prefix, f, out);
    }
    for (const s of token.squashed) {
      this.collect(this.squashedExact.get(s), out);
      this.collectPrefixes(this.squashedPrefix, s, out);
    }
  }

  findMatches(tokens: readonly Token[]): PatternMatch<R>[] {
    const matches: PatternMatch<R>[] = [];
    if (this.stamps.length !== this.all.length) this.stamps = new Int32Array(this.all.length);
    const candidates: R[] = [];
    for (let start = 0; start < tokens.length; start++) {
      candidates.length = 0;
      this.candidates(tokens[start] as Token, candidates);
      for (const rule of candidates) {
        const end = matchAt(rule.pattern, tokens, start);
        if (end > start) matches.push({ rule, start, end });
      }
    }
    return matches;
  }
}

function file<R>(map: Map<string, R[]>, key: string, rule: R): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(rule)) list.push(rule);
  } else map.set(key, [rule]);
}

interface TrieNode<R> {
  children: Map<number, TrieNode<R>>;
  rules: R[] | undefined;
}

/** Rules filed under word prefixes (`connard*`): one walk along a word finds every prefix that applies. */
class PrefixTrie<R> {
  private readonly root: TrieNode<R> = { children: new Map(), rules: undefined };

  add(prefix: string, rule: R): void {
    let node = this.root;
    for (let i = 0; i < prefix.length; i++) {
      const code = prefix.charCodeAt(i);
      let next = node.children.get(code);
      if (!next) {
        next = { children: new Map(), rules: undefined };
        node.children.set(code, next);
      }
      node = next;
    }
    if (!node.rules) node.rules = [];
    if (!node.rules.includes(rule)) node.rules.push(rule);
  }

  /** Appends to `found` the rule lists of every prefix of `word` that has some. */
  walk(word: string, found: R[][]): void {
    let node: TrieNode<R> | undefined = this.root;
    for (let i = 0; i < word.length && node; i++) {
      node = node.children.get(word.charCodeAt(i));
      if (node?.rules) found.push(node.rules);
    }
  }
}

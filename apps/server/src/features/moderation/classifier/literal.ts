import type { Token } from './tokenize.js';
import { collapseRuns } from './token-forms.js';

/** One written word of a pattern, normalised like the text; `prefix` for `word*`. */
export interface Literal {
  exact: string;
  squashed: string;
  prefix: boolean;
}

export function makeLiteral(word: string): Literal {
  const prefix = word.endsWith('*');
  const exact = prefix ? word.slice(0, -1) : word;
  return { exact, squashed: collapseRuns(exact), prefix };
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


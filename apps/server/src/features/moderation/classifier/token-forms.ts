import type { CharacterTables } from './normalize.js';

/** What one token of text may spell once disguise is undone. */
export interface TokenForms {
  /** Spellings with each leet character replaced by a letter it may stand for ("b1tch" → "bitch", "bltch"). */
  forms: string[];
  /** `forms` with runs of a letter collapsed to one, only when the token was stretched ("fuuuuck"). */
  squashed: string[];
  /** Per position, the letters allowed there, when the token holds a wildcard ("f*ck"); null otherwise. */
  wild: (readonly string[] | null)[] | null;
}

// Beyond this many spellings a token is almost certainly not a disguised word but noise (a serial
// number, a hash); keeping the first few bounds the work per token.
const MAX_FORMS = 8;
const HAS_LETTER = /\p{L}/u;
const STRETCHED = /(.)\1\1/u;

export function collapseRuns(s: string): string {
  let out = '';
  for (const c of s) if (out.length === 0 || out[out.length - 1] !== c) out += c;
  return out;
}

const NO_FORMS: string[] = [];
const MIN_WILD_WORD = 4;

/** True when `s` is only a-z: the common case, which needs no leet expansion. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function hasRunOfThree(s: string): boolean {
  for (let i = 2; i < s.length; i++) {
    if (s.charCodeAt(i) === s.charCodeAt(i - 1) && s.charCodeAt(i) === s.charCodeAt(i - 2)) return true;
  }
  return false;
}

// A doubled last letter is a common way to dodge a filter ("twatt", "idiott"); from five letters up the
// word is also tried without it. Shorter words ("all", "too", "off") are left alone.
const MIN_LENGTH_FOR_DOUBLED_END = 5;

function withoutDoubledEnd(word: string): string | null {
  const n = word.length;
  return n >= MIN_LENGTH_FOR_DOUBLED_END && word.charCodeAt(n - 1) === word.charCodeAt(n - 2) ? word.slice(0, -1) : null;
}

export function makeForms(raw: string, tables: CharacterTables): TokenForms {
  if (isPlainAscii(raw)) {
    const trimmed = withoutDoubledEnd(raw);
    return {
      forms: trimmed ? [raw, trimmed] : [raw],
      squashed: hasRunOfThree(raw) ? [collapseRuns(raw)] : NO_FORMS,
      wild: null,
    };
  }
  // A token without any letter ("500", "2024") is a number, not leet: "préparation 500" stays "500".
  if (!HAS_LETTER.test(raw)) return { forms: [raw], squashed: [], wild: null };
  const options: (readonly string[] | null)[] = [];
  let hasWildcard = false;
  for (const c of raw) {
    if (tables.wildcard.includes(c)) {
      options.push(null);
      hasWildcard = true;
    } else {
      options.push(tables.leet[c] ?? [c]);
    }
  }
  if (hasWildcard) {
    // "f*ck", "sh*t": enough letters to tell the word. "p*", "c*n" or "c**" could be anything.
    const letters = options.filter((o) => o !== null).length;
    const wildcards = options.length - letters;
    if (options.length >= MIN_WILD_WORD && letters > wildcards) return { forms: [raw], squashed: [], wild: options };
    return { forms: [raw], squashed: [], wild: null };
  }
  let forms = [''];
  for (const opts of options) {
    const next: string[] = [];
    for (const prefix of forms) {
      for (const o of opts ?? []) {
        if (next.length < MAX_FORMS) next.push(prefix + o);
      }
    }
    forms = next;
  }
  const squashed = forms.some((f) => STRETCHED.test(f)) ? unique(forms.map(collapseRuns)) : [];
  return { forms, squashed, wild: null };
}

export function unique(values: string[]): string[] {
  return [...new Set(values)];
}

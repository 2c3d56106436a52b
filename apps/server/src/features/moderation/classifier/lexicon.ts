import { z } from 'zod';
import { readDataFile } from './data-files.js';
import type { Normalizer } from './normalize.js';
import { compilePattern, makeLiteral, type CompiledPattern, type Literal, type Sequence } from './pattern.js';
import type { TokenForms } from './token-forms.js';
import { CATEGORIES, type Category, type ClassifierLanguage } from './types.js';

// Endings a prefix word may take when letters are glued back (normalised: no accents).
const INFLECTIONS = ['', 's', 'e', 'es', 'x', 'er', 'ee', 'ees', 'ed', 'ing', 'ers', 'ez', 'a', 'ai', 'y'];

export const LANGUAGES: readonly ClassifierLanguage[] = ['fr', 'en'];

const listsSchema = z.record(z.string(), z.array(z.string().min(1))).default({});
const categoryFileSchema = z.object({
  _comment: z.string().optional(),
  lists: listsSchema,
  rules: z.array(
    z.object({
      pattern: z.string().min(1),
      weight: z.number().min(0).max(1),
      /** The pattern itself contains the negation ("you're not welcome"): do not read it as negated. */
      negated: z.literal(true).optional(),
      note: z.string().optional(),
    }),
  ),
});
const commonFileSchema = z.object({ _comment: z.string().optional(), lists: listsSchema });
const contextFileSchema = z.object({
  _comment: z.string().optional(),
  lists: listsSchema,
  /** Patterns that, shortly before a hit in the same sentence, show it is reported or discussed. */
  mention: z.array(z.string().min(1)),
  /** Words that, inside a hit, negate it ("t'es pas con", "you're not stupid"). */
  negation: z.array(z.string().min(1)),
});

export interface Rule {
  id: number;
  category: Category;
  weight: number;
  negated: boolean;
  lang: ClassifierLanguage;
  pattern: CompiledPattern;
}
export interface MentionRule {
  lang: ClassifierLanguage;
  pattern: CompiledPattern;
}

export interface Lexicon {
  rules: Rule[];
  mentionRules: MentionRule[];
  negations: Set<string>;
  isLexiconWord: (forms: TokenForms) => boolean;
  /** Whether some spelling could still grow into a lexicon word: lets letter-gluing stop early. */
  isLexiconPrefix: (forms: TokenForms) => boolean;
}

/** Reads every data file of every language and compiles it. Throws on any malformed file or pattern. */
export function loadLexicon(normalizer: Normalizer): Lexicon {
  const toLiterals = (written: string): Literal[] =>
    normalizer
      .normalize(written)
      .text.split(/[^\p{L}\p{N}*]+/u)
      .filter((w) => w.length > 0)
      .map(makeLiteral);
  const rules: Rule[] = [];
  const mentionRules: MentionRule[] = [];
  const negations = new Set<string>();
  for (const lang of LANGUAGES) {
    const common = readDataFile(`${lang}/common.json`, commonFileSchema).lists;
    for (const category of CATEGORIES) {
      const file = readDataFile(`${lang}/${category}.json`, categoryFileSchema);
      const lookup = listLookup({ ...common, ...file.lists }, toLiterals, `${lang}/${category}.json`);
      for (const r of file.rules) {
        const pattern = compileOrExplain(r.pattern, toLiterals, lookup, `${lang}/${category}.json`);
        rules.push({ id: rules.length, category, weight: r.weight, negated: r.negated ?? false, lang, pattern });
      }
    }
    const context = readDataFile(`${lang}/context.json`, contextFileSchema);
    const lookup = listLookup({ ...common, ...context.lists }, toLiterals, `${lang}/context.json`);
    for (const p of context.mention) {
      mentionRules.push({ lang, pattern: compileOrExplain(p, toLiterals, lookup, `${lang}/context.json`) });
    }
    for (const w of context.negation) for (const lit of toLiterals(w)) negations.add(lit.exact);
  }
  return { rules, mentionRules, negations, ...lexiconWordTests(rules) };
}

function compileOrExplain(
  source: string,
  toLiterals: (w: string) => Literal[],
  lookup: (name: string) => readonly Sequence[],
  file: string,
): CompiledPattern {
  try {
    return compilePattern(source, toLiterals, lookup);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Resolves `@name` against the lists of a file; list items may themselves name lists. */
function listLookup(
  lists: Record<string, string[]>,
  toLiterals: (w: string) => Literal[],
  file: string,
): (name: string) => readonly Sequence[] {
  const resolved = new Map<string, Sequence[]>();
  const resolve = (name: string, trail: string[]): Sequence[] => {
    const done = resolved.get(name);
    if (done) return done;
    const items = lists[name];
    if (!items) throw new Error(`${file}: unknown list @${name}`);
    if (trail.includes(name)) throw new Error(`${file}: list @${name} includes itself`);
    const seqs: Sequence[] = [];
    for (const item of items) {
      if (item.startsWith('@')) seqs.push(...resolve(item.slice(1), [...trail, name]));
      else {
        const lits = toLiterals(item);
        if (lits.length > 0) seqs.push(lits);
      }
    }
    resolved.set(name, seqs);
    return seqs;
  };
  return (name) => resolve(name, []);
}

// Words of three letters or more that some toxic rule spells out: spaced or dotted letters are glued back
// together only when they spell one of these, so "il y a à" is left alone while "c o n n a r d" is not.
// Every beginning of such a word is kept too, so gluing stops as soon as the letters cannot lead anywhere
// (a message of 2000 spaced letters then costs a few lookups per letter, not thirty).
function lexiconWordTests(rules: Rule[]): Pick<Lexicon, 'isLexiconWord' | 'isLexiconPrefix'> {
  const words = new Set<string>();
  const prefixWords = new Set<string>();
  const beginnings = new Set<string>();
  const remember = (word: string, isPrefix: boolean): void => {
    (isPrefix ? prefixWords : words).add(word);
    for (let i = 1; i <= word.length; i++) beginnings.add(word.slice(0, i));
  };
  for (const rule of rules) {
    for (const el of rule.pattern.elements) {
      if (el.kind !== 'alt') continue;
      for (const seq of el.seqs) {
        for (const lit of seq) {
          if (lit.exact.length < 3) continue;
          remember(lit.exact, lit.prefix);
          remember(lit.squashed, lit.prefix);
        }
      }
    }
  }
  // A prefix word ("tué*", "connard*") stands for its inflections, not for any longer word: otherwise
  // "tu es un i.d.i.o.t" would glue into one word starting with "tué".
  const hasPrefixWord = (s: string): boolean => {
    for (const suffix of INFLECTIONS) {
      if (s.endsWith(suffix) && prefixWords.has(s.slice(0, s.length - suffix.length))) return true;
    }
    return false;
  };
  const known = (s: string): boolean => words.has(s) || hasPrefixWord(s);
  const alive = (s: string): boolean => beginnings.has(s) || hasPrefixWord(s);
  return {
    isLexiconWord: (forms) => forms.forms.some(known) || forms.squashed.some(known),
    isLexiconPrefix: (forms) => forms.forms.some(alive) || forms.squashed.some(alive),
  };
}

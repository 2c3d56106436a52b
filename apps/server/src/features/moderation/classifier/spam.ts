import { z } from 'zod';
import { readDataFile } from './data-files.js';
import type { Token, UrlMatch } from './tokenize.js';

/**
 * Spam is judged on the shape of a message as much as on its words: many links, the same link or phrase
 * over and over, shouting, floods of one character, plus promotion wording from the data files. Each piece
 * of evidence is a probability-like weight and they combine as independent evidence (noisy-or), so one
 * weak sign ("gratuit", three links to the wiki, a shouted announcement) stays below the flag threshold
 * while two or three together cross it.
 */
export interface SpamEvidence {
  weight: number;
  /** Original-text range, when the evidence has a place. */
  start?: number;
  end?: number;
}

export interface SpamResult {
  score: number;
  evidence: SpamEvidence[];
}

const spamLinksSchema = z.object({
  _comment: z.string().optional(),
  shorteners: z.array(z.string()),
  suspiciousTlds: z.array(z.string()),
});
export type SpamLinkLists = z.infer<typeof spamLinksSchema>;

export function loadSpamLinkLists(): SpamLinkLists {
  return readDataFile('spam-links.json', spamLinksSchema);
}

// Link counts: sharing two or three resources is ordinary here (wiki pages, seed catalogues).
const LINK_FLOOD_WEIGHTS: readonly (readonly [number, number])[] = [
  [6, 0.85],
  [5, 0.6],
  [3, 0.3],
];
const REPEATED_LINK_WEIGHT = 0.6;
const DOUBLED_LINK_WEIGHT = 0.3;
const PROMO_WITH_LINK_WEIGHT = 0.3;
// International or French-style phone numbers: "+44 7700 900123", "06 12 34 56 78".
const PHONE_NUMBER = /(?:\+\d{1,3}[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){3,}/u;
const SUSPICIOUS_LINK_WEIGHT = 0.35;
const REPEATED_PHRASE_WEIGHT = 0.85;
const REPEATED_WORD_WEIGHT = 0.8;
const REPEATED_WORD_RUN = 8;
const SHOUTING_WEIGHT = 0.25;
const MOCKING_CASE_WEIGHT = 0.3;
const CHAR_FLOOD_WEIGHT = 0.3;
// Six or more of the same symbol or emoji in a row ("💰💰💰💰💰💰", "!!!!!!!!").
const CHAR_FLOOD = /([^\p{L}\p{N}\s])\1{5,}/u;

export function scoreSpam(
  original: string,
  tokens: readonly Token[],
  urls: readonly UrlMatch[],
  promo: readonly SpamEvidence[],
  links: SpamLinkLists,
): SpamResult {
  const evidence: SpamEvidence[] = [...promo];
  // Promotion wording that comes with a way to reach the seller (a link, a phone number) is the shape of
  // an advert, stronger than either alone.
  const phone = PHONE_NUMBER.exec(original);
  if (promo.length > 0 && (urls.length > 0 || phone)) evidence.push({ weight: PROMO_WITH_LINK_WEIGHT });
  linkEvidence(urls, links, evidence);
  repetitionEvidence(tokens, evidence);
  typographyEvidence(original, evidence);
  let keep = 1;
  for (const e of evidence) keep *= 1 - e.weight;
  return { score: 1 - keep, evidence };
}

// Links shown to moderators one by one; past this many, the first ones make the point.
const MAX_LINK_SPANS = 20;

function linkEvidence(urls: readonly UrlMatch[], links: SpamLinkLists, out: SpamEvidence[]): void {
  if (urls.length === 0) return;
  const flood = LINK_FLOOD_WEIGHTS.find(([count]) => urls.length >= count);
  if (flood) out.push({ weight: flood[1] });
  const seen = new Map<string, number>();
  let suspicious = 0;
  for (const [i, u] of urls.entries()) {
    // Weightless evidence: only there so that each link is highlighted when the message is flagged.
    if (i < MAX_LINK_SPANS) out.push({ weight: 0, start: u.start, end: u.end });
    const key = u.url.replace(/^https?:\/\//u, '').replace(/^www\./u, '');
    seen.set(key, (seen.get(key) ?? 0) + 1);
    const host = key.split('/')[0] ?? '';
    const tld = host.split('.').pop() ?? '';
    if (links.shorteners.includes(host) || links.suspiciousTlds.includes(tld)) {
      suspicious++;
      if (suspicious <= 2) out.push({ weight: SUSPICIOUS_LINK_WEIGHT });
    }
  }
  // The same link twice is often a clumsy paste; three times is pushing it.
  const mostRepeated = Math.max(...seen.values());
  if (mostRepeated >= 3) out.push({ weight: REPEATED_LINK_WEIGHT });
  else if (mostRepeated === 2) out.push({ weight: DOUBLED_LINK_WEIGHT });
}

function repetitionEvidence(tokens: readonly Token[], out: SpamEvidence[]): void {
  const words = tokens.map((t) => t.forms[0] ?? t.raw);
  // The same word many times in a row ("venez venez venez …"); short runs are emphasis ("non non non"),
  // and repeated numbers are data ("0, 0, 0, 0").
  for (let i = 0; i < words.length; ) {
    let j = i + 1;
    while (j < words.length && words[j] === words[i]) j++;
    if (j - i >= REPEATED_WORD_RUN && /\p{L}/u.test(words[i] ?? '')) {
      out.push({ weight: REPEATED_WORD_WEIGHT, ...tokenRange(tokens, i, j) });
      return;
    }
    i = j;
  }
  // A phrase of 2-6 words with at least two different words, repeated three times or more and filling
  // most of the message ("super offre super offre super offre").
  for (let size = 2; size <= 6; size++) {
    for (let i = 0; i + size * 3 <= words.length; i++) {
      let reps = 1;
      while (sameSlice(words, i, i + reps * size, size)) reps++;
      if (reps >= 3 && reps * size >= words.length * 0.6 && new Set(words.slice(i, i + size)).size >= 2) {
        out.push({ weight: REPEATED_PHRASE_WEIGHT, ...tokenRange(tokens, i, i + reps * size) });
        return;
      }
    }
  }
}

function sameSlice(words: readonly string[], a: number, b: number, size: number): boolean {
  if (b + size > words.length) return false;
  for (let k = 0; k < size; k++) if (words[a + k] !== words[b + k]) return false;
  return true;
}

function tokenRange(tokens: readonly Token[], from: number, to: number): { start: number; end: number } {
  return { start: tokens[from]?.origStart ?? 0, end: tokens[to - 1]?.origEnd ?? 0 };
}

/** 0: not a letter, 1: lower-case or caseless letter, 2: upper-case letter. ASCII without regex. */
function letterCase(code: number, text: string, i: number): 0 | 1 | 2 {
  if (code < 0x80) {
    if (code >= 65 && code <= 90) return 2;
    return code >= 97 && code <= 122 ? 1 : 0;
  }
  const c = text[i] ?? '';
  if (!/\p{L}/u.test(c)) return 0;
  return /\p{Lu}/u.test(c) ? 2 : 1;
}

function typographyEvidence(original: string, out: SpamEvidence[]): void {
  let letters = 0;
  let upper = 0;
  let caseSwitches = 0;
  let previousUpper: boolean | null = null;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const kind = letterCase(code, original, i);
    if (kind === 0) {
      previousUpper = null;
      continue;
    }
    letters++;
    const isUpper = kind === 2;
    if (isUpper) upper++;
    if (previousUpper !== null && previousUpper !== isUpper) caseSwitches++;
    previousUpper = isUpper;
  }
  if (letters >= 15 && upper / letters >= 0.7) out.push({ weight: SHOUTING_WEIGHT });
  // "ReJoIgNeZ mOn GrOuPe": alternating case is a filter-dodging habit of spam bots.
  if (letters >= 12 && caseSwitches / letters >= 0.5) out.push({ weight: MOCKING_CASE_WEIGHT });
  const flood = CHAR_FLOOD.exec(original);
  if (flood) out.push({ weight: CHAR_FLOOD_WEIGHT, start: flood.index, end: flood.index + flood[0].length });
}

import { loadLexicon, type Rule } from './lexicon.js';
import { isMentioned, MENTION_FACTOR, type MentionEvidence } from './mention.js';
import { loadCharacterTables, Normalizer } from './normalize.js';
import { RuleIndex, type PatternMatch } from './rule-index.js';
import { loadSpamLinkLists, scoreSpam, type SpamEvidence } from './spam.js';
import { FLAG_THRESHOLD } from './thresholds.js';
import { tokenize, type Token } from './tokenize.js';
import {
  CATEGORIES,
  type Category,
  type ClassifierLanguage,
  type ClassifierResult,
  type ClassifierSpan,
  type ToxicityClassifier,
} from './types.js';

// Each further independent hit at flag level adds a little: two insults are worse than one, but a long
// rant must not reach 1.0 from mild words alone.
const EXTRA_HIT_BONUS = 0.05;
const MAX_SCORE = 0.99;
// See combine: hits from CORROBORATING_SIGNAL up add up, provided one of them reaches LEAD_SIGNAL.
// Mentions are discounted to at most 0.25 of 0.9, below both.
const CORROBORATING_SIGNAL = 0.3;
const LEAD_SIGNAL = 0.4;

interface WeightedHit {
  weight: number;
  start: number;
  end: number;
}

/**
 * Local classifier built from the lexicons and patterns in data/. Both languages' rules run on every
 * message whatever `lang` says: members switch language mid-sentence ("t'es qu'un loser") and the hint is
 * often missing or wrong. The rules were written so that each language's words do not misfire on the other.
 */
export function createRulesClassifier(): ToxicityClassifier {
  const tables = loadCharacterTables();
  const normalizer = new Normalizer(tables);
  const lexicon = loadLexicon(normalizer);
  const ruleIndex = new RuleIndex(lexicon.rules);
  const mentionIndex = new RuleIndex(lexicon.mentionRules);
  const links = loadSpamLinkLists();

  return {
    score(text: string, _lang?: ClassifierLanguage): ClassifierResult {
      const norm = normalizer.normalize(text);
      const { tokens, urls } = tokenize(norm, tables, lexicon);
      const evidence: MentionEvidence = { markers: mentionIndex.findMatches(tokens), negations: lexicon.negations };
      const hits = new Map<Category, WeightedHit[]>(CATEGORIES.map((c) => [c, []]));
      const promo: SpamEvidence[] = [];
      const promoSeen = new Set<string>();
      for (const match of ruleIndex.findMatches(tokens)) {
        const { rule } = match;
        if (rule.category === 'spam') {
          // The same promotion words twice are one piece of evidence, not two; different ones add up.
          const key = tokens
            .slice(match.start, match.end)
            .map((t) => t.forms[0] ?? t.raw)
            .join(' ');
          if (!promoSeen.has(key)) {
            promoSeen.add(key);
            promo.push({ weight: rule.weight, ...originalRange(tokens, match) });
          }
          continue;
        }
        const weight = isMentioned(match, tokens, evidence) ? rule.weight * MENTION_FACTOR : rule.weight;
        hits.get(rule.category)?.push({ weight, ...originalRange(tokens, match) });
      }
      const spam = scoreSpam(text, tokens, urls, promo, links);

      const scores = {} as Record<Category, number>;
      const spans: ClassifierSpan[] = [];
      for (const category of CATEGORIES) {
        if (category === 'spam') {
          scores.spam = round(Math.min(MAX_SCORE, spam.score));
          if (scores.spam >= FLAG_THRESHOLD) {
            for (const e of spam.evidence) {
              if (e.start !== undefined && e.end !== undefined) spans.push({ start: e.start, end: e.end, category });
            }
          }
          continue;
        }
        const list = hits.get(category) ?? [];
        scores[category] = round(combine(list));
        for (const h of list) if (h.weight >= FLAG_THRESHOLD) spans.push({ start: h.start, end: h.end, category });
      }
      const max = Math.max(...CATEGORIES.map((c) => scores[c]));
      return { scores, spans: mergeSpans(spans), max };
    },
  };
}

function combine(hits: readonly WeightedHit[]): number {
  if (hits.length === 0) return 0;
  // Overlapping hits are one piece of evidence (both languages list "idiot"; "sale con" is also "con"):
  // each cluster of overlapping hits counts once, at its strongest.
  const clusters: number[] = [];
  let clusterEnd = -1;
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    if (clusters.length > 0 && h.start < clusterEnd) {
      clusters[clusters.length - 1] = Math.max(clusters[clusters.length - 1] ?? 0, h.weight);
      clusterEnd = Math.max(clusterEnd, h.end);
    } else {
      clusters.push(h.weight);
      clusterEnd = h.end;
    }
  }
  let best = 0;
  let strong = 0;
  let keep = 1;
  for (const w of clusters) {
    best = Math.max(best, w);
    if (w >= FLAG_THRESHOLD) strong++;
    if (w >= CORROBORATING_SIGNAL) keep *= 1 - w;
  }
  const bonus = strong > 1 ? (strong - 1) * EXTRA_HIT_BONUS : 0;
  // Weak signals that are not mentions ("arrête de poster" with "tu sers à rien", "on sait jamais" with a
  // fire "accident") corroborate a lead signal; hints alone ("un de ces jours", "on sait jamais") never
  // add up to a flag, and discounted mentions never count, so a report quoting several insults stays low.
  const corroborated = best >= LEAD_SIGNAL ? 1 - keep : 0;
  return Math.min(MAX_SCORE, Math.max(best + bonus, corroborated));
}

function originalRange(tokens: readonly Token[], match: PatternMatch<Rule | unknown>): { start: number; end: number } {
  return { start: tokens[match.start]?.origStart ?? 0, end: tokens[match.end - 1]?.origEnd ?? 0 };
}

/** Overlapping spans of one category become one, sorted by position: what a moderator wants highlighted. */
function mergeSpans(spans: ClassifierSpan[]): ClassifierSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: ClassifierSpan[] = [];
  for (const s of sorted) {
    const same = out.findLast((o) => o.category === s.category);
    if (same && s.start <= same.end) same.end = Math.max(same.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

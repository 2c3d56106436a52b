import type { PatternMatch } from './rule-index.js';
import type { Token } from './tokenize.js';

/**
 * A hit that is quoted, reported or discussed keeps this share of its weight: "il m'a traité de connard,
 * je fais quoi ?" must stay well below the flag threshold while "t'es un connard" is at the hide level.
 */
export const MENTION_FACTOR = 0.25;
/** How many words before a hit a reporting word ("called me", "a écrit") still reaches. */
const MENTION_WINDOW = 8;

export interface MentionEvidence {
  markers: readonly PatternMatch<unknown>[];
  negations: ReadonlySet<string>;
}

export function isMentioned(
  hit: { start: number; end: number; rule: { negated: boolean } },
  tokens: readonly Token[],
  evidence: MentionEvidence,
): boolean {
  return (
    isQuoted(hit, tokens) ||
    followsMarker(hit, tokens, evidence.markers) ||
    (!hit.rule.negated && isNegated(hit, tokens, evidence.negations))
  );
}

// Entirely inside one quotation: a mention. A match that starts outside the quotes ("you're a "moron"")
// is the author speaking, quotes or not.
function isQuoted(hit: { start: number; end: number }, tokens: readonly Token[]): boolean {
  const quote = tokens[hit.start]?.quote ?? -1;
  if (quote < 0) return false;
  for (let i = hit.start; i < hit.end; i++) if (tokens[i]?.quote !== quote) return false;
  return true;
}

function followsMarker(
  hit: { start: number; end: number },
  tokens: readonly Token[],
  markers: readonly PatternMatch<unknown>[],
): boolean {
  const sentence = tokens[hit.start]?.sentence;
  return markers.some(
    (m) =>
      m.end <= hit.start && hit.start - m.end <= MENTION_WINDOW && tokens[m.start]?.sentence === sentence,
  );
}

function isNegated(hit: { start: number; end: number }, tokens: readonly Token[], negations: ReadonlySet<string>): boolean {
  for (let i = hit.start; i < hit.end; i++) {
    const t = tokens[i];
    if (t && t.forms.some((f) => negations.has(f))) return true;
  }
  return false;
}

import { CATEGORIES } from '../classifier/types.js';
import type { Composition, Split } from './dataset.js';
import { SPLITS } from './dataset.js';
import { categoryRates, overallRates, type Rates, type Scored } from './metrics.js';

export const TARGET_RECALL = 0.9;
export const TARGET_MAX_FPR = 0.03;
const LANGS = ['fr', 'en'] as const;

export interface TargetCheck {
  lang: string;
  recall: number | null;
  fpr: number | null;
  met: boolean;
}

/** The held-out target of issue 6: recall ≥ 90 % and false-positive rate ≤ 3 % on each language. */
export function checkHeldoutTargets(scored: readonly Scored[]): TargetCheck[] {
  return LANGS.map((lang) => {
    const r = overallRates(scored.filter((s) => s.example.split === 'heldout' && s.example.lang === lang));
    const met = r.recall !== null && r.fpr !== null && r.recall >= TARGET_RECALL && r.fpr <= TARGET_MAX_FPR;
    return { lang, recall: r.recall, fpr: r.fpr, met };
  });
}

export interface ReportInput {
  classifier: string;
  flagThreshold: number;
  composition: Composition;
  scored: readonly Scored[];
  timing: { meanMsPerMessage: number; longMessageMs: number; longMessageChars: number };
}

export function renderMarkdown(input: ReportInput): string {
  const { composition: c, scored } = input;
  const lines: string[] = [];
  lines.push(`## Moderation classifier evaluation (\`${input.classifier}\`)`, '');
  lines.push(
    `${c.total} hand-written messages (${Object.entries(c.bySplitLang)
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ')}); held-out share ${pct(c.heldoutShare)}, hard non-toxic share ${pct(c.hardNonToxicShare)}. ` +
      `Flag threshold ${input.flagThreshold}. The held-out part is never used to tune the rules (see eval/dataset/README.md).`,
    '',
  );
  lines.push('### Toxic vs non-toxic (any category)', '');
  lines.push('| split | lang | messages | toxic | precision | recall | FPR | FP / hard non-toxic |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const split of SPLITS) {
    for (const lang of [...LANGS, 'all'] as const) {
      const items = select(scored, split, lang);
      const r = overallRates(items);
      const hard = items.filter((s) => s.example.hard && s.example.labels.length === 0);
      const hardFp = hard.filter((s) => s.result.max >= input.flagThreshold).length;
      lines.push(
        `| ${split} | ${lang} | ${items.length} | ${r.tp + r.fn} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.fpr)} | ${hardFp} / ${hard.length} |`,
      );
    }
  }
  lines.push('', '### Per category (that category\'s score ≥ threshold vs that label)', '');
  lines.push('| split | lang | category | labelled | TP | FN | FP | precision | recall | FPR |');
  lines.push('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const split of SPLITS) {
    for (const lang of LANGS) {
      const items = select(scored, split, lang);
      for (const category of CATEGORIES) {
        const r: Rates = categoryRates(items, category);
        lines.push(
          `| ${split} | ${lang} | ${category} | ${r.tp + r.fn} | ${r.tp} | ${r.fn} | ${r.fp} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.fpr)} |`,
        );
      }
    }
  }
  lines.push('', '### Held-out target (recall ≥ 90 %, FPR ≤ 3 % per language)', '');
  for (const t of checkHeldoutTargets(scored)) {
    lines.push(`- ${t.lang}: recall ${pct(t.recall)}, FPR ${pct(t.fpr)}: ${t.met ? 'met' : '**not met**'}`);
  }
  lines.push(
    '',
    `Speed (CPU time, informative, not a test): ${input.timing.meanMsPerMessage.toFixed(3)} ms per message on average; ` +
      `${input.timing.longMessageMs.toFixed(3)} ms for a ${input.timing.longMessageChars}-character message.`,
    '',
  );
  return lines.join('\n');
}

function select(scored: readonly Scored[], split: Split, lang: string): Scored[] {
  return scored.filter((s) => s.example.split === split && (lang === 'all' || s.example.lang === lang));
}

export function pct(x: number | null): string {
  return x === null ? 'n/a' : `${(x * 100).toFixed(1)} %`;
}

/**
 * Runs the classifier over plain-text files of ordinary, non-toxic writing (one message per line) and
 * lists what it flags. A cheap way to find false positives the labelled set does not cover: export a
 * month of approved chat messages, or any French/English prose, and read the flagged lines.
 *
 *   npx tsx apps/server/src/features/moderation/eval/false-positive-sweep.ts FILE... [--show N]
 *
 * Found this way (on gettext catalogues and package READMEs): "bug bounty" (a French slur), "%F%P" read as
 * a wildcard-disguised word, the same link pasted twice. Place names (Negros, Paki river) stay flagged.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createClassifier, DEFAULT_CLASSIFIER, FLAG_THRESHOLD } from '../classifier/index.js';

const MIN_LINE_LENGTH = 15;

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { show: { type: 'string', default: '50' } },
  });
  const classifier = createClassifier(process.env.MODERATION_CLASSIFIER ?? DEFAULT_CLASSIFIER);
  const show = Number(values.show ?? '50');
  for (const file of positionals) {
    const seen = new Set<string>();
    let flagged = 0;
    for (const raw of readFileSync(file, 'utf8').split('\n')) {
      const line = raw.trim();
      if (line.length < MIN_LINE_LENGTH || seen.has(line)) continue;
      seen.add(line);
      const result = classifier.score(line);
      if (result.max < FLAG_THRESHOLD) continue;
      flagged++;
      if (flagged > show) continue;
      const why = result.spans.map((s) => `${s.category}: "${line.slice(s.start, s.end)}"`).join('; ');
      process.stdout.write(`${result.max.toFixed(2)}  ${why}\n      ${line.slice(0, 160)}\n`);
    }
    const share = seen.size ? ((100 * flagged) / seen.size).toFixed(3) : '0';
    process.stdout.write(`${file}: ${flagged} of ${seen.size} lines flagged (${share} %)\n`);
  }
}

main();

/**
 * Scores the labelled moderation set and prints precision, recall and false-positive rate per split,
 * language and category, as Markdown (paste into BENCHMARKS.md).
 *
 *   npx tsx apps/server/src/features/moderation/eval/run.ts [--markdown FILE] [--failures] [--classifier NAME]
 *
 * --failures lists the misclassified DEV messages. Held-out failures are never printed, on purpose: the
 * held-out part measures how the rules do on text nobody tuned them on, and stays useful only while nobody
 * looks at what it gets wrong.
 * Exit code 1 when the held-out target (recall ≥ 90 %, FPR ≤ 3 % on each language) is not met.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createClassifier, DEFAULT_CLASSIFIER } from '../classifier/index.js';
import { FLAG_THRESHOLD } from '../classifier/thresholds.js';
import type { ToxicityClassifier } from '../classifier/types.js';
import { describeDataset, loadDataset } from './dataset.js';
import type { Scored } from './metrics.js';
import { checkHeldoutTargets, renderMarkdown } from './report.js';

const LONG_MESSAGE_CHARS = 4000;
const TIMING_RUNS = 200;

function main(): number {
  const { values } = parseArgs({
    options: {
      markdown: { type: 'string' },
      failures: { type: 'boolean', default: false },
      classifier: { type: 'string', default: process.env.MODERATION_CLASSIFIER ?? DEFAULT_CLASSIFIER },
    },
  });
  const name = values.classifier ?? DEFAULT_CLASSIFIER;
  const classifier = createClassifier(name);
  const examples = loadDataset();

  const scored: Scored[] = examples.map((example) => ({ example, result: classifier.score(example.text, example.lang) }));
  const before = process.cpuUsage();
  for (const e of examples) classifier.score(e.text, e.lang);
  const used = process.cpuUsage(before);
  const meanMsPerMessage = (used.user + used.system) / 1000 / Math.max(1, examples.length);
  const longText = buildLongMessage(examples.map((e) => e.text));

  const markdown = renderMarkdown({
    classifier: name,
    flagThreshold: FLAG_THRESHOLD,
    composition: describeDataset(examples),
    scored,
    timing: { meanMsPerMessage, longMessageMs: cpuMsPerCall(classifier, longText), longMessageChars: longText.length },
  });
  process.stdout.write(markdown);
  if (values.markdown) writeFileSync(values.markdown, markdown);
  if (values.failures) printDevFailures(scored);
  return checkHeldoutTargets(scored).every((t) => t.met) ? 0 : 1;
}

function printDevFailures(scored: readonly Scored[]): void {
  process.stdout.write('\n### Dev failures (held-out failures are never shown)\n\n');
  for (const s of scored) {
    if (s.example.split !== 'dev') continue;
    const toxic = s.example.labels.length > 0;
    const flagged = s.result.max >= FLAG_THRESHOLD;
    if (toxic === flagged) continue;
    const top = Object.entries(s.result.scores)
      .filter(([, v]) => v > 0)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    process.stdout.write(
      `- ${toxic ? 'MISSED' : 'FALSE FLAG'} ${s.example.id} [${s.example.labels.join(',') || 'ok'}] ${JSON.stringify(s.example.text)} → ${top || 'nothing'}\n`,
    );
  }
}

function buildLongMessage(texts: readonly string[]): string {
  let out = '';
  for (let i = 0; out.length < LONG_MESSAGE_CHARS; i++) out += `${texts[i % texts.length] ?? ''} `;
  return out.slice(0, LONG_MESSAGE_CHARS);
}

// CPU time rather than wall time: the figure should not depend on what else the machine is running.
function cpuMsPerCall(classifier: ToxicityClassifier, text: string): number {
  for (let i = 0; i < TIMING_RUNS / 4; i++) classifier.score(text);
  const before = process.cpuUsage();
  for (let i = 0; i < TIMING_RUNS; i++) classifier.score(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / TIMING_RUNS;
}

process.exitCode = main();

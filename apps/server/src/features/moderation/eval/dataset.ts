import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { CATEGORIES } from '../classifier/types.js';

export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

const exampleSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(['fr', 'en']),
  text: z.string().min(1),
  labels: z.array(z.enum(CATEGORIES)),
  hard: z.literal(true).optional(),
  split: z.enum(SPLITS),
});
export type Example = z.infer<typeof exampleSchema>;

export const DATASET_DIR = new URL('./dataset/', import.meta.url);

/** Reads every .jsonl file of the dataset folder; throws with file and line on any malformed record. */
export function loadDataset(dir: URL = DATASET_DIR): Example[] {
  const examples: Example[] = [];
  const ids = new Set<string>();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  for (const file of files) {
    const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${file}:${index + 1}`;
      const parsed = exampleSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${where}: ${parsed.error.message}`);
      if (ids.has(parsed.data.id)) throw new Error(`${where}: duplicate id ${parsed.data.id}`);
      ids.add(parsed.data.id);
      examples.push(parsed.data);
    });
  }
  return examples;
}

export interface Composition {
  total: number;
  bySplitLang: Record<string, number>;
  hardNonToxicShare: number;
  heldoutShare: number;
  /** Toxic examples per language and category: every category must appear in both languages. */
  categoryCounts: Record<string, number>;
}

export function describeDataset(examples: readonly Example[]): Composition {
  const bySplitLang: Record<string, number> = {};
  const categoryCounts: Record<string, number> = {};
  let hardNonToxic = 0;
  let heldout = 0;
  for (const e of examples) {
    const key = `${e.split}/${e.lang}`;
    bySplitLang[key] = (bySplitLang[key] ?? 0) + 1;
    if (e.hard && e.labels.length === 0) hardNonToxic++;
    if (e.split === 'heldout') heldout++;
    for (const l of e.labels) categoryCounts[`${e.lang}/${l}`] = (categoryCounts[`${e.lang}/${l}`] ?? 0) + 1;
  }
  const total = examples.length;
  return {
    total,
    bySplitLang,
    hardNonToxicShare: total ? hardNonToxic / total : 0,
    heldoutShare: total ? heldout / total : 0,
    categoryCounts,
  };
}

import { readFileSync } from 'node:fs';
import type { z } from 'zod';

// Lexicons live in JSON beside the code (data/), so moderators and linguists can extend them without
// touching TypeScript. They are read once, when a classifier is created, and validated so that a typo
// in a data file fails loudly at start-up instead of silently matching nothing.
const dataDir = new URL('./data/', import.meta.url);

export function readDataFile<T>(relativePath: string, schema: z.ZodType<T>): T {
  const url = new URL(relativePath, dataDir);
  const raw: unknown = JSON.parse(readFileSync(url, 'utf8'));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid moderation data file ${relativePath}: ${parsed.error.message}`);
  }
  return parsed.data;
}

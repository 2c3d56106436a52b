import type { AppContext } from '../../platform/context';
import { sha256Hex } from '../../platform/storage/storage';
import { findReferencedKeys } from './store';

/** `ab/<sha256>.<ext>`: content-addressed, so identical bytes share one object; two-letter fan-out keeps directories small. */
export const objectKeyOf = (data: Buffer, extension: string) => {
  const sha = sha256Hex(data);
  return `${sha.slice(0, 2)}/${sha}.${extension}`;
};

const objectKeyPattern = /^([0-9a-f]{2})\/(\1[0-9a-f]{62})\.(webp|jpg|png)$/;

const contentTypes: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };
export const contentTypeOfKey = (key: string) => contentTypes[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';

/** The sha256 a content-addressed key promises, or null for anything else (e.g. a leftover temporary file). */
export function sha256OfKey(key: string): string | null {
  return objectKeyPattern.exec(key)?.[2] ?? null;
}

/**
 * Deletes those of `keys` that no media row references and that were written at least `minAgeMs` ago.
 * The age guard protects an upload running at the same moment: it writes (or rewrites) its objects
 * first and commits its row within seconds, so a fresh object may be about to gain a reference.
 */
export async function removeUnreferenced(ctx: AppContext, keys: string[], minAgeMs: number): Promise<string[]> {
  const referenced = await findReferencedKeys(ctx.db, keys);
  const removed: string[] = [];
  for (const key of new Set(keys)) {
    if (referenced.has(key)) continue;
    if (minAgeMs > 0) {
      const info = await ctx.storage.head(key);
      if (!info || Date.now() - info.lastModified.getTime() < minAgeMs) continue;
    }
    await ctx.storage.delete(key);
    removed.push(key);
  }
  return removed;
}

export interface SweepReport {
  scanned: number;
  removed: string[];
}

const sweepBatch = 500;

/** Removes every stored object that no row references and that is older than `minAgeMs` (interrupted uploads). */
export async function sweepOrphans(ctx: AppContext, minAgeMs: number): Promise<SweepReport> {
  const report: SweepReport = { scanned: 0, removed: [] };
  let batch: string[] = [];
  const flush = async () => {
    report.removed.push(...(await removeUnreferenced(ctx, batch, 0)));
    batch = [];
  };
  const cutoff = Date.now() - minAgeMs;
  for await (const object of ctx.storage.list()) {
    report.scanned++;
    // S3 servers round listing times (Swift rounds up to the second): an age of 0 means no age check at all.
    if (minAgeMs > 0 && object.lastModified.getTime() > cutoff) continue;
    batch.push(object.key);
    if (batch.length >= sweepBatch) await flush();
  }
  await flush();
  return report;
}

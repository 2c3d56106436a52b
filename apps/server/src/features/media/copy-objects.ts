import { buffer } from 'node:stream/consumers';
import { type Storage, sha256Hex } from '../../platform/storage/storage';
import { contentTypeOfKey, sha256OfKey } from './objects';

export interface CopyReport {
  copied: number;
  /** Already in the target with the right checksum (a previous, interrupted run copied them). */
  skipped: number;
  failed: { key: string; reason: string }[];
  /** Files that are not media objects (e.g. a temporary file left by a crash); never copied. */
  ignored: number;
}

async function readAll(storage: Storage, key: string): Promise<Buffer | null> {
  const object = await storage.get(key);
  return object ? buffer(object.body) : null;
}

/** True when `target` already holds `key` with the bytes its name promises. */
async function alreadyCopied(target: Storage, key: string, sha: string, bytes: number): Promise<boolean> {
  const existing = await target.head(key);
  if (existing?.bytes !== bytes) return false;
  const data = await readAll(target, key);
  return data !== null && sha256Hex(data) === sha;
}

/**
 * Copies every media object from one storage to another (local disk to the bucket when a deployment
 * moves its media off the container). Each object is checked against the sha256 its key holds, on
 * both sides; safe to interrupt and run again: what is already there and correct is skipped.
 */
export async function copyObjects(source: Storage, target: Storage, onProgress: (key: string, outcome: string) => void = () => undefined): Promise<CopyReport> {
  const report: CopyReport = { copied: 0, skipped: 0, failed: [], ignored: 0 };
  for await (const info of source.list()) {
    const sha = sha256OfKey(info.key);
    if (!sha) {
      report.ignored++;
      continue;
    }
    try {
      if (await alreadyCopied(target, info.key, sha, info.bytes)) {
        report.skipped++;
        onProgress(info.key, 'skipped');
        continue;
      }
      const data = await readAll(source, info.key);
      if (!data || sha256Hex(data) !== sha) throw new Error('the source object does not match its checksum');
      await target.put(info.key, data, contentTypeOfKey(info.key));
      report.copied++;
      onProgress(info.key, 'copied');
    } catch (error) {
      report.failed.push({ key: info.key, reason: (error as Error).message });
      onProgress(info.key, 'failed');
    }
  }
  return report;
}

import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

/** One stored object as a listing or a HEAD sees it. */
export interface ObjectInfo {
  key: string;
  bytes: number;
  lastModified: Date;
}

/** Inclusive byte range, as in an HTTP `Range: bytes=start-end` header. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface ObjectStream {
  body: Readable;
  /** Bytes in `body` (the range's length when a range was asked for). */
  bytes: number;
  /** Size of the whole object. */
  totalBytes: number;
}

/**
 * Where media objects live: local disk or an S3-compatible bucket. Keys are relative paths made of
 * `[a-z0-9._-]` segments (see `assertValidKey`); both drivers pass the same contract tests.
 */
export interface Storage {
  readonly kind: 'local' | 's3';
  /**
   * Stores `body` under `key` and checks what the store holds: size and sha256 read back (S3: size and MD5
   * ETag from a HEAD, the whole object when the ETag is not an MD5); throws StorageError otherwise.
   */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object, or a byte range of it; null when there is no such object. */
  get(key: string, range?: ByteRange): Promise<ObjectStream | null>;
  head(key: string): Promise<ObjectInfo | null>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `prefix`, in no particular order. */
  list(prefix?: string): AsyncIterable<ObjectInfo>;
  /** Where a browser can fetch the object: `/media/<key>` locally, a public or presigned URL on S3. */
  url(key: string): Promise<string>;
  /** Throws when the storage cannot be used (readiness, start-up report). */
  check(): Promise<void>;
  close(): void;
}

/** `unavailable`: the store could not be reached; `corrupt`: what was read back is not what was written. */
export class StorageError extends Error {
  constructor(
    readonly reason: 'unavailable' | 'corrupt' | 'invalid_key',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

const keyPattern = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/** Keys never contain `..`, absolute paths or odd characters, so a key can never escape the media root. */
export function assertValidKey(key: string): void {
  if (key.length > 300 || !keyPattern.test(key) || key.split('/').some((s) => s === '..' || s === '.')) {
    throw new StorageError('invalid_key', `Invalid object key: ${JSON.stringify(key.slice(0, 80))}`);
  }
}

export const sha256Hex = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** Compares what was read back with what was written; throws a `corrupt` StorageError on any difference. */
export function assertSameBytes(key: string, written: Buffer, readBack: Buffer): void {
  if (readBack.length !== written.length || sha256Hex(readBack) !== sha256Hex(written)) {
    throw new StorageError('corrupt', `Object ${key} read back differs from what was written (${readBack.length} of ${written.length} bytes).`);
  }
}

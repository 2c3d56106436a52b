import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { type ObjectInfo, type Storage, StorageError, assertSameBytes, assertValidKey } from './storage';

export interface S3Settings {
  /** Absent for AWS itself; set for R2 and other S3-compatible servers. */
  endpoint?: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Public host of the bucket; URLs are presigned when absent. */
  customDomain?: string | undefined;
  urlTtlSeconds: number;
}

const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
const isNotFound = (error: unknown) => statusOf(error) === 404;

function unavailable(action: string, key: string, error: unknown): StorageError {
  const status = statusOf(error);
  const reason = `${(error as Error).name}${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message}`;
  return new StorageError('unavailable', `S3 could not ${action} ${key}: ${reason}`, { cause: error });
}

function publicBase(customDomain: string): string {
  const base = /^https?:\/\//.test(customDomain) ? customDomain : `https://${customDomain}`;
  return base.replace(/\/+$/, '');
}

/**
 * Objects in an S3-compatible bucket (Cloudflare R2, AWS, OpenStack Swift's s3api in the tests).
 * Path-style addressing and checksums only when required: Swift refuses aws-chunked uploads, and R2
 * accepts both settings.
 */
export function createS3Storage(settings: S3Settings): Storage {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 2,
    // A store that does not answer must turn into a quick 503, not a request hanging for minutes.
    requestHandler: { connectionTimeout: 2_000, requestTimeout: 30_000 },
  });
  const Bucket = settings.bucket;

  async function readAll(key: string): Promise<Buffer> {
    const reply = await client.send(new GetObjectCommand({ Bucket, Key: key }));
    return Buffer.from(await reply.Body!.transformToByteArray());
  }

  /**
   * The cheap check after a put: a HEAD whose size and ETag match the bytes sent. A single-part object's
   * ETag is the MD5 the store computed from what it received (S3, R2, Swift). When it is something else
   * (SSE-KMS, other stores) or differs, the caller reads the whole object back and compares sha256.
   */
  async function storeReportsSameBytes(key: string, body: Buffer): Promise<boolean> {
    const head = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
    return head.ContentLength === body.length && head.ETag?.replaceAll('"', '') === createHash('md5').update(body).digest('hex');
  }

  return {
    kind: 's3',

    async put(key, body, contentType) {
      assertValidKey(key);
      let readBack: Buffer | null = null;
      try {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: key,
            Body: body,
            ContentLength: body.length,
            ContentType: contentType,
            CacheControl: 'public, max-age=31536000, immutable',
          }),
        );
        if (!(await storeReportsSameBytes(key, body))) readBack = await readAll(key);
      } catch (error) {
        throw unavailable('write', key, error);
      }
      if (readBack) assertSameBytes(key, body, readBack);
    },

    async get(key, range) {
      assertValidKey(key);
      try {
        const reply = await client.send(
          new GetObjectCommand({ Bucket, Key: key, ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }),
        );
        const bytes = reply.ContentLength ?? 0;
        const total = reply.ContentRange ? Number(reply.ContentRange.split('/')[1]) : bytes;
        return { body: reply.Body as Readable, bytes, totalBytes: total };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw unavailable('read', key, error);
      }
    },

    async head(key) {
      assertValidKey(key);
      try {
        const reply = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return { key, bytes: reply.ContentLength ?? 0, lastModified: reply.LastModified ?? new Date(0) };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw unavailable('stat', key, error);
      }
    },

    async delete(key) {
      assertValidKey(key);
      try {
        // One by one: Swift refuses the SDK's DeleteObjects (it wants Content-MD5, the SDK sends CRC32).
        await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
      } catch (error) {
        if (!isNotFound(error)) throw unavailable('delete', key, error);
      }
    },

    list(prefix = '') {
      return (async function* (): AsyncGenerator<ObjectInfo> {
        let token: string | undefined;
        do {
          let page;
          try {
            page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix || undefined, ContinuationToken: token }));
          } catch (error) {
            throw unavailable('list', prefix || '/', error);
          }
          for (const item of page.Contents ?? []) {
            if (item.Key) yield { key: item.Key, bytes: item.Size ?? 0, lastModified: item.LastModified ?? new Date(0) };
          }
          token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
      })();
    },

    async url(key) {
      assertValidKey(key);
      if (settings.customDomain) return `${publicBase(settings.customDomain)}/${key}`;
      return getSignedUrl(client, new GetObjectCommand({ Bucket, Key: key }), { expiresIn: settings.urlTtlSeconds });
    },

    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (error) {
        throw unavailable('reach bucket', Bucket, error);
      }
    },

    close() {
      client.destroy();
    },
  };
}

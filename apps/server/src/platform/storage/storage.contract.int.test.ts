import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/harness';
import { deadEndpoint, freshBucketEnv } from '../../../test/s3';
import { createStorage } from './create-storage';
import { type Storage, StorageError, sha256Hex } from './storage';

async function readAll(storage: Storage, key: string, range?: { start: number; end: number }): Promise<Buffer> {
  const object = await storage.get(key, range);
  if (!object) throw new Error(`no object ${key}`);
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const drivers = {
  local: async () => ({}),
  s3: freshBucketEnv,
};

describe.each(Object.entries(drivers))('storage contract: %s driver', (driver, envOf) => {
  let dataDir: string;
  let storage: Storage;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'egoejo-storage-'));
    storage = createStorage(testConfig(dataDir, await envOf()));
  });
  afterAll(async () => {
    storage.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const someKey = () => `${randomBytes(1).toString('hex')}/${randomBytes(16).toString('hex')}.bin`;

  it('reads back byte for byte what was put, and reports its size', async () => {
    const key = someKey();
    const body = randomBytes(300_001);
    await storage.put(key, body, 'application/octet-stream');
    expect(sha256Hex(await readAll(storage, key))).toBe(sha256Hex(body));
    expect(await storage.head(key)).toMatchObject({ key, bytes: body.length });
    expect(storage.kind).toBe(driver);
  });

  it('returns an inclusive byte range with the whole size', async () => {
    const key = someKey();
    const body = randomBytes(10_000);
    await storage.put(key, body, 'application/octet-stream');
    const object = await storage.get(key, { start: 100, end: 1099 });
    expect(object).toMatchObject({ bytes: 1000, totalBytes: 10_000 });
    expect(await readAll(storage, key, { start: 100, end: 1099 })).toEqual(body.subarray(100, 1100));
  });

  it('answers null for an object that does not exist', async () => {
    expect(await storage.get(someKey())).toBeNull();
    expect(await storage.head(someKey())).toBeNull();
  });

  it('deletes an object, and deleting a missing one is no error', async () => {
    const key = someKey();
    await storage.put(key, Buffer.from('temporary'), 'text/plain');
    await storage.delete(key);
    expect(await storage.head(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('overwrites an object with the same content when put twice', async () => {
    const key = someKey();
    const body = randomBytes(2048);
    await storage.put(key, body, 'application/octet-stream');
    await storage.put(key, body, 'application/octet-stream');
    expect(await readAll(storage, key)).toEqual(body);
  });

  it('lists every object under a prefix, with sizes and ages', async () => {
    const prefix = `zz/${randomBytes(4).toString('hex')}`;
    const keys = [`${prefix}-a.bin`, `${prefix}-b.bin`, `${prefix}-c.bin`];
    for (const key of keys) await storage.put(key, Buffer.from(key), 'application/octet-stream');
    const listed = [];
    for await (const info of storage.list(prefix)) listed.push(info);
    expect(listed.map((i) => i.key).sort()).toEqual(keys);
    expect(listed.every((i) => i.bytes === keys[0]!.length && Date.now() - i.lastModified.getTime() < 60_000)).toBe(true);
  });

  it('refuses keys that could escape the media root', async () => {
    for (const key of ['../etc/passwd', '/abs/path', 'a/../../b', 'UPPER/case', 'a//b', '']) {
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toMatchObject({ reason: 'invalid_key' });
    }
  });

  it('gives a URL a browser can fetch the object from', async () => {
    const key = someKey();
    await storage.put(key, Buffer.from('hello media'), 'text/plain');
    const url = await storage.url(key);
    if (driver === 'local') {
      expect(url).toBe(`/media/${key}`);
    } else {
      const reply = await fetch(url);
      expect(reply.status).toBe(200);
      expect(await reply.text()).toBe('hello media');
    }
  });

  it('passes its readiness check', async () => {
    await expect(storage.check()).resolves.toBeUndefined();
  });

  it('streams a whole object as text too', async () => {
    const key = someKey();
    await storage.put(key, Buffer.from('ŝtreamed ✓'), 'text/plain');
    expect(await text((await storage.get(key))!.body)).toBe('ŝtreamed ✓');
  });
});

describe('local driver durability', () => {
  it('leaves no temporary file behind after a put', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'egoejo-storage-'));
    const storage = createStorage(testConfig(dataDir));
    await storage.put('ab/object.bin', randomBytes(5000), 'application/octet-stream');
    expect(await readdir(path.join(dataDir, 'media', 'ab'))).toEqual(['object.bin']);
    await rm(dataDir, { recursive: true, force: true });
  });
});

describe('S3 driver failures', () => {
  it('fails its readiness check and its writes clearly when the endpoint is unreachable', async () => {
    const env = { ...(await freshBucketEnv()), R2_ENDPOINT_URL: await deadEndpoint() };
    const storage = createStorage(testConfig(tmpdir(), env));
    await expect(storage.check()).rejects.toBeInstanceOf(StorageError);
    await expect(storage.put('ab/x.bin', Buffer.from('x'), 'text/plain')).rejects.toMatchObject({ reason: 'unavailable' });
    storage.close();
  });

  it('fails its readiness check when the secret is wrong or the bucket is missing', async () => {
    const env = await freshBucketEnv();
    const wrongs: Record<string, string>[] = [{ R2_SECRET_ACCESS_KEY: 'not-the-secret' }, { R2_BUCKET_NAME: 'no-such-bucket-here' }];
    for (const wrong of wrongs) {
      const storage = createStorage(testConfig(tmpdir(), { ...env, ...wrong }));
      await expect(storage.check()).rejects.toMatchObject({ reason: 'unavailable' });
      storage.close();
    }
  });

  it('uses the custom domain for public URLs when one is set', async () => {
    const env = { ...(await freshBucketEnv()), R2_CUSTOM_DOMAIN: 'media.egoejo.org' };
    const storage = createStorage(testConfig(tmpdir(), env));
    expect(await storage.url('ab/cd.webp')).toBe('https://media.egoejo.org/ab/cd.webp');
    storage.close();
  });
});

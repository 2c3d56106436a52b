import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { pngImage } from '../../../test/images';
import { mediaTestEnv, storedBytes, uploadImage } from '../../../test/media';
import { freshBucketEnv } from '../../../test/s3';

describe('serving media from local disk', () => {
  let t: TestApp;
  let url: string;
  let bytes: Buffer;
  beforeAll(async () => {
    t = await createTestApp(mediaTestEnv);
    url = (await uploadImage(t, await makeMember(t), await pngImage(500, 400, '#446688'))).json().variants.w320;
    bytes = await storedBytes(t, url.replace('/media/', ''));
  });
  afterAll(() => t.close());

  const get = (path: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: path, headers });

  it('sends the object with its type, an ETag and immutable caching', async () => {
    const reply = await get(url);
    expect(reply.statusCode).toBe(200);
    expect(reply.rawPayload.equals(bytes)).toBe(true);
    expect(reply.headers).toMatchObject({
      'content-type': 'image/webp',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'accept-ranges': 'bytes',
      etag: `"${url.slice(url.lastIndexOf('/') + 1, url.lastIndexOf('.'))}"`,
    });
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const etag = (await get(url)).headers.etag as string;
    const reply = await get(url, { 'if-none-match': `"other", ${etag}` });
    expect(reply.statusCode).toBe(304);
    expect(reply.rawPayload.length).toBe(0);
  });

  it('sends a byte range, and 416 for a range past the end', async () => {
    const reply = await get(url, { range: 'bytes=10-109' });
    expect(reply.statusCode).toBe(206);
    expect(reply.headers['content-range']).toBe(`bytes 10-109/${bytes.length}`);
    expect(reply.rawPayload.equals(bytes.subarray(10, 110))).toBe(true);
    const suffix = await get(url, { range: 'bytes=-20' });
    expect(suffix.rawPayload.equals(bytes.subarray(bytes.length - 20))).toBe(true);
    const past = await get(url, { range: `bytes=${bytes.length + 5}-` });
    expect(past.statusCode).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${bytes.length}`);
  });

  it('answers 404 for a missing object and for paths that are not object keys', async () => {
    for (const path of [`/media/ab/${'ab'.repeat(32)}.webp`, '/media/../../etc/passwd', '/media/%2e%2e/%2e%2e/etc/passwd', '/media/ab/nothing.webp', '/media/']) {
      const reply = await get(path);
      expect(reply.statusCode, path).toBe(404);
      expect(reply.json().error.code).toBe('not_found');
    }
  });
});

describe('serving media from S3', () => {
  it('redirects to a presigned URL of the bucket', async () => {
    const t = await createTestApp({ ...mediaTestEnv, ...(await freshBucketEnv()) });
    const url: string = (await uploadImage(t, await makeMember(t), await pngImage(300, 200))).json().url;
    const key = /([0-9a-f]{2}\/[0-9a-f]{64}\.png)/.exec(url)![1]!;
    const reply = await t.app.inject({ method: 'GET', url: `/media/${key}` });
    expect(reply.statusCode).toBe(302);
    const fetched = await fetch(reply.headers.location as string);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(await storedBytes(t, key))).toBe(true);
    await t.close();
  });
});

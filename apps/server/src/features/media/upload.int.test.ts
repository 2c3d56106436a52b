import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath } from '@egoejo/contracts';
import { type TestUser, makeMember, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { avifImage, gifImage, gpsPointerTag, htmlPage, jpegWithGps, multipart, pngBomb, pngImage, svgImage, webpImage } from '../../../test/images';
import { mediaRowCount, mediaTestEnv, storedBytes, storedKeys, uploadImage } from '../../../test/media';
import { freshBucketEnv } from '../../../test/s3';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const keyOf = (url: string) => /([0-9a-f]{2}\/[0-9a-f]{64}\.(webp|jpg|png))/.exec(url)?.[1] ?? '';

const drivers = { local: async () => ({}), s3: freshBucketEnv };

describe.each(Object.entries(drivers))('upload on the %s driver', (_driver, envOf) => {
  let t: TestApp;
  let member: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ ...mediaTestEnv, ...(await envOf()) });
    member = await makeMember(t);
  });
  afterAll(() => t.close());

  /** Runs an upload that must be refused and checks that it left no row and no object behind. */
  async function expectRefusedLeavingNothing(file: Buffer, status: number, code: string, filename?: string) {
    const [rowsBefore, keysBefore] = [await mediaRowCount(t), await storedKeys(t)];
    const reply = await uploadImage(t, member, file, {}, filename);
    expect(reply.statusCode, reply.body).toBe(status);
    expect(reply.json().error.code).toBe(code);
    expect(await mediaRowCount(t)).toBe(rowsBefore);
    expect(await storedKeys(t)).toEqual(keysBefore);
  }

  it('stores a PNG in its sizes, never upscaled, and answers with their URLs', async () => {
    const file = await pngImage(640, 480);
    const reply = await uploadImage(t, member, file, { alt: ' Une haie fleurie ' });
    expect(reply.statusCode, reply.body).toBe(201);
    const body = reply.json();
    expect(body).toMatchObject({ width: 640, height: 480, bytes: file.length, sha256: sha256(file), alt: 'Une haie fleurie' });
    expect(body.url).toBe(body.variants.original);
    const w320 = await sharp(await storedBytes(t, keyOf(body.variants.w320))).metadata();
    expect([w320.format, w320.width, w320.height]).toEqual(['webp', 320, 240]);
    // Wider than the image: its own size, so the same bytes and the same object as each other.
    expect(keyOf(body.variants.w960)).toBe(keyOf(body.variants.w1920));
    expect((await sharp(await storedBytes(t, keyOf(body.variants.w1920))).metadata()).width).toBe(640);
    expect((await sharp(await storedBytes(t, keyOf(body.url))).metadata()).format).toBe('png');
  });

  it.each([
    ['JPEG', () => sharp({ create: { width: 300, height: 200, channels: 3, background: '#884422' } }).jpeg().toBuffer(), 'jpeg'],
    ['WebP', () => webpImage(), 'webp'],
    ['AVIF', () => avifImage(), 'webp'],
    ['GIF', () => gifImage(), 'webp'],
  ])('accepts a %s image', async (_label, make, originalFormat) => {
    const reply = await uploadImage(t, member, await make(), {}, 'image.bin');
    expect(reply.statusCode, reply.body).toBe(201);
    expect((await sharp(await storedBytes(t, keyOf(reply.json().url))).metadata()).format).toBe(originalFormat);
  });

  it('drops EXIF and GPS data and applies the orientation', async () => {
    const file = await jpegWithGps();
    expect((await sharp(file).metadata()).exif?.includes(gpsPointerTag)).toBe(true);
    const reply = await uploadImage(t, member, file);
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ width: 48, height: 64 });
    for (const url of Object.values(reply.json().variants as Record<string, string>)) {
      const meta = await sharp(await storedBytes(t, keyOf(url))).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
    }
  });

  it('stores the same file once when it is uploaded twice', async () => {
    const file = await pngImage(333, 222);
    const first = await uploadImage(t, member, file);
    const keysAfterFirst = await storedKeys(t);
    const second = await uploadImage(t, member, file);
    expect(second.statusCode).toBe(201);
    expect(second.json().id).not.toBe(first.json().id);
    const keysOf = (reply: typeof first) => Object.values(reply.json().variants as Record<string, string>).map(keyOf);
    expect(keysOf(second)).toEqual(keysOf(first));
    expect(await storedKeys(t)).toEqual(keysAfterFirst);
  });

  it('refuses an SVG image, leaving nothing behind', () => expectRefusedLeavingNothing(svgImage(), 415, 'unsupported_media_type', 'logo.svg'));
  it('refuses an HTML page renamed .jpg', () => expectRefusedLeavingNothing(htmlPage(), 415, 'unsupported_media_type', 'photo.jpg'));
  it('refuses a truncated JPEG', async () => {
    const whole = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#123456', noise: { type: 'gaussian', mean: 100, sigma: 30 } } }).jpeg().toBuffer();
    await expectRefusedLeavingNothing(whole.subarray(0, Math.floor(whole.length / 2)), 415, 'unsupported_media_type');
  });
  it('refuses a decompression bomb declaring 100 000 × 100 000 pixels', () => expectRefusedLeavingNothing(pngBomb(), 415, 'unsupported_media_type', 'bomb.png'));
  it('refuses a file over the size limit while it streams in', async () => {
    const big = Buffer.concat([await pngImage(10, 10), Buffer.alloc(2 * 1024 * 1024 + 1)]);
    await expectRefusedLeavingNothing(big, 413, 'file_too_large');
  });

  it('refuses an upload without a file, naming the field', async () => {
    const body = multipart([{ name: 'alt', value: 'rien' }]);
    const reply = await t.app.inject({ method: 'POST', url: ApiPath.media, remoteAddress: uniqueIp(), headers: { ...body.headers, ...member.auth }, payload: body.payload });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error).toMatchObject({ code: 'missing_file', details: [{ field: 'file' }] });
  });

  it('refuses a file in another field, and an alt text that is too long', async () => {
    const png = await pngImage(20, 20);
    const wrongField = multipart([{ name: 'image', value: png, filename: 'a.png' }]);
    const reply = await t.app.inject({ method: 'POST', url: ApiPath.media, remoteAddress: uniqueIp(), headers: { ...wrongField.headers, ...member.auth }, payload: wrongField.payload });
    expect(reply.statusCode).toBe(400);
    const longAlt = await uploadImage(t, member, png, { alt: 'x'.repeat(501) });
    expect(longAlt.statusCode).toBe(400);
    expect(longAlt.json().error.details).toEqual([expect.objectContaining({ field: 'alt' })]);
  });

  it('refuses a body that is not multipart', async () => {
    const reply = await t.app.inject({ method: 'POST', url: ApiPath.media, remoteAddress: uniqueIp(), headers: member.auth, payload: { file: 'x' } });
    expect(reply.statusCode).toBe(415);
    expect(reply.json().error.code).toBe('unsupported_media_type');
  });

  it('refuses a visitor', async () => {
    const reply = await uploadImage(t, null, await pngImage(20, 20));
    expect(reply.statusCode).toBe(401);
  });

  it('limits a member to 30 uploads a minute', async () => {
    const busy = await makeMember(t);
    const file = await pngImage(16, 16, '#101010');
    const codes = [];
    for (let i = 0; i < 31; i++) codes.push((await uploadImage(t, busy, file)).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 201)).toBe(true);
    expect(codes[30]).toBe(429);
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: ApiPath.openapi })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([ApiPath.media, '/api/media/{id}']));
  });

  it('answers 404 for a project that does not exist', async () => {
    const reply = await uploadImage(t, member, await pngImage(20, 20), { projectSlug: 'pas-de-projet-ici' });
    expect(reply.statusCode).toBe(404);
  });
});

import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { makeMember } from '../../../test/factories';
import { type TestApp, createTestApp, testConfig, testSecret } from '../../../test/harness';
import { jpegWithGps, pngImage, webpImage } from '../../../test/images';
import { mediaTestEnv, storedBytes, storedKeys, uploadImage } from '../../../test/media';
import { freshBucketEnv } from '../../../test/s3';
import { createStorage } from '../../platform/storage/create-storage';
import type { Storage } from '../../platform/storage/storage';
import { copyObjects } from './copy-objects';

const run = promisify(execFile);
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('moving local media to S3', () => {
  let t: TestApp;
  let bucketEnv: Record<string, string>;
  let bucket: Storage;
  let localKeys: string[];
  beforeAll(async () => {
    t = await createTestApp(mediaTestEnv);
    const member = await makeMember(t);
    for (const file of [await pngImage(800, 600, '#335577'), await jpegWithGps(), await webpImage(640, 360)]) {
      expect((await uploadImage(t, member, file)).statusCode).toBe(201);
    }
    // A temporary file left by a crash is not a media object: it must not be copied.
    await writeFile(path.join(t.dataDir, 'media', 'leftover.tmp-123'), 'partial');
    localKeys = (await storedKeys(t)).filter((k) => !k.startsWith('leftover'));
    bucketEnv = await freshBucketEnv();
    bucket = createStorage(testConfig(t.dataDir, bucketEnv));
  });
  afterAll(async () => {
    bucket.close();
    await t.close();
  });

  it('copies every object, verified, and a second run skips them all', async () => {
    const first = await copyObjects(t.ctx.storage, bucket);
    expect(first).toEqual({ copied: localKeys.length, skipped: 0, failed: [], ignored: 1 });
    const again = await copyObjects(t.ctx.storage, bucket);
    expect(again).toEqual({ copied: 0, skipped: localKeys.length, failed: [], ignored: 1 });
  });

  it('after an interruption, copies again only what is missing or wrong in the bucket', async () => {
    const [missing, damaged] = localKeys;
    await bucket.delete(missing!);
    await bucket.put(damaged!, Buffer.from('half-written'), 'image/webp');
    const report = await copyObjects(t.ctx.storage, bucket);
    expect(report).toEqual({ copied: 2, skipped: localKeys.length - 2, failed: [], ignored: 1 });
  });

  it('loses nothing: the app switched to S3 reads every object byte for byte', async () => {
    const switched = await buildApp({ config: testConfig(t.dataDir, { ...mediaTestEnv, ...bucketEnv }), database: t.database, signingSecret: new TextEncoder().encode(testSecret) });
    const rows = await t.db.selectFrom('media').select('variants').execute();
    const referenced = [...new Set(rows.flatMap((r) => Object.values(r.variants).map((v) => v.key)))];
    expect(referenced.sort()).toEqual(localKeys);
    for (const key of referenced) expect((await storedBytes(switched, key)).equals(await storedBytes(t, key))).toBe(true);
    await switched.app.close();
  });

  it('runs as `npm run media:migrate -- --to s3` and prints a summary', async () => {
    const env = { ...process.env, ...bucketEnv, USE_S3_STORAGE: 'false', DATA_DIR: t.dataDir, LOG_LEVEL: 'silent' };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/media-migrate.ts', '--to', 's3', '--quiet'], { cwd: serverDir, env });
    expect(stdout).toContain(`0 copied, ${localKeys.length} skipped (already there), 0 failed, 1 ignored`);
  }, 60_000);

  it('refuses to run without bucket settings', async () => {
    const env = { ...process.env, DATA_DIR: t.dataDir, R2_ACCESS_KEY_ID: '', R2_BUCKET_NAME: '', AWS_ACCESS_KEY_ID: '' };
    await expect(run(process.execPath, ['--import', 'tsx', 'src/cli/media-migrate.ts', '--to', 's3'], { cwd: serverDir, env })).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiPath, pathWith } from '@egoejo/contracts';
import { buildApp } from '../../app';
import { type TestUser, makeAdmin, makeMember, makeModerator, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp, testConfig, testSecret } from '../../../test/harness';
import { pngImage } from '../../../test/images';
import { mediaRowCount, mediaTestEnv, storedBytes, storedKeys, uploadImage } from '../../../test/media';
import { deadEndpoint, freshBucketEnv } from '../../../test/s3';
import { type Storage, StorageError } from '../../platform/storage/storage';
import { sweepJobName } from './lifecycle';
import { sweepOrphans } from './objects';

const keyOf = (url: string) => /([0-9a-f]{2}\/[0-9a-f]{64}\.(webp|jpg|png))/.exec(url)?.[1] ?? '';
const keysOfReply = (body: { variants: Record<string, string> }) => [...new Set(Object.values(body.variants).map(keyOf))].sort();
const drivers = { local: async () => ({}), s3: freshBucketEnv };

/** The same database and storage as `t`, in a new app: what a restarted server process sees. */
async function restartedApp(t: TestApp, env: Record<string, string>, storage?: Storage) {
  const config = testConfig(t.dataDir, env);
  const built = await buildApp({ config, database: t.database, signingSecret: new TextEncoder().encode(testSecret), ...(storage ? { storage } : {}) });
  await built.app.ready();
  return built;
}

describe.each(Object.entries(drivers))('media lifecycle on the %s driver', (_driver, envOf) => {
  let t: TestApp;
  let env: Record<string, string>;
  let owner: TestUser;
  beforeAll(async () => {
    env = { ...mediaTestEnv, ...(await envOf()) };
    t = await createTestApp(env);
    owner = await makeMember(t);
  });
  afterAll(() => t.close());

  const remove = (id: number, user: TestUser | null) =>
    t.app.inject({ method: 'DELETE', url: pathWith(ApiPath.mediaItem, { id }), remoteAddress: uniqueIp(), headers: user?.auth ?? {} });

  it('keeps every accepted upload readable byte for byte after a restart', async () => {
    const reply = await uploadImage(t, owner, await pngImage(700, 500));
    expect(reply.statusCode).toBe(201);
    const keys = keysOfReply(reply.json());
    const before = await Promise.all(keys.map((k) => storedBytes(t, k)));
    const restarted = await restartedApp(t, env);
    for (const [i, key] of keys.entries()) expect((await storedBytes(restarted, key)).equals(before[i]!)).toBe(true);
    await restarted.app.close();
  });

  it('lets the owner delete an image: the row, then the objects no other image uses', async () => {
    const shared = await pngImage(410, 300);
    const first = (await uploadImage(t, owner, shared)).json();
    const second = (await uploadImage(t, owner, shared)).json();
    const own = (await uploadImage(t, owner, await pngImage(420, 300, '#c0ffee'))).json();
    expect((await remove(first.id, owner)).statusCode).toBe(204);
    expect(await storedKeys(t)).toEqual(expect.arrayContaining(keysOfReply(second)));
    expect((await remove(own.id, owner)).statusCode).toBe(204);
    const left = await storedKeys(t);
    for (const key of keysOfReply(own)) expect(left).not.toContain(key);
    expect((await remove(own.id, owner)).statusCode).toBe(404);
  });

  it('refuses deletion by another member or a visitor, and allows it to moderators and admins', async () => {
    const image = (await uploadImage(t, owner, await pngImage(50, 50))).json();
    expect((await remove(image.id, await makeMember(t))).statusCode).toBe(403);
    expect((await remove(image.id, null)).statusCode).toBe(401);
    expect((await remove(image.id, await makeModerator(t))).statusCode).toBe(204);
    const other = (await uploadImage(t, owner, await pngImage(51, 50))).json();
    expect((await remove(other.id, await makeAdmin(t))).statusCode).toBe(204);
  });

  it('refuses an id that is not a number', async () => {
    const reply = await t.app.inject({ method: 'DELETE', url: '/api/media/abc', remoteAddress: uniqueIp(), headers: owner.auth });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error.details[0].field).toBe('id');
  });

  it('sweeps objects no row references once they are old enough, and reports them', async () => {
    const kept = (await uploadImage(t, owner, await pngImage(90, 60))).json();
    const orphan = `ee/${'e'.repeat(64)}.webp`;
    await t.ctx.storage.put(orphan, Buffer.from('left by an interrupted upload'), 'image/webp');
    expect((await sweepOrphans(t.ctx, 3_600_000)).removed).not.toContain(orphan);
    const report = await sweepOrphans(t.ctx, 0);
    expect(report.removed).toContain(orphan);
    expect(report.scanned).toBeGreaterThan(report.removed.length);
    expect(await storedKeys(t)).toEqual(expect.arrayContaining(keysOfReply(kept)));
  });

  it('runs the sweep as a job of the queue', async () => {
    const orphan = `dd/${'d'.repeat(64)}.webp`;
    await t.ctx.storage.put(orphan, Buffer.from('orphan'), 'image/webp');
    await t.ctx.jobs.start({ work: true });
    try {
      await t.ctx.jobs.send(sweepJobName, {});
      await vi.waitFor(async () => expect(await t.ctx.storage.head(orphan)).toBeNull(), { timeout: 20_000, interval: 200 });
    } finally {
      await t.ctx.jobs.stop();
    }
  });

  it('answers 503 and stores nothing when the storage is unreachable, and says so in /api/ready', async () => {
    const down = await restartedApp(t, { ...env, USE_S3_STORAGE: 'true', ...(env.R2_BUCKET_NAME ? {} : await freshBucketEnv()), R2_ENDPOINT_URL: await deadEndpoint() });
    const rows = await mediaRowCount(t);
    const reply = await uploadImage(down, owner, await pngImage(64, 64));
    expect(reply.statusCode).toBe(503);
    expect(reply.json().error.code).toBe('storage_unavailable');
    expect(reply.headers['retry-after']).toBeDefined();
    expect(await mediaRowCount(t)).toBe(rows);
    const ready = await down.app.inject({ method: 'GET', url: ApiPath.ready });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().checks.storage).toBe('failing');
    await down.app.close();
  });

  /** The test's storage, failing from the third write on (and on deletes too, when the whole store is down). */
  const failingStorage = (options: { deletesFail: boolean }): Storage => {
    let puts = 0;
    const down = () => new StorageError('unavailable', 'connection refused');
    return {
      ...t.ctx.storage,
      put: async (key, body, type) => {
        if (++puts >= 3) throw down();
        return t.ctx.storage.put(key, body, type);
      },
      delete: async (key) => (options.deletesFail ? Promise.reject(down()) : t.ctx.storage.delete(key)),
      close: () => undefined,
    };
  };

  it('removes the objects already written when a later write fails, and commits no row', async () => {
    const app = await restartedApp(t, env, failingStorage({ deletesFail: false }));
    const [rows, keys] = [await mediaRowCount(t), await storedKeys(t)];
    const reply = await uploadImage(app, owner, await pngImage(1200, 900));
    expect(reply.statusCode).toBe(503);
    expect(await mediaRowCount(t)).toBe(rows);
    expect(await storedKeys(t)).toEqual(keys);
    await app.app.close();
  });

  it('leaves no orphan after the sweep when the store went down in the middle of an upload', async () => {
    const app = await restartedApp(t, env, failingStorage({ deletesFail: true }));
    const [rows, keys] = [await mediaRowCount(t), await storedKeys(t)];
    const reply = await uploadImage(app, owner, await pngImage(1300, 900, '#5a3d7a'));
    expect(reply.statusCode).toBe(503);
    expect(await mediaRowCount(t)).toBe(rows);
    expect((await storedKeys(t)).length).toBe(keys.length + 2);
    await app.app.close();
    await sweepOrphans(t.ctx, 0);
    expect(await storedKeys(t)).toEqual(keys);
  });
});

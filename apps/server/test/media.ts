import { buffer } from 'node:stream/consumers';
import { ApiPath } from '@egoejo/contracts';
import type { TestUser } from './factories';
import { uniqueIp } from './factories';
import type { TestApp } from './harness';
import { multipart } from './images';

/** Settings for media tests: no scheduled sweep, no age guard (objects are removed at once), 2 MB uploads. */
export const mediaTestEnv = { MEDIA_SWEEP_CRON: 'off', MEDIA_ORPHAN_MIN_AGE_SECONDS: '0', MEDIA_MAX_BYTES: String(2 * 1024 * 1024) };

export function uploadImage(t: Pick<TestApp, 'app'>, user: TestUser | null, file: Buffer, fields: Record<string, string> = {}, filename = 'photo.jpg') {
  const body = multipart([...Object.entries(fields).map(([name, value]) => ({ name, value })), { name: 'file', value: file, filename, type: 'image/jpeg' }]);
  return t.app.inject({ method: 'POST', url: ApiPath.media, remoteAddress: uniqueIp(), headers: { ...body.headers, ...user?.auth }, payload: body.payload });
}

export async function storedKeys(t: Pick<TestApp, 'ctx'>): Promise<string[]> {
  const keys: string[] = [];
  for await (const info of t.ctx.storage.list()) keys.push(info.key);
  return keys.sort();
}

export async function storedBytes(t: Pick<TestApp, 'ctx'>, key: string): Promise<Buffer> {
  const object = await t.ctx.storage.get(key);
  if (!object) throw new Error(`no object ${key}`);
  return buffer(object.body);
}

export const mediaRowCount = async (t: Pick<TestApp, 'db'>) =>
  Number((await t.db.selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

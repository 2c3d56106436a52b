import { afterAll, beforeAll, expect, it } from 'vitest';
import { type TestApp, createTestApp } from '../../../test/harness';
import { seedDemoThreads } from './demo-seed';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('opens "Place du village" with its sample messages, once', async () => {
  expect(await seedDemoThreads(t.db)).toBe(true);
  expect(await seedDemoThreads(t.db)).toBe(false);
  const place = await t.db.selectFrom('chat_threads').select(['id', 'kind']).where('title', '=', 'Place du village').executeTakeFirstOrThrow();
  expect(place.kind).toBe('general');
  const messages = await t.db.selectFrom('chat_messages').select(['seq', 'text']).where('thread_id', '=', place.id).orderBy('seq').execute();
  expect(messages.length).toBeGreaterThanOrEqual(3);
  expect(messages.map((m) => m.seq)).toEqual(messages.map((_, i) => i + 1));
});

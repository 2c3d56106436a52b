import { afterAll, beforeAll, expect, it } from 'vitest';
import { type TestApp, createTestApp } from '../../test/harness';

let t: TestApp;
const handled: string[] = [];
let failuresLeft = 0;

beforeAll(async () => {
  t = await createTestApp();
  t.ctx.jobs.define<{ text: string }>({
    name: 'test.echo',
    retryLimit: 1,
    retryDelaySeconds: 1,
    handler: async ({ text }) => {
      if (text.startsWith('fail') && failuresLeft-- > 0) throw new Error('planned failure');
      if (text === 'always-fail') throw new Error('planned failure');
      handled.push(text);
    },
  });
  await t.ctx.jobs.start({ work: true });
});
afterAll(async () => {
  await t.ctx.jobs.stop();
  await t.close();
});

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('runs a job enqueued in a committed transaction, and never one whose transaction rolled back', async () => {
  await t.db.transaction().execute(async (tx) => {
    await t.ctx.jobs.send('test.echo', { text: 'committed' }, tx);
  });
  await t.db
    .transaction()
    .execute(async (tx) => {
      await t.ctx.jobs.send('test.echo', { text: 'rolled-back' }, tx);
      throw new Error('rollback');
    })
    .catch(() => undefined);
  await until(() => handled.includes('committed'));
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(handled).not.toContain('rolled-back');
});

it('retries a failing job, and moves one that keeps failing to the dead-letter queue', async () => {
  failuresLeft = 1;
  await t.ctx.jobs.send('test.echo', { text: 'fail-once' });
  await t.ctx.jobs.send('test.echo', { text: 'always-fail' });
  await until(() => handled.includes('fail-once'));
  await until(async () => (await t.ctx.jobs.depth(t.ctx.jobs.deadLetterName('test.echo'))) === 1, 20_000);
  const metrics = await t.ctx.metrics.registry.metrics();
  expect(metrics).toMatch(/jobs_queue_depth\{queue="test.echo.dead"\} 1/);
});

it('refuses to enqueue an unknown job', async () => {
  await expect(t.ctx.jobs.send('nope', {})).rejects.toThrow('No job named nope');
});

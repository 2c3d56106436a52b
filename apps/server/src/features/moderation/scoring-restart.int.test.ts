import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeMember, makeModerator } from '../../../test/factories';
import { type TestApp, createTestApp, testSecret } from '../../../test/harness';
import { type BuiltApp, buildApp } from '../../app';
import { insertMessageInOrder, insertThread } from '../chat/store';
import { enqueueScoring } from './scoring';
import { startFakeSmtp } from './test-support';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
beforeAll(async () => {
  smtp = await startFakeSmtp();
  t = await createTestApp({ SMTP_URL: smtp.url });
}, 120_000);
afterAll(async () => {
  await t.close();
  await smtp.close();
});

/** Another server process on the same database, as after a restart. */
const anotherInstance = () => buildApp({ config: t.config, database: t.database, signingSecret: new TextEncoder().encode(testSecret) });

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('scores a message committed just before a crash once a new instance starts on the same database, and mails moderators over SMTP', async () => {
  const author = await makeMember(t);
  const moderator = await makeModerator(t);
  const threadId = (await insertThread(t.db, { kind: 'general', title: 'Avant la panne', projectSlug: null, createdBy: author.id })).id;
  const text = 'Shut up you worthless idiot';

  // The instance that stores the message and dies before any worker picks the job up.
  const crashed: BuiltApp = await anotherInstance();
  await crashed.ctx.jobs.start({ work: false });
  const message = await crashed.ctx.db.transaction().execute(async (tx) => {
    const row = await insertMessageInOrder(tx, { threadId, authorId: author.id, clientId: 'avant-panne', text, mediaId: null, replyToId: null });
    await enqueueScoring(crashed.ctx, tx, { kind: 'message', id: row.id, text, authorId: author.id, threadId });
    return row;
  });
  await crashed.ctx.jobs.stop();
  await crashed.app.close();
  const findItem = () =>
    t.db.selectFrom('moderation_items').selectAll().where('target_kind', '=', 'message').where('target_id', '=', message.id).executeTakeFirst();
  expect(await findItem()).toBeUndefined();

  const restarted = await anotherInstance();
  await restarted.ctx.jobs.start({ work: true });
  try {
    const item = await until(findItem);
    expect(item).toMatchObject({ status: 'pending', content: text, author_id: author.id, thread_id: threadId });
    expect(item.flagged_at).not.toBeNull();

    // The outbox row is delivered by the mail job, then marked sent.
    const mail = await until(async () => {
      const rows = await t.db.selectFrom('mail_outbox').selectAll().where('recipient', '=', moderator.email).where('sent_at', 'is not', null).execute();
      return rows.length ? rows : undefined;
    });
    expect(mail[0]?.body).toContain(text);
    expect(smtp.messages.some((m) => m.includes(moderator.email))).toBe(true);
  } finally {
    await restarted.ctx.jobs.stop();
    await restarted.app.close();
  }
}, 60_000);

import { sql } from 'kysely';
import { ApiPath, type CreateProjectBody, type Project } from '@egoejo/contracts';
import { makeModerator, type TestUser, uniqueIp } from './factories';
import type { TestApp } from './harness';

const moderatorOf = new WeakMap<TestApp, Promise<TestUser>>();

/** One moderator per test app, who publishes the projects tests need. */
export function defaultModerator(t: TestApp): Promise<TestUser> {
  let moderator = moderatorOf.get(t);
  if (!moderator) {
    moderator = makeModerator(t);
    moderatorOf.set(t, moderator);
  }
  return moderator;
}

/** A project created through the API (published unless said otherwise). */
export async function makeProject(t: TestApp, body: Partial<CreateProjectBody> & { title: string }, by?: TestUser): Promise<Project> {
  const author = by ?? (await defaultModerator(t));
  const reply = await t.app.inject({
    method: 'POST',
    url: ApiPath.projects,
    headers: author.auth,
    remoteAddress: uniqueIp(),
    payload: { category: 'agriculture', ...body },
  });
  if (reply.statusCode !== 201) throw new Error(`makeProject: ${reply.statusCode} ${reply.body}`);
  return reply.json().project as Project;
}

/** Media rows without objects: enough for a project to point at (the media feature tests real uploads). */
export async function makeMediaRows(t: TestApp, count: number): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    INSERT INTO media (sha256, bytes, width, height, mime, variants)
    SELECT repeat('a', 64), 1, 1, 1, 'image/webp', '{}'::jsonb FROM generate_series(1, ${count})
    RETURNING id`.execute(t.db);
  return rows.rows.map((r) => r.id);
}

import { type Kysely, sql } from 'kysely';

/** Chat threads, their members with read markers, and messages. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE chat_threads (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('general', 'project', 'private')),
      title text NOT NULL,
      project_slug text,
      created_by bigint REFERENCES users(id) ON DELETE SET NULL,
      -- Number of the thread's last message. Taken with the row lock by every send, so that within a
      -- thread messages commit in the order of their ids and carry a gap-free seq (receivers detect holes).
      last_seq bigint NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'project') = (project_slug IS NOT NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX chat_threads_project_idx ON chat_threads (project_slug) WHERE kind = 'project'`.execute(db);
  await sql`CREATE INDEX chat_threads_created_by_idx ON chat_threads (created_by)`.execute(db);

  await sql`
    CREATE TABLE chat_memberships (
      thread_id bigint NOT NULL REFERENCES chat_threads(id) ON DELETE CASCADE,
      user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role text NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'moderator', 'member')),
      -- Id of the last message this member has read (0: none).
      last_read_id bigint NOT NULL DEFAULT 0,
      joined_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (thread_id, user_id)
    )`.execute(db);
  await sql`CREATE INDEX chat_memberships_user_idx ON chat_memberships (user_id)`.execute(db);

  await sql`
    CREATE TABLE chat_messages (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      thread_id bigint NOT NULL REFERENCES chat_threads(id) ON DELETE CASCADE,
      seq bigint NOT NULL,
      -- Users are never deleted, only anonymised, so messages keep an author.
      author_id bigint NOT NULL REFERENCES users(id),
      client_id text NOT NULL,
      text text,
      -- A media id from the media feature (0003, built in parallel): no foreign key, so chat does not
      -- depend on media's table layout. Not yet checked on send (media exposes no lookup yet).
      media_id bigint,
      reply_to_id bigint REFERENCES chat_messages(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      edited_at timestamptz,
      deleted_at timestamptz,
      UNIQUE (author_id, client_id),
      UNIQUE (thread_id, seq)
    )`.execute(db);
  await sql`CREATE INDEX chat_messages_thread_idx ON chat_messages (thread_id, id)`.execute(db);
  await sql`CREATE INDEX chat_messages_reply_idx ON chat_messages (reply_to_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE chat_messages, chat_memberships, chat_threads`.execute(db);
}

import { type Kysely, sql } from 'kysely';

/**
 * The moderation queue: one item per reported or flagged thing (message, project, poll, user, join
 * message), the reports that point at it, and the mail outbox the notifications go through.
 * `target_id` and `thread_id` carry no foreign key: they point into several other features' tables.
 * Other features hide content by filtering on `hidden_at` (see features/moderation/visibility.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE moderation_items (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      target_kind text NOT NULL CHECK (target_kind IN ('message', 'project', 'poll', 'user', 'intent')),
      target_id bigint NOT NULL,
      author_id bigint REFERENCES users(id) ON DELETE SET NULL,
      thread_id bigint,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'hidden', 'deleted')),
      hidden_at timestamptz,
      content text,
      scores jsonb,
      spans jsonb NOT NULL DEFAULT '[]',
      max_score real,
      flagged_at timestamptz,
      decision text CHECK (decision IN ('approve', 'hide', 'delete', 'warn', 'suspend')),
      decision_note text,
      decided_by bigint REFERENCES users(id) ON DELETE SET NULL,
      decided_at timestamptz,
      appealed_at timestamptz,
      appeal_note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (target_kind, target_id)
    )`.execute(db);
  await sql`CREATE INDEX moderation_items_author_idx ON moderation_items (author_id)`.execute(db);
  await sql`CREATE INDEX moderation_items_decided_by_idx ON moderation_items (decided_by)`.execute(db);
  await sql`CREATE INDEX moderation_items_pending_idx ON moderation_items (id) WHERE status = 'pending'`.execute(db);

  await sql`
    CREATE TABLE moderation_reports (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      item_id bigint NOT NULL REFERENCES moderation_items(id) ON DELETE CASCADE,
      reporter_id bigint REFERENCES users(id) ON DELETE SET NULL,
      reason text NOT NULL CHECK (reason IN ('spam', 'offensive', 'harassment', 'off_topic', 'other')),
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (item_id, reporter_id)
    )`.execute(db);
  await sql`CREATE INDEX moderation_reports_reporter_idx ON moderation_reports (reporter_id)`.execute(db);

  // Mail to send: written in the transaction that decides to notify, delivered by a job when SMTP is
  // configured, and otherwise kept here for an operator to read.
  await sql`
    CREATE TABLE mail_outbox (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      recipient text NOT NULL,
      subject text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX mail_outbox_unsent_idx ON mail_outbox (id) WHERE sent_at IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE mail_outbox, moderation_reports, moderation_items`.execute(db);
}

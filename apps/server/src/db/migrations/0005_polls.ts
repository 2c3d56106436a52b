import { type Kysely, sql } from 'kysely';

/**
 * Polls, their options, and one ballot per member and poll. A ballot's choices are rows (one per chosen
 * option, with the grade for majority judgement) so that the tally is a GROUP BY, not a scan of jsonb.
 * A poll of a deleted thread goes with it (a private thread's poll must not become public); a poll of a
 * deleted project stays, as a community poll.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE polls (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      creator_id bigint REFERENCES users(id) ON DELETE SET NULL,
      thread_id bigint REFERENCES chat_threads(id) ON DELETE CASCADE,
      project_id bigint REFERENCES projects(id) ON DELETE SET NULL,
      question text NOT NULL,
      method text NOT NULL CHECK (method IN ('single', 'multiple', 'majority')),
      max_choices int CHECK (max_choices BETWEEN 1 AND 20),
      anonymous boolean NOT NULL DEFAULT true,
      results_visibility text NOT NULL DEFAULT 'after_vote' CHECK (results_visibility IN ('always', 'after_vote', 'after_close')),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
      opens_at timestamptz(3),
      closes_at timestamptz(3),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (thread_id IS NULL OR project_id IS NULL),
      CHECK (opens_at IS NULL OR closes_at IS NULL OR closes_at > opens_at)
    )`.execute(db);
  await sql`CREATE INDEX polls_creator_idx ON polls (creator_id)`.execute(db);
  await sql`CREATE INDEX polls_thread_idx ON polls (thread_id, id DESC) WHERE thread_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX polls_project_idx ON polls (project_id, id DESC) WHERE project_id IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE poll_options (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      poll_id bigint NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
      position int NOT NULL,
      label text NOT NULL,
      UNIQUE (poll_id, position)
    )`.execute(db);

  await sql`
    CREATE TABLE poll_ballots (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      poll_id bigint NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
      voter_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (poll_id, voter_id)
    )`.execute(db);
  await sql`CREATE INDEX poll_ballots_voter_idx ON poll_ballots (voter_id)`.execute(db);

  // grade is set exactly for majority judgement ballots (0 'À rejeter' … 5 'Excellent').
  await sql`
    CREATE TABLE poll_ballot_choices (
      ballot_id bigint NOT NULL REFERENCES poll_ballots(id) ON DELETE CASCADE,
      option_id bigint NOT NULL REFERENCES poll_options(id) ON DELETE CASCADE,
      grade smallint CHECK (grade BETWEEN 0 AND 5),
      PRIMARY KEY (ballot_id, option_id)
    )`.execute(db);
  await sql`CREATE INDEX poll_ballot_choices_option_idx ON poll_ballot_choices (option_id, grade)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE poll_ballot_choices, poll_ballots, poll_options, polls`.execute(db);
}

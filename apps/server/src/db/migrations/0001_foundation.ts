import { type Kysely, sql } from 'kysely';

/** Extensions, accounts, refresh tokens, join intents and the audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
  // unaccent() is only STABLE (its dictionary could change), so it cannot back an index; this
  // wrapper pins the dictionary and is declared IMMUTABLE, the documented way to index unaccented text.
  await sql`
    CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`.execute(db);

  await sql`
    CREATE TABLE users (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      email text UNIQUE,
      display_name text NOT NULL,
      bio text NOT NULL DEFAULT '',
      role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'moderator', 'admin')),
      password_hash text,
      suspended_until timestamptz,
      suspension_reason text,
      erased_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE refresh_tokens (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      family_id uuid NOT NULL,
      token_hash text NOT NULL UNIQUE,
      family_expires_at timestamptz NOT NULL,
      idle_expires_at timestamptz NOT NULL,
      rotated_at timestamptz,
      revoked_at timestamptz,
      user_agent text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id)`.execute(db);
  await sql`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`.execute(db);

  await sql`
    CREATE TABLE intents (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name text NOT NULL,
      email text NOT NULL,
      profile text NOT NULL CHECK (profile IN ('je-decouvre', 'je-participe', 'je-contribue')),
      message text,
      created_day date NOT NULL,
      ip text,
      user_agent text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (email, created_day)
    )`.execute(db);
  await sql`CREATE INDEX intents_created_idx ON intents (created_at DESC, id DESC)`.execute(db);

  await sql`
    CREATE TABLE audit_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      actor_id bigint REFERENCES users(id) ON DELETE SET NULL,
      action text NOT NULL,
      target_kind text,
      target_id text,
      ip text,
      metadata jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id)`.execute(db);
  await sql`CREATE INDEX audit_events_action_idx ON audit_events (action, id DESC)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE audit_events, intents, refresh_tokens, users`.execute(db);
  await sql`DROP FUNCTION immutable_unaccent(text)`.execute(db);
}

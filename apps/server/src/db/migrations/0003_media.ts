import { type Kysely, sql } from 'kysely';

/**
 * Uploaded images and the stored objects each one uses. Objects are content-addressed (their key holds
 * the sha256 of their bytes), so two uploads of the same file share objects; `media_objects` counts the
 * references: an object no row lists is an orphan for the sweep. Also adds the foreign keys that
 * migration 0002 (projects) left for this one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE media (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      owner_id bigint REFERENCES users(id) ON DELETE SET NULL,
      project_id bigint REFERENCES projects(id) ON DELETE SET NULL,
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      bytes integer NOT NULL CHECK (bytes > 0),
      width integer NOT NULL CHECK (width > 0),
      height integer NOT NULL CHECK (height > 0),
      mime text NOT NULL,
      alt text NOT NULL DEFAULT '',
      variants jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX media_owner_idx ON media (owner_id)`.execute(db);
  await sql`CREATE INDEX media_project_idx ON media (project_id)`.execute(db);

  await sql`
    CREATE TABLE media_objects (
      media_id bigint NOT NULL REFERENCES media(id) ON DELETE CASCADE,
      object_key text NOT NULL,
      PRIMARY KEY (media_id, object_key)
    )`.execute(db);
  await sql`CREATE INDEX media_objects_key_idx ON media_objects (object_key)`.execute(db);

  await sql`
    ALTER TABLE projects ADD CONSTRAINT projects_cover_media_fk
      FOREIGN KEY (cover_media_id) REFERENCES media(id) ON DELETE SET NULL`.execute(db);
  await sql`
    ALTER TABLE project_gallery ADD CONSTRAINT project_gallery_media_fk
      FOREIGN KEY (media_id) REFERENCES media(id) ON DELETE CASCADE`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE project_gallery DROP CONSTRAINT project_gallery_media_fk`.execute(db);
  await sql`ALTER TABLE projects DROP CONSTRAINT projects_cover_media_fk`.execute(db);
  await sql`DROP TABLE media_objects, media`.execute(db);
}

import { type Kysely, sql } from 'kysely';

/**
 * Projects, their gallery, the concepts of "Racines & Philosophie", the concept→project links, and what
 * search needs (DESIGN §6): a stored accent- and case-folded title with a GIN trigram index (literal
 * substring of titles, any length) and a btree (exact title and prefix), `tsvector`s of the title and of
 * all the text with GIN indexes, and `search_words`, the distinct words of the texts with a trigram index,
 * used to correct the words of a query before the full-text search (the way the PostgreSQL documentation
 * of pg_trgm describes; trigram similarity over whole titles was measured too slow at 100,000 rows).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Folded once on write, so that search never unaccents a row at query time; the title's words apart,
  // so that "title has these (corrected) words" needs no recheck of weights in the wide text vector.
  const titleNorm = sql`
    title_norm text GENERATED ALWAYS AS (immutable_unaccent(lower(title))) STORED,
    title_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, immutable_unaccent(lower(title)))) STORED`;
  // 'simple': no stemming (French and English text alike); prefixes in the query (`word:*`) cover plurals.
  const searchVector = (long: string) => sql`
    search_vector tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple'::regconfig, immutable_unaccent(lower(title))), 'A') ||
      setweight(to_tsvector('simple'::regconfig, immutable_unaccent(lower(summary))), 'B') ||
      setweight(to_tsvector('simple'::regconfig, immutable_unaccent(lower(${sql.raw(long)}))), 'C')
    ) STORED`;

  await sql`
    CREATE TABLE projects (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      slug text NOT NULL UNIQUE,
      title text NOT NULL,
      summary text NOT NULL DEFAULT '',
      description text NOT NULL DEFAULT '',
      category text NOT NULL CHECK (category IN ('agriculture', 'semences', 'eau', 'transmission', 'habitat', 'biodiversite', 'alimentation')),
      status text NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'active', 'completed')),
      location_name text,
      location_lat double precision CHECK (location_lat BETWEEN -90 AND 90),
      location_lng double precision CHECK (location_lng BETWEEN -180 AND 180),
      -- No foreign key yet: the media table arrives with migration 0003, which adds it.
      cover_media_id bigint,
      published boolean NOT NULL DEFAULT false,
      author_id bigint REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      ${titleNorm},
      ${searchVector('description')}
    )
    -- Long text (description, text vector) goes out of line, so that the rows search visits stay narrow
    -- and the table's hot part fits in memory: at 100,000 projects this is the difference between
    -- rechecking a few thousand rows in cache and reading them from disk.
    WITH (toast_tuple_target = 256)`.execute(db);
  await sql`CREATE INDEX projects_title_trgm_idx ON projects USING gin (title_norm gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX projects_title_norm_idx ON projects (title_norm text_pattern_ops)`.execute(db);
  await sql`CREATE INDEX projects_title_vector_idx ON projects USING gin (title_vector)`.execute(db);
  await sql`CREATE INDEX projects_search_vector_idx ON projects USING gin (search_vector)`.execute(db);
  // Lists are newest first among published projects, optionally by category.
  await sql`CREATE INDEX projects_published_idx ON projects (id DESC) WHERE published`.execute(db);
  await sql`CREATE INDEX projects_category_idx ON projects (category, id DESC) WHERE published`.execute(db);
  await sql`CREATE INDEX projects_author_idx ON projects (author_id)`.execute(db);
  await sql`CREATE INDEX projects_cover_media_idx ON projects (cover_media_id)`.execute(db);

  await sql`
    CREATE TABLE project_gallery (
      project_id bigint NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      -- No foreign key yet: migration 0003 (media) adds it.
      media_id bigint NOT NULL,
      position integer NOT NULL CHECK (position >= 0),
      PRIMARY KEY (project_id, position)
    )`.execute(db);
  await sql`CREATE INDEX project_gallery_media_idx ON project_gallery (media_id)`.execute(db);

  await sql`
    CREATE TABLE concepts (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      slug text NOT NULL UNIQUE,
      title text NOT NULL,
      summary text NOT NULL DEFAULT '',
      body text NOT NULL DEFAULT '',
      era text NOT NULL DEFAULT '',
      sources jsonb NOT NULL DEFAULT '[]',
      tags text[] NOT NULL DEFAULT '{}',
      author_id bigint REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      ${titleNorm},
      ${searchVector('body')}
    )`.execute(db);
  await sql`CREATE INDEX concepts_title_trgm_idx ON concepts USING gin (title_norm gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX concepts_title_norm_idx ON concepts (title_norm text_pattern_ops)`.execute(db);
  await sql`CREATE INDEX concepts_title_vector_idx ON concepts USING gin (title_vector)`.execute(db);
  await sql`CREATE INDEX concepts_search_vector_idx ON concepts USING gin (search_vector)`.execute(db);
  await sql`CREATE INDEX concepts_tags_idx ON concepts USING gin (tags)`.execute(db);
  await sql`CREATE INDEX concepts_author_idx ON concepts (author_id)`.execute(db);

  await sql`
    CREATE TABLE concept_project_links (
      concept_id bigint NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
      project_id bigint NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      label text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (concept_id, project_id)
    )`.execute(db);
  await sql`CREATE INDEX concept_project_links_project_idx ON concept_project_links (project_id)`.execute(db);

  // Words are only ever added (on write); a word left behind by a deleted text costs nothing but a row.
  // `documents` (how many texts have the word, approximate: counted on write, recounted after a bulk load)
  // tells a rare word from a common one, which the planner cannot for prefix queries (see search/store.ts).
  await sql`CREATE TABLE search_words (word text PRIMARY KEY, documents integer NOT NULL DEFAULT 1)`.execute(db);
  await sql`CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE search_words, concept_project_links, concepts, project_gallery, projects`.execute(db);
}

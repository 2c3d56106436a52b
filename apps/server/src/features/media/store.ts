import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { MediaTable, StoredVariants } from './tables';

type Db = Kysely<DB> | Transaction<DB>;

/** A new row: its variants are given as an object (stored as jsonb). */
export type NewMedia = Omit<Insertable<MediaTable>, 'variants'> & { variants: StoredVariants };

/** The media row and its object references, in one transaction: they appear together or not at all. */
export async function insertMediaWithObjects(db: Kysely<DB>, media: NewMedia, objectKeys: string[]) {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('media')
      .values({ ...media, variants: JSON.stringify(media.variants) })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('media_objects')
      .values([...new Set(objectKeys)].map((object_key) => ({ media_id: row.id, object_key })))
      .execute();
    return row;
  });
}

export function findMediaById(db: Db, id: number) {
  return db.selectFrom('media').select(['id', 'owner_id', 'variants']).where('id', '=', id).executeTakeFirst();
}

/** Media rows, with whether a published project shows them (as its cover, in its gallery, or attached to it). */
export function findMediaWithVisibility(db: Db, ids: number[]) {
  return db
    .selectFrom('media')
    .select(['media.id', 'owner_id', 'width', 'height', 'bytes', 'sha256', 'alt', 'variants'])
    .select(({ or, exists, selectFrom }) =>
      or([
        exists(
          selectFrom('projects')
            .select('projects.id')
            .where('projects.published', '=', true)
            .where((p) => p.or([p('projects.cover_media_id', '=', p.ref('media.id')), p('projects.id', '=', p.ref('media.project_id'))])),
        ),
        exists(
          selectFrom('project_gallery')
            .innerJoin('projects', 'projects.id', 'project_gallery.project_id')
            .select('projects.id')
            .where('projects.published', '=', true)
            .whereRef('project_gallery.media_id', '=', 'media.id'),
        ),
      ]).as('shown_publicly'),
    )
    .where('media.id', 'in', ids)
    .orderBy('media.id')
    .execute();
}

/** Deletes the row (its object references go with it) and returns the keys it referenced. */
export async function deleteMediaReturningKeys(db: Kysely<DB>, id: number): Promise<string[] | null> {
  return db.transaction().execute(async (tx) => {
    const keys = await tx.selectFrom('media_objects').select('object_key').where('media_id', '=', id).execute();
    const deleted = await tx.deleteFrom('media').where('id', '=', id).returning('id').executeTakeFirst();
    return deleted ? keys.map((k) => k.object_key) : null;
  });
}

/** Which of these keys some media row still references. */
export async function findReferencedKeys(db: Db, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await db.selectFrom('media_objects').select('object_key').distinct().where('object_key', 'in', keys).execute();
  return new Set(rows.map((r) => r.object_key));
}

export function findMediaOfOwner(db: Db, ownerId: number) {
  return db
    .selectFrom('media')
    .select(['id', 'sha256', 'bytes', 'width', 'height', 'mime', 'alt', 'project_id', 'variants', 'created_at'])
    .where('owner_id', '=', ownerId)
    .orderBy('id')
    .execute();
}

/**
 * Erasure: images no project uses are deleted (their objects become orphans for the sweep, since a
 * transaction cannot take back a storage delete); images a project shows stay, without their owner.
 */
export async function eraseMediaOfOwner(db: Db, ownerId: number): Promise<void> {
  await db
    .deleteFrom('media')
    .where('owner_id', '=', ownerId)
    .where('project_id', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('projects')
            .select('projects.id')
            .whereRef('projects.cover_media_id', '=', 'media.id')
            .union(selectFrom('project_gallery').select('project_gallery.media_id as id').whereRef('project_gallery.media_id', '=', 'media.id')),
        ),
      ),
    )
    .execute();
  await db.updateTable('media').set({ owner_id: null }).where('owner_id', '=', ownerId).execute();
}

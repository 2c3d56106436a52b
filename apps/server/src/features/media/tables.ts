import type { ColumnType, Generated } from 'kysely';

/** One stored rendition of an image: `original` (full size, re-encoded) or a WebP at a bounded width. */
export interface StoredVariant {
  key: string;
  width: number;
  height: number;
  bytes: number;
  mime: string;
}

export type VariantName = 'w320' | 'w960' | 'w1920' | 'original';
export type StoredVariants = Record<VariantName, StoredVariant>;

export interface MediaTable {
  id: Generated<number>;
  owner_id: number | null;
  project_id: number | null;
  /** sha256 and size of the file as uploaded (before re-encoding). */
  sha256: string;
  bytes: number;
  width: number;
  height: number;
  /** Type of the upload, from its bytes. */
  mime: string;
  alt: string;
  variants: ColumnType<StoredVariants, string, never>;
  created_at: ColumnType<Date, never, never>;
}

/** Which stored objects a media row uses: the reference count of every content-addressed object. */
export interface MediaObjectsTable {
  media_id: number;
  object_key: string;
}

export interface MediaTables {
  media: MediaTable;
  media_objects: MediaObjectsTable;
}

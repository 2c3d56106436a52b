import { MediaErrorCode, type MediaReply, type MediaUploadFields } from '@egoejo/contracts';
import { type Principal, hasRole } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { AppError, forbidden, notFound, unavailable } from '../../platform/errors';
import { StorageError, sha256Hex } from '../../platform/storage/storage';
import { recordAudit } from '../audit/service';
import { getProject } from '../projects/service';
import { ImageRejected, type Rendition, detectImageType, processImage } from './images';
import { objectKeyOf, removeUnreferenced } from './objects';
import { deleteMediaReturningKeys, findMediaById, findMediaWithVisibility, insertMediaWithObjects } from './store';
import type { StoredVariants, VariantName } from './tables';

const unsupported = (message: string) => new AppError(415, MediaErrorCode.unsupportedMediaType, message);

function storageDown(error: unknown): AppError {
  if (error instanceof StorageError) {
    return unavailable(MediaErrorCode.storageUnavailable, 'Media storage is unavailable; the image was not saved. Try again shortly.');
  }
  return error as AppError;
}

async function replyOf(ctx: AppContext, row: { id: number; width: number; height: number; bytes: number; sha256: string; alt: string; variants: StoredVariants }): Promise<MediaReply> {
  const url = (name: VariantName) => ctx.storage.url(row.variants[name].key);
  const [original, w320, w960, w1920] = await Promise.all([url('original'), url('w320'), url('w960'), url('w1920')]);
  return { id: row.id, url: original, variants: { w320, w960, w1920, original }, width: row.width, height: row.height, bytes: row.bytes, sha256: row.sha256, alt: row.alt };
}

/** Moderators attach images to any project; a member only to a project they wrote. */
async function projectForUpload(ctx: AppContext, principal: Principal, slug: string | undefined): Promise<number | null> {
  if (!slug) return null;
  const project = await getProject(ctx, principal, slug);
  if (!hasRole(principal, 'moderator') && project.author?.id !== principal.id) throw forbidden('Only the project’s author or a moderator adds images to it.');
  return project.id;
}

/** Writes every rendition (verified by the storage), or removes what it wrote and throws. */
async function writeObjects(ctx: AppContext, objects: Map<string, Rendition>): Promise<void> {
  const results = await Promise.allSettled([...objects].map(([key, r]) => ctx.storage.put(key, r.data, r.mime).then(() => key)));
  const failure = results.find((r) => r.status === 'rejected');
  if (!failure) return;
  const written = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  await discard(ctx, written);
  throw storageDown(failure.reason);
}

/** Best effort: when the store is down the leftovers stay, unreferenced, until the orphan sweep. */
async function discard(ctx: AppContext, keys: string[]): Promise<void> {
  await removeUnreferenced(ctx, keys, 0).catch(() => undefined);
}

/**
 * Takes an uploaded file: checks its type from its bytes, re-encodes it into its sizes, writes and
 * verifies every object, and only then commits the row that points at them.
 */
export async function uploadMedia(ctx: AppContext, principal: Principal, data: Buffer, fields: MediaUploadFields): Promise<MediaReply> {
  const projectId = await projectForUpload(ctx, principal, fields.projectSlug);
  const mime = await detectImageType(data);
  if (!mime) throw unsupported('Only JPEG, PNG, WebP, AVIF and GIF images are accepted.');
  const image = await processImage(data, mime).catch((error: unknown) => {
    throw error instanceof ImageRejected ? unsupported(error.message) : error;
  });
  const objects = new Map<string, Rendition>();
  const variants = {} as StoredVariants;
  for (const [name, r] of Object.entries(image.renditions) as [VariantName, Rendition][]) {
    const key = objectKeyOf(r.data, r.extension);
    objects.set(key, r);
    variants[name] = { key, width: r.width, height: r.height, bytes: r.data.length, mime: r.mime };
  }
  await writeObjects(ctx, objects);
  const media = { owner_id: principal.id, project_id: projectId, sha256: sha256Hex(data), bytes: data.length, width: image.width, height: image.height, mime, alt: fields.alt, variants };
  const row = await insertMediaWithObjects(ctx.db, media, [...objects.keys()]).catch(async (error: unknown) => {
    await discard(ctx, [...objects.keys()]);
    throw error;
  });
  return replyOf(ctx, { id: row.id, ...media });
}

/**
 * The images of these ids a caller may see, namely every image a published project shows, and otherwise only
 * the owner's own or, for moderators, all. Others are left out (as if they did not exist).
 */
export async function describeMedia(ctx: AppContext, principal: Principal | null, ids: number[]): Promise<MediaReply[]> {
  if (!ids.length) return [];
  const rows = await findMediaWithVisibility(ctx.db, ids);
  const mayRead = (row: (typeof rows)[number]) => row.shown_publicly || (principal !== null && (row.owner_id === principal.id || hasRole(principal, 'moderator')));
  return Promise.all(rows.filter(mayRead).map((row) => replyOf(ctx, row)));
}

export async function getMedia(ctx: AppContext, principal: Principal | null, id: number): Promise<MediaReply> {
  const [media] = await describeMedia(ctx, principal, [id]);
  if (!media) throw notFound('Image');
  return media;
}

/** The owner, a moderator or an admin removes an image: the row first, then the objects no other row uses. */
export async function removeMedia(ctx: AppContext, principal: Principal, id: number, ip: string): Promise<void> {
  const row = await findMediaById(ctx.db, id);
  if (!row) throw notFound('Image');
  if (row.owner_id !== principal.id && !hasRole(principal, 'moderator')) throw forbidden('Only the owner or a moderator deletes this image.');
  const keys = await deleteMediaReturningKeys(ctx.db, id);
  if (!keys) throw notFound('Image');
  await recordAudit(ctx.db, { actorId: principal.id, action: 'media.deleted', targetKind: 'media', targetId: id, ip, metadata: { ownerId: row.owner_id } });
  await removeUnreferenced(ctx, keys, ctx.config.MEDIA_ORPHAN_MIN_AGE_SECONDS * 1000).catch((error: unknown) => {
    // The row is gone; objects left behind are orphans the sweep removes later.
    if (!(error instanceof StorageError)) throw error;
  });
}

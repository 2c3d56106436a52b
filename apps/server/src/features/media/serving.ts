import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ByteRange, Storage } from '../../platform/storage/storage';
import { contentTypeOfKey, sha256OfKey } from './objects';

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range; null for anything else (then the whole object is sent). */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [start, end] =
    match[1] === '' ? [Math.max(0, size - Number(match[2])), size - 1] : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  if (start > end || start >= size) return 'unsatisfiable';
  return { start, end };
}

const notModified = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');

/**
 * Serves a content-addressed object from the local driver. Its bytes can never change under its key,
 * so it is cached for a year as immutable and its ETag is the sha256 the key already holds.
 */
export async function serveLocalObject(storage: Storage, key: string, request: FastifyRequest, reply: FastifyReply) {
  const sha = sha256OfKey(key);
  const info = sha ? await storage.head(key) : null;
  if (!sha || !info) return null;
  const etag = `"${sha}"`;
  void reply
    .header('cache-control', 'public, max-age=31536000, immutable')
    .header('etag', etag)
    .header('accept-ranges', 'bytes')
    .header('x-content-type-options', 'nosniff')
    .header('content-type', contentTypeOfKey(key));
  if (notModified(request.headers['if-none-match'], etag)) return reply.status(304).send();
  const range = parseRange(request.headers.range, info.bytes);
  if (range === 'unsatisfiable') return reply.status(416).header('content-range', `bytes */${info.bytes}`).send();
  const object = await storage.get(key, range ?? undefined);
  if (!object) return null;
  if (range) void reply.status(206).header('content-range', `bytes ${range.start}-${range.end}/${info.bytes}`);
  return reply.header('content-length', object.bytes).send(object.body);
}

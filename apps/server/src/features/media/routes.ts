import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiPath, ErrorBody, IdParam, MediaReply } from '@egoejo/contracts';
import { principalOf } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { api, errorReplies } from '../../platform/http';
import { additionalLimit, perMinute } from '../../platform/rate-limits';
import { notFound } from '../../platform/errors';
import { registerMediaLifecycle } from './lifecycle';
import { sha256OfKey } from './objects';
import * as media from './service';
import { serveLocalObject } from './serving';
import { multipartLimits, readUpload } from './upload-body';

const uploadReplies = { 201: MediaReply, ...errorReplies, 413: ErrorBody, 415: ErrorBody } as const;

export function registerMediaRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerMediaLifecycle(app, ctx);
  // Its own scope: the multipart parser exists only for these routes.
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: multipartLimits(ctx.config.MEDIA_MAX_BYTES) });
    const r = api(scope);
    const perUser = additionalLimit(scope, { name: 'media-upload', ...perMinute(30), key: (request) => String(request.principal?.id) });

    r.post(ApiPath.media, {
      config: { access: 'member', rateLimit: perMinute(60) },
      preHandler: perUser,
      schema: { tags: ['media'], consumes: ['multipart/form-data'], response: uploadReplies },
      handler: async (request, reply) => {
        const upload = await readUpload(request, ctx.config.MEDIA_MAX_BYTES);
        return reply.status(201).send(await media.uploadMedia(ctx, principalOf(request), upload.data, upload.fields));
      },
    });

    r.get(ApiPath.mediaItem, {
      config: { access: 'public' },
      schema: { tags: ['media'], params: IdParam, response: { 200: MediaReply, ...errorReplies } },
      handler: async (request) => media.getMedia(ctx, request.principal, request.params.id),
    });

    r.delete(ApiPath.mediaItem, {
      config: { access: 'member' },
      schema: { tags: ['media'], params: IdParam, response: { 204: z.null(), ...errorReplies } },
      handler: async (request, reply) => {
        await media.removeMedia(ctx, principalOf(request), request.params.id, request.ip);
        return reply.status(204).send(null);
      },
    });

    r.get('/media/*', {
      config: { access: 'public', rateLimit: false },
      schema: { hide: true, params: z.object({ '*': z.string().max(200) }) },
      handler: async (request, reply) => {
        const key = request.params['*'];
        if (!sha256OfKey(key)) throw notFound('Image');
        // On S3 the bytes live in the bucket: send the browser there (public or presigned URL).
        if (ctx.storage.kind === 's3') return reply.header('cache-control', 'no-store').redirect(await ctx.storage.url(key), 302);
        const served = await serveLocalObject(ctx.storage, key, request, reply);
        if (!served) throw notFound('Image');
        return served;
      },
    });
  });
}

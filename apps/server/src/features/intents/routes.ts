import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiPath, IdParam, IntentBody, IntentFilters, IntentListQuery, IntentPage, IntentReply } from '@egoejo/contracts';
import { principalOf } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { api, errorReplies, requestMeta } from '../../platform/http';
import { perMinute } from '../../platform/rate-limits';
import * as intents from './service';

export function registerIntentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = api(app);

  r.post(ApiPath.intents, {
    config: { access: 'public', rateLimit: perMinute(5) },
    schema: { tags: ['join'], body: IntentBody, response: { 201: IntentReply, ...errorReplies } },
    handler: async (request, reply) => {
      await intents.submitIntent(ctx, request.body, requestMeta(request));
      return reply.status(201).send({ received: true as const });
    },
  });

  r.get(ApiPath.adminIntents, {
    config: { access: 'admin' },
    schema: { tags: ['admin'], querystring: IntentListQuery, response: { 200: IntentPage, ...errorReplies } },
    handler: async (request) => intents.listIntents(ctx, request.query),
  });

  r.get(ApiPath.adminIntentsCsv, {
    config: { access: 'admin' },
    schema: { tags: ['admin'], querystring: IntentFilters, response: { 200: z.string(), ...errorReplies } },
    handler: async (request, reply) => {
      const csv = await intents.exportIntentsCsv(ctx, principalOf(request), request.query, request.ip);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="demandes-adhesion-${day}.csv"`)
        .send(csv);
    },
  });

  r.delete(ApiPath.adminIntent, {
    config: { access: 'admin' },
    schema: { tags: ['admin'], params: IdParam, response: { 204: z.null(), ...errorReplies } },
    handler: async (request, reply) => {
      await intents.removeIntent(ctx, principalOf(request), request.params.id, request.ip);
      return reply.status(204).send(null);
    },
  });
}

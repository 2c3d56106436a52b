import type { FastifyInstance } from 'fastify';
import { ApiPath, SearchQuery, SearchReply } from '@egoejo/contracts';
import type { AppContext } from '../../platform/context';
import { api, errorReplies } from '../../platform/http';
import { search } from './service';

export function registerSearchRoutes(app: FastifyInstance, ctx: AppContext): void {
  api(app).get(ApiPath.search, {
    config: { access: 'public' },
    schema: { tags: ['search'], querystring: SearchQuery, response: { 200: SearchReply, ...errorReplies } },
    handler: async (request) => ({ items: await search(ctx.db, request.query) }),
  });
}

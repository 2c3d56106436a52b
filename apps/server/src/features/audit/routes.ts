import type { FastifyInstance } from 'fastify';
import { ApiPath, AuditPage, AuditQuery } from '@egoejo/contracts';
import type { AppContext } from '../../platform/context';
import { api, errorReplies } from '../../platform/http';
import { listAuditEvents } from './service';

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  api(app).get(ApiPath.adminAudit, {
    config: { access: 'admin' },
    schema: { tags: ['admin'], querystring: AuditQuery, response: { 200: AuditPage, ...errorReplies } },
    handler: async (request) => listAuditEvents(ctx.db, request.query),
  });
}

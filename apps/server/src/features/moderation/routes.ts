import type { FastifyInstance } from 'fastify';
import {
  ApiPath,
  AppealBody,
  DecisionBody,
  DecisionReply,
  IdParam,
  ModerationQueuePage,
  ModerationQueueQuery,
  OwnModerationItem,
  OwnModerationItems,
  ReportBody,
  ReportReply,
  ScoreBody,
  ScoreReply,
} from '@egoejo/contracts';
import { principalOf } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { api, errorReplies } from '../../platform/http';
import { perMinute } from '../../platform/rate-limits';
import { appeal, listOwnItems } from './appeals';
import { reportTarget } from './reports';
import { decide, listQueue } from './review';
import { createModeration, scoreText } from './scoring';
import { registerModerationSocket } from './socket';

/** Reports, the review queue, the moderators' socket messages and the scoring job (defined here, before the job queue starts). */
export function registerModerationRoutes(app: FastifyInstance, appCtx: AppContext): void {
  const ctx = createModeration(appCtx);
  registerModerationSocket(ctx);
  const r = api(app);

  r.post(ApiPath.reports, {
    config: { access: 'member', rateLimit: perMinute(20) },
    schema: { tags: ['moderation'], body: ReportBody, response: { 201: ReportReply, ...errorReplies } },
    handler: async (request, reply) => reply.status(201).send(await reportTarget(ctx, principalOf(request), request.body)),
  });

  r.get(ApiPath.ownModerationItems, {
    config: { access: 'member' },
    schema: { tags: ['moderation'], response: { 200: OwnModerationItems, ...errorReplies } },
    handler: async (request) => listOwnItems(ctx, principalOf(request)),
  });

  r.post(ApiPath.moderationAppeal, {
    config: { access: 'member', rateLimit: perMinute(10) },
    schema: { tags: ['moderation'], params: IdParam, body: AppealBody, response: { 200: OwnModerationItem, ...errorReplies } },
    handler: async (request) => appeal(ctx, principalOf(request), request.params.id, request.body, request.ip),
  });

  r.get(ApiPath.adminModerationQueue, {
    config: { access: 'moderator' },
    schema: { tags: ['admin'], querystring: ModerationQueueQuery, response: { 200: ModerationQueuePage, ...errorReplies } },
    handler: async (request) => listQueue(ctx, request.query),
  });

  r.post(ApiPath.adminModerationDecision, {
    config: { access: 'moderator' },
    schema: { tags: ['admin'], params: IdParam, body: DecisionBody, response: { 200: DecisionReply, ...errorReplies } },
    handler: async (request) => decide(ctx, principalOf(request), request.params.id, request.body, request.ip),
  });

  r.post(ApiPath.adminModerationScore, {
    config: { access: 'moderator', rateLimit: perMinute(120) },
    schema: { tags: ['admin'], body: ScoreBody, response: { 200: ScoreReply, ...errorReplies } },
    handler: async (request) => scoreText(ctx, request.body),
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiPath, BallotBody, CreatePollBody, IdParam, Poll, PollListQuery, PollPage, UpdatePollBody } from '@egoejo/contracts';
import { principalOf } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { api, errorReplies } from '../../platform/http';
import { perMinute } from '../../platform/rate-limits';
import { castBallot } from './ballots';
import { createPollPublisher } from './live';
import * as polls from './service';

export function registerPollRoutes(app: FastifyInstance, appCtx: AppContext): void {
  const r = api(app);
  const publisher = createPollPublisher(appCtx, (error, pollId) => app.log.warn({ err: error, pollId }, 'poll update not published'));
  app.addHook('onClose', async () => publisher.stop());
  const ctx: polls.PollsContext = { ...appCtx, pollChanges: publisher };
  const tags = ['polls'];

  r.post(ApiPath.polls, {
    config: { access: 'member', rateLimit: perMinute(20) },
    schema: { tags, body: CreatePollBody, response: { 201: Poll, ...errorReplies } },
    handler: async (request, reply) => reply.status(201).send(await polls.createPoll(ctx, principalOf(request), request.body)),
  });

  r.get(ApiPath.polls, {
    config: { access: 'public' },
    schema: { tags, querystring: PollListQuery, response: { 200: PollPage, ...errorReplies } },
    handler: async (request) => polls.listPolls(ctx, request.principal, request.query),
  });

  r.get(ApiPath.poll, {
    config: { access: 'public' },
    schema: { tags, params: IdParam, response: { 200: Poll, ...errorReplies } },
    handler: async (request) => polls.getPoll(ctx, request.params.id, request.principal),
  });

  r.patch(ApiPath.poll, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, body: UpdatePollBody, response: { 200: Poll, ...errorReplies } },
    handler: async (request) => polls.updatePoll(ctx, principalOf(request), request.params.id, request.body),
  });

  r.delete(ApiPath.poll, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, response: { 204: z.null(), ...errorReplies } },
    handler: async (request, reply) => {
      await polls.deletePoll(ctx, principalOf(request), request.params.id, request.ip);
      return reply.status(204).send(null);
    },
  });

  r.post(ApiPath.pollOpen, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, response: { 200: Poll, ...errorReplies } },
    handler: async (request) => polls.openPoll(ctx, principalOf(request), request.params.id, request.ip),
  });

  r.post(ApiPath.pollClose, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, response: { 200: Poll, ...errorReplies } },
    handler: async (request) => polls.closePoll(ctx, principalOf(request), request.params.id, request.ip),
  });

  r.post(ApiPath.pollBallots, {
    config: { access: 'member', rateLimit: perMinute(60) },
    schema: { tags, params: IdParam, body: BallotBody, response: { 200: Poll, ...errorReplies } },
    handler: async (request) => castBallot(ctx, principalOf(request), request.params.id, request.body),
  });
}

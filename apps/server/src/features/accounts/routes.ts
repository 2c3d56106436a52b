import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ApiPath,
  ChangePasswordBody,
  DeleteMeBody,
  ErrorCode,
  LoginBody,
  MeReply,
  RefreshBody,
  RegisterBody,
  RegisterReply,
  SessionReply,
  UpdateMeBody,
} from '@egoejo/contracts';
import { principalOf } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { api, errorReplies, requestMeta } from '../../platform/http';
import { additionalLimit, perMinute } from '../../platform/rate-limits';
import { clearRefreshCookie, refreshCookieOf, setRefreshCookie } from './cookies';
import * as accounts from './service';
import { fakeRegisteredUser } from './spam';


export function registerAccountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = api(app);

  r.post(ApiPath.register, {
    config: { access: 'public', rateLimit: perMinute(5) },
    schema: { tags: ['accounts'], body: RegisterBody, response: { 201: RegisterReply, ...errorReplies } },
    handler: async (request, reply) => {
      const spam = ctx.formStamps.spamReason(request.body);
      if (spam) {
        ctx.metrics.spamDropped.inc({ form: 'register' });
        return reply.status(201).send({ user: fakeRegisteredUser(request.body) });
      }
      const user = await accounts.registerUser(ctx.db, request.body);
      return reply.status(201).send({ user });
    },
  });

  r.post(ApiPath.login, {
    config: { access: 'public', rateLimit: perMinute(20) },
    // Five attempts a minute for one email from one address, on top of twenty per address.
    preHandler: additionalLimit(app, {
      name: 'login-email',
      ...perMinute(5),
      key: (request) => `${request.ip}:${String((request.body as { email?: unknown } | null)?.email ?? '').trim().toLowerCase()}`,
    }),
    schema: { tags: ['accounts'], body: LoginBody, response: { 200: SessionReply, ...errorReplies } },
    handler: async (request, reply) => {
      const session = await accounts.login(ctx, request.body.email, request.body.password, requestMeta(request));
      setRefreshCookie(reply, ctx.config, session.refresh);
      return { accessToken: session.accessToken, expiresIn: session.expiresIn, user: session.user };
    },
  });

  r.post(ApiPath.refresh, {
    config: { access: 'public', rateLimit: perMinute(60) },
    schema: { tags: ['accounts'], body: RefreshBody, response: { 200: SessionReply, ...errorReplies } },
    handler: async (request, reply) => {
      const fromBody = request.body?.refreshToken;
      const raw = fromBody ?? refreshCookieOf(request);
      if (!raw) throw new AppError(401, ErrorCode.invalidRefreshToken, 'No refresh token was sent.');
      try {
        const session = await accounts.refreshSession(ctx, raw, requestMeta(request));
        if (!fromBody) setRefreshCookie(reply, ctx.config, session.refresh);
        return {
          accessToken: session.accessToken,
          expiresIn: session.expiresIn,
          user: session.user,
          ...(fromBody ? { refreshToken: session.refresh.raw } : {}),
        };
      } catch (error) {
        if (!fromBody) clearRefreshCookie(reply, ctx.config);
        throw error;
      }
    },
  });

  r.post(ApiPath.logout, {
    config: { access: 'public' },
    schema: { tags: ['accounts'], body: RefreshBody, response: { 204: z.null(), ...errorReplies } },
    handler: async (request, reply) => {
      await accounts.logout(ctx, request.body?.refreshToken ?? refreshCookieOf(request), requestMeta(request));
      clearRefreshCookie(reply, ctx.config);
      return reply.status(204).send(null);
    },
  });

  r.get(ApiPath.me, {
    config: { access: 'member' },
    schema: { tags: ['accounts'], response: { 200: MeReply, ...errorReplies } },
    handler: async (request) => ({ user: await accounts.getMe(ctx, principalOf(request)) }),
  });

  r.patch(ApiPath.me, {
    config: { access: 'member' },
    schema: { tags: ['accounts'], body: UpdateMeBody, response: { 200: MeReply, ...errorReplies } },
    handler: async (request) => ({ user: await accounts.updateMe(ctx, principalOf(request), request.body) }),
  });

  r.post(ApiPath.password, {
    config: { access: 'member', rateLimit: perMinute(5) },
    schema: { tags: ['accounts'], body: ChangePasswordBody, response: { 204: z.null(), ...errorReplies } },
    handler: async (request, reply) => {
      await accounts.changePassword(
        ctx,
        principalOf(request),
        { ...request.body, currentRefreshToken: refreshCookieOf(request) },
        requestMeta(request),
      );
      return reply.status(204).send(null);
    },
  });

  r.get(ApiPath.meExport, {
    config: { access: 'member' },
    schema: { tags: ['accounts'], response: { 200: z.record(z.string(), z.unknown()), ...errorReplies } },
    handler: async (request, reply) => {
      const data = await accounts.exportMe(ctx, principalOf(request));
      void reply.header('content-disposition', 'attachment; filename="egoejo-mes-donnees.json"');
      return data;
    },
  });

  r.delete(ApiPath.me, {
    config: { access: 'member', rateLimit: perMinute(5) },
    schema: { tags: ['accounts'], body: DeleteMeBody, response: { 204: z.null(), ...errorReplies } },
    handler: async (request, reply) => {
      await accounts.eraseMe(ctx, principalOf(request), request.body.password, requestMeta(request));
      clearRefreshCookie(reply, ctx.config);
      return reply.status(204).send(null);
    },
  });
}

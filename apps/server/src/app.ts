import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { ErrorCode } from '@egoejo/contracts';
import type { Config } from './config';
import type { Database } from './db/connection';
import { auditPersonalData } from './features/audit/personal-data';
import { registerAuditRoutes } from './features/audit/routes';
import { chatPersonalData } from './features/chat/personal-data';
import { registerChatRoutes } from './features/chat/routes';
import { sessionsPersonalData } from './features/accounts/personal-data';
import { registerAccountRoutes } from './features/accounts/routes';
import { loadPrincipal } from './features/accounts/service';
import { intentsPersonalData } from './features/intents/personal-data';
import { registerIntentRoutes } from './features/intents/routes';
import { moderationPersonalData } from './features/moderation/personal-data';
import { registerModerationRoutes } from './features/moderation/routes';
import { mediaPersonalData } from './features/media/personal-data';
import { registerMediaRoutes } from './features/media/routes';
import { registerOpsRoutes } from './features/ops/routes';
import { registerConstellationRoutes } from './features/constellation/routes';
import { projectsPersonalData } from './features/projects/personal-data';
import { registerProjectRoutes } from './features/projects/routes';
import { registerRootsRoutes } from './features/roots/routes';
import { registerSearchRoutes } from './features/search/routes';
import { pollsPersonalData } from './features/polls/personal-data';
import { registerPollRoutes } from './features/polls/routes';
import { registerPollSocket } from './features/polls/socket';
import { createAccessTokens } from './platform/access-tokens';
import { registerAuthGuard } from './platform/auth-guard';
import type { AppContext } from './platform/context';
import { registerErrorHandling } from './platform/error-handler';
import { AppError } from './platform/errors';
import { createFormStamps } from './platform/honeypot';
import { createJobQueue } from './platform/jobs';
import { createMetrics, registerRequestMetrics } from './platform/metrics';
import { PersonalDataRegistry } from './platform/personal-data';
import { rateLimited } from './platform/rate-limits';
import { securityHeaders } from './platform/security-headers';
import { createStorage } from './platform/storage/create-storage';
import type { Storage } from './platform/storage/storage';
import { createSharedServices, registerSharedServices } from './platform/shared-services';
import { SocketHandlerRegistry } from './platform/ws/registry';
import { registerWebSocket } from './platform/ws/route';

export interface AppDeps {
  config: Config;
  database: Database;
  signingSecret: Uint8Array;
  /** Media storage; by default the one the configuration names (tests pass a failing one). */
  storage?: Storage;
}

export interface BuiltApp {
  app: FastifyInstance;
  ctx: AppContext;
}

const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

function createContext({ config, database, signingSecret, storage }: AppDeps): AppContext {
  const metrics = createMetrics(() => database.stats());
  const personalData = new PersonalDataRegistry();
  personalData.register(sessionsPersonalData);
  personalData.register(mediaPersonalData);
  personalData.register(intentsPersonalData);
  personalData.register(projectsPersonalData);
  personalData.register(auditPersonalData);
  personalData.register(chatPersonalData);
  personalData.register(moderationPersonalData);
  personalData.register(pollsPersonalData);
  return {
    config,
    database,
    db: database.db,
    tokens: createAccessTokens(signingSecret, config.ACCESS_TOKEN_TTL_SECONDS),
    formStamps: createFormStamps(signingSecret),
    metrics,
    personalData,
    ...createSharedServices(config),
    storage: storage ?? createStorage(config),
    jobs: createJobQueue(database.pool, metrics.registry),
    readinessChecks: new Map(),
    socketHandlers: new SocketHandlerRegistry(),
  };
}

async function registerPlatform(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerRequestMetrics(app, ctx.metrics);
  await app.register(helmet, securityHeaders(ctx.config));
  await app.register(cors, { origin: ctx.config.CORS_ALLOWED_ORIGINS, credentials: true });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: true,
    max: 300,
    timeWindow: 60_000,
    // With Redis the limits hold across processes; while Redis is down requests pass rather than fail.
    ...(ctx.redis ? { redis: ctx.redis, nameSpace: 'egoejo-rate:', skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) => rateLimited(Math.ceil(context.ttl / 1000)),
  });
  await app.register(swagger, {
    openapi: { info: { title: 'EGOEJO API', version: '1.0.0', description: 'API of the EGOEJO platform.' } },
    transform: jsonSchemaTransform,
  });
  registerAuthGuard(app, { tokens: ctx.tokens, loadPrincipal: (id) => loadPrincipal(ctx.db, id) });
  registerSharedServices(app, ctx);
  await registerWebSocket(app, ctx, { loadPrincipal: (id) => loadPrincipal(ctx.db, id) });
}

function registerFeatures(app: FastifyInstance, ctx: AppContext): void {
  registerOpsRoutes(app, ctx);
  registerAccountRoutes(app, ctx);
  registerIntentRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerChatRoutes(app, ctx);
  registerModerationRoutes(app, ctx);
  registerMediaRoutes(app, ctx);
  registerProjectRoutes(app, ctx);
  registerRootsRoutes(app, ctx);
  registerConstellationRoutes(app, ctx);
  registerSearchRoutes(app, ctx);
  registerPollRoutes(app, ctx);
  registerPollSocket(ctx, app.log);
}

/** The built single-page app, when present: assets cached for a year, every other page answered by index.html. */
async function registerWebApp(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const root = path.resolve(ctx.config.WEB_DIST_DIR ?? defaultWebDist);
  const hasWebApp = existsSync(path.join(root, 'index.html'));
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      preCompressed: true, // the web build writes .br and .gz beside each file (apps/web/precompress.ts)
      cacheControl: false, // otherwise send's own "max-age=0" replaces the header setHeaders gives below
      setHeaders: (res, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
      allowedPath: (pathName) => !pathName.startsWith('/api/'),
    });
  }
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, async (request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/media/');
    if (hasWebApp && wantsPage) {
      const staticPath = request.url.split('?')[0] ?? '/';
      if (path.extname(staticPath) === '' || staticPath === '/') {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
    }
    return reply.status(404).send(new AppError(404, ErrorCode.notFound, 'Nothing here.').toBody());
  });
}

export async function buildApp(deps: AppDeps): Promise<BuiltApp> {
  const ctx = createContext(deps);
  const app = Fastify({
    logger: deps.config.LOG_LEVEL === 'silent' ? false : { level: deps.config.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    trustProxy: deps.config.TRUST_PROXY,
    bodyLimit: 1_048_576,
    // Ids and cursors are never this long; a bounded URL keeps logs and label sets sane.
    routerOptions: { maxParamLength: 200 },
  });
  await registerPlatform(app, ctx);
  registerFeatures(app, ctx);
  await registerWebApp(app, ctx);
  return { app, ctx };
}

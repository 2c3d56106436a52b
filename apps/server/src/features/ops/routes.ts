import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { ApiPath, FormStampReply, HealthReply, ReadyReply } from '@egoejo/contracts';
import type { AppContext } from '../../platform/context';
import { api } from '../../platform/http';

const checkTimeoutMs = 2_000;

function withTimeout(check: () => Promise<void>): Promise<void> {
  return Promise.race([
    check(),
    new Promise<void>((_, reject) => setTimeout(() => reject(new Error('timeout')), checkTimeoutMs).unref()),
  ]);
}

/** Runs every readiness check; the reply names the failing parts but never an error text. */
export async function readiness(ctx: AppContext): Promise<ReadyReply> {
  const checks: [string, () => Promise<void>][] = [
    ['database', async () => void (await sql`SELECT 1`.execute(ctx.db))],
    ...ctx.readinessChecks.entries(),
  ];
  const results = await Promise.all(
    checks.map(async ([name, check]) => [name, await withTimeout(check).then(() => 'ok' as const, () => 'failing' as const)] as const),
  );
  const status = results.every(([, r]) => r === 'ok') ? 'ok' : 'unavailable';
  return { status, checks: Object.fromEntries(results) };
}

export function registerOpsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = api(app);

  r.get(ApiPath.health, {
    config: { access: 'public', rateLimit: false },
    schema: { tags: ['operations'], response: { 200: HealthReply } },
    handler: async () => ({ status: 'ok' as const }),
  });

  r.get(ApiPath.ready, {
    config: { access: 'public', rateLimit: false },
    schema: { tags: ['operations'], response: { 200: ReadyReply, 503: ReadyReply } },
    handler: async (_request, reply) => {
      const result = await readiness(ctx);
      return reply.status(result.status === 'ok' ? 200 : 503).send(result);
    },
  });

  r.get('/metrics', {
    config: { access: 'public', rateLimit: false },
    schema: { hide: true },
    handler: async (_request, reply) => {
      const body = await ctx.metrics.registry.metrics();
      return reply.header('content-type', ctx.metrics.registry.contentType).send(body);
    },
  });

  r.get(ApiPath.formStamp, {
    config: { access: 'public' },
    schema: { tags: ['join'], response: { 200: FormStampReply } },
    handler: async (_request, reply) => {
      void reply.header('cache-control', 'no-store');
      return { stamp: ctx.formStamps.issue() };
    },
  });

  r.get(ApiPath.openapi, {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });
}

import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context';
import { sweepOrphans } from './objects';

export const sweepJobName = 'media.sweep_orphans';

/**
 * Storage in readiness, a start-up report, and the orphan sweep as a recurring job. A broken bucket is
 * reported loudly (log at start, `storage: failing` in /api/ready, 503 on upload), never replaced by local disk.
 */
export function registerMediaLifecycle(app: FastifyInstance, ctx: AppContext): void {
  ctx.readinessChecks.set('storage', () => ctx.storage.check());

  const cron = ctx.config.MEDIA_SWEEP_CRON;
  ctx.jobs.define({
    name: sweepJobName,
    ...(cron === 'off' ? {} : { cron }),
    retryLimit: 2,
    handler: async () => {
      const report = await sweepOrphans(ctx, ctx.config.MEDIA_ORPHAN_MIN_AGE_SECONDS * 1000);
      app.log.info({ scanned: report.scanned, removed: report.removed.length, keys: report.removed.slice(0, 50) }, 'media orphan sweep');
    },
  });

  app.addHook('onReady', async () => {
    ctx.storage.check().then(
      () => app.log.info({ storage: ctx.storage.kind }, 'media storage ready'),
      (error: unknown) => app.log.error({ storage: ctx.storage.kind, reason: (error as Error).message }, 'media storage is NOT usable: uploads will fail until it is fixed'),
    );
  });

  app.addHook('onClose', async () => {
    ctx.storage.close();
  });
}

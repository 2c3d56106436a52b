import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context';
import { sweepOrphans } from './objects';

/**
 * Storage in readiness, a start-up report, and the periodic orphan sweep. A broken bucket is reported
 * loudly (log at start, `storage: failing` in /api/ready, 503 on upload), never replaced by local disk.
 */
export function registerMediaLifecycle(app: FastifyInstance, ctx: AppContext): void {
  ctx.readinessChecks.set('storage', () => ctx.storage.check());
  let timer: NodeJS.Timeout | undefined;

  app.addHook('onReady', async () => {
    ctx.storage.check().then(
      () => app.log.info({ storage: ctx.storage.kind }, 'media storage ready'),
      (error: unknown) => app.log.error({ storage: ctx.storage.kind, reason: (error as Error).message }, 'media storage is NOT usable: uploads will fail until it is fixed'),
    );
    const minutes = ctx.config.MEDIA_SWEEP_INTERVAL_MINUTES;
    if (minutes > 0) {
      // In-process for now; unref'd so it never keeps a stopping process alive.
      timer = setInterval(() => void runSweep(app, ctx), minutes * 60_000).unref();
    }
  });

  app.addHook('onClose', async () => {
    clearInterval(timer);
    ctx.storage.close();
  });
}

async function runSweep(app: FastifyInstance, ctx: AppContext): Promise<void> {
  try {
    const report = await sweepOrphans(ctx, ctx.config.MEDIA_ORPHAN_MIN_AGE_SECONDS * 1000);
    app.log.info({ scanned: report.scanned, removed: report.removed.length, keys: report.removed.slice(0, 50) }, 'media orphan sweep');
  } catch (error) {
    app.log.warn({ reason: (error as Error).message }, 'media orphan sweep failed; next run will retry');
  }
}

import { buildApp } from '../app';
import { loadSigningSecret } from '../platform/secrets';
import { configOrExit, openConfiguredDatabase, prepareDatabase } from '../startup';

/** Runs the background jobs only (no HTTP), for deployments that keep them apart (`WORKER=off` on the web processes). */
const config = configOrExit();
const database = await openConfiguredDatabase(config);
const { app, ctx } = await buildApp({ config, database, signingSecret: await loadSigningSecret(config) });
await prepareDatabase(database, config, app.log);
await ctx.jobs.start({ work: true });
app.log.info('worker started');

async function shutdown(): Promise<void> {
  await ctx.jobs.stop();
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());

import { buildApp } from './app';
import { loadSigningSecret } from './platform/secrets';
import { configOrExit, openConfiguredDatabase, prepareDatabase } from './startup';

const config = configOrExit();
const database = await openConfiguredDatabase(config);
const signingSecret = await loadSigningSecret(config);
const { app, ctx } = await buildApp({ config, database, signingSecret });
await prepareDatabase(database, config, app.log);
await ctx.jobs.start({ work: config.WORKER === 'inline' });

/** In-flight requests and jobs get this long to finish after SIGTERM; then the process leaves anyway. */
const shutdownBoundMs = 15_000;
let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  const forced = setTimeout(() => {
    app.log.error('shutdown bound exceeded; exiting with work still running');
    process.exit(1);
  }, shutdownBoundMs);
  forced.unref();
  // Stops accepting, closes sockets (they reconnect elsewhere), lets in-flight requests and jobs finish,
  // then closes the database.
  await app.close();
  await ctx.jobs.stop();
  await database.close();
  clearTimeout(forced);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port: config.PORT, host: config.HOST });
app.log.info(`EGOEJO is listening on http://localhost:${config.PORT} (database: ${database.kind})`);

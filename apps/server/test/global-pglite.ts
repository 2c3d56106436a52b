import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { createJobQueue } from '../src/platform/jobs';
import './provided';

/** Migrates one in-memory PGlite and dumps it: each test file starts from the dump in ~0.4 s instead of ~3 s. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'egoejo-pglite-'));
  const database = await openDatabase({ dataDir: 'memory://', poolMax: 1, acquireTimeoutMs: 10_000 });
  await migrateToLatest(database);
  // The job queue's own schema too (pg-boss creates it on first start): each test app starts the queue.
  const jobs = createJobQueue(database.pool, new Registry());
  await jobs.start({ work: false });
  await jobs.stop();
  const dump = await database.dumpDataDir!();
  const file = path.join(dir, 'template.tar.gz');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplatePath', file);
  return async () => rm(dir, { recursive: true, force: true });
}

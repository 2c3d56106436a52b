import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';

// bigint (int8) and numeric come back as strings by default; our ids stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Kysely<DB>;
  pool: pg.Pool;
  stats(): PoolStats;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a gzipped tarball (test templates, backups). */
  dumpDataDir?: () => Promise<Blob>;
}

export interface DatabaseOptions {
  url?: string;
  dataDir: string;
  poolMax: number;
  acquireTimeoutMs: number;
  /** A PGlite data-directory dump to start from (tests start from a migrated template; restores from a backup). */
  pgliteTemplate?: Blob;
}

/** Opens PostgreSQL through `url` (node-postgres pool), or the embedded PGlite under `dataDir/pg`. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options);
  return openPglite(options);
}

function wrap(kind: Database['kind'], pool: pg.Pool, onClose: () => Promise<void>): Database {
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind,
    db,
    pool,
    stats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: async () => {
      await db.destroy();
      await onClose();
    },
  };
}

function openPostgres(url: string, options: DatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolMax,
    connectionTimeoutMillis: options.acquireTimeoutMs,
    idleTimeoutMillis: 30_000,
    // A broken server connection must not hang a request forever.
    query_timeout: 30_000,
  });
  // An idle client losing its server (PgBouncer or PostgreSQL restart) emits here; the pool replaces it.
  pool.on('error', () => undefined);
  // A checked-out client has no listener of the pool's: losing its server between two queries would emit
  // an unhandled 'error' and crash the process. Its next query fails instead (a 503), and the pool drops
  // it when it is released, since it is no longer queryable.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return wrap('postgres', pool, async () => undefined);
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  const extensions = { pg_trgm, unaccent };
  const loadDataDir = options.pgliteTemplate;
  let pglite: PGlite;
  if (options.dataDir === 'memory://') {
    pglite = await PGlite.create({ extensions, loadDataDir });
  } else {
    const dir = path.resolve(options.dataDir, 'pg');
    await mkdir(dir, { recursive: true });
    pglite = await PGlite.create(dir, { extensions, loadDataDir });
  }
  // PGlite is one connection: the pool holds one client and queues the rest, with the same timeout.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, connectionTimeoutMillis: options.acquireTimeoutMs });
  const database = wrap('pglite', pool, async () => {
    await pglite.close();
  });
  // The pool's single client must be idle for a consistent dump; PGlite serialises it with queries anyway.
  return { ...database, dumpDataDir: () => pglite.dumpDataDir('gzip') };
}

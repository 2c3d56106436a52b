import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type RunningService, startService, withDatabase } from '../services';

/**
 * Starting a cluster without Vitest: the cluster tests call it with the services of their global setup
 * (`startCluster` in cluster.ts), the load benchmark (bench/load.ts) with services it started itself.
 */

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
// node --import tsx: one process, so SIGTERM reaches our handler (the tsx CLI wraps a child process).
const serverArgs = ['--import', 'tsx', 'apps/server/src/main.ts'];

/** The shared services of a deployment, as the scripts/services up scripts print them. */
export interface ClusterServices {
  pgBouncerUrl: string;
  pgDirectUrl: string;
  redisUrl: string;
  s3: { endpoint: string; accessKeyId: string; secretAccessKey: string; bucket: string };
}

/** The settings the pg, redis and s3 up scripts printed, as a cluster needs them. */
export function clusterServicesOf(pg: RunningService, redis: RunningService, s3: RunningService): ClusterServices {
  return {
    pgBouncerUrl: pg.values.DATABASE_URL!,
    pgDirectUrl: pg.values.DIRECT_DATABASE_URL!,
    redisUrl: redis.values.REDIS_URL!,
    s3: {
      endpoint: s3.values.S3_ENDPOINT!,
      accessKeyId: s3.values.S3_ACCESS_KEY_ID!,
      secretAccessKey: s3.values.S3_SECRET_ACCESS_KEY!,
      bucket: s3.values.S3_BUCKET!,
    },
  };
}

export interface ServerProcess {
  port: number;
  child: ChildProcess;
  exited: Promise<number | null>;
}

export interface Cluster {
  url: string;
  wsUrl: string;
  servers: ServerProcess[];
  env: Record<string, string>;
  /** The database every process uses (created for the cluster unless one was given). */
  database: string;
  /** Upstream addresses nginx sent requests to, from its access log. */
  upstreamsUsed(): Promise<Set<string>>;
  /** SIGTERM one process, wait for it to exit, start it again on the same port. Returns its exit code. */
  restart(index: number): Promise<number | null>;
  kill(index: number): Promise<void>;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  processes: number;
  env?: Record<string, string>;
  /** An existing, already migrated database to serve (kept at stop); by default a fresh one, dropped at stop. */
  database?: string;
  /** Extra `node` options for one process, e.g. `--inspect=127.0.0.1:9230` to profile it. */
  nodeArgs?: (index: number) => string[];
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function createDatabase(pgDirectUrl: string, prefix = 'c'): Promise<string> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgDirectUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return name;
}

export async function dropDatabase(pgDirectUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: pgDirectUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

async function waitReady(port: number, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/ready`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server on ${port} not ready after ${timeoutMs} ms`);
}

function startServer(port: number, env: Record<string, string>, logDir: string, nodeArgs: string[]): ServerProcess {
  const log = createWriteStream(path.join(logDir, `server-${port}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [...nodeArgs, ...serverArgs], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { port, child, exited };
}

/**
 * Several real server processes on one PostgreSQL (through PgBouncer), one Redis and one Swift S3,
 * behind a real nginx. The schema is migrated once before the processes start.
 */
export async function launchCluster(services: ClusterServices, options: ClusterOptions): Promise<Cluster> {
  const logDir = await mkdtemp(path.join(tmpdir(), 'egoejo-cluster-'));
  const database = options.database ?? (await createDatabase(services.pgDirectUrl));
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATA_DIR: logDir,
    DATABASE_URL: withDatabase(services.pgBouncerUrl, database),
    DIRECT_DATABASE_URL: withDatabase(services.pgDirectUrl, database),
    DB_POOL_MAX: '3',
    REDIS_URL: services.redisUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    TRUST_PROXY: 'true',
    DEMO_CONTENT: 'false',
    USE_S3_STORAGE: 'true',
    R2_ACCESS_KEY_ID: services.s3.accessKeyId,
    R2_SECRET_ACCESS_KEY: services.s3.secretAccessKey,
    R2_BUCKET_NAME: services.s3.bucket,
    R2_ENDPOINT_URL: services.s3.endpoint,
    AWS_S3_REGION_NAME: 'us-east-1',
    ...options.env,
  };
  const nodeArgsOf = (index: number) => options.nodeArgs?.(index) ?? [];
  const ports = await Promise.all(Array.from({ length: options.processes }, freePort));
  // The first process migrates alone; the others start once the schema is there.
  const servers: ServerProcess[] = [startServer(ports[0]!, env, logDir, nodeArgsOf(0))];
  await waitReady(ports[0]!, servers[0]!.child);
  for (const [i, port] of ports.slice(1).entries()) servers.push(startServer(port, env, logDir, nodeArgsOf(i + 1)));
  await Promise.all(servers.map((s) => waitReady(s.port, s.child)));
  const nginx = await startService('nginx', {
    env: { UPSTREAMS: ports.map((p) => `127.0.0.1:${p}`).join(' ') },
    installHint: 'apt-get install -y nginx-light',
  });
  const url = nginx.values.NGINX_URL!;
  const nginxBase = nginx.values.NGINX_BASE!;
  return {
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/ws`,
    servers,
    env,
    database,
    upstreamsUsed: async () => {
      const log = await readFile(path.join(nginxBase, 'access.log'), 'utf8').catch(() => '');
      return new Set([...log.matchAll(/upstream=([\d.:]+)/g)].map((m) => m[1]!));
    },
    restart: async (index) => {
      const server = servers[index]!;
      server.child.kill('SIGTERM');
      const code = await server.exited;
      servers[index] = startServer(server.port, env, logDir, nodeArgsOf(index));
      await waitReady(server.port, servers[index]!.child);
      return code;
    },
    kill: async (index) => {
      servers[index]!.child.kill('SIGKILL');
      await servers[index]!.exited;
    },
    stop: async () => {
      for (const server of servers) server.child.kill('SIGTERM');
      await Promise.all(servers.map((s) => s.exited));
      await nginx.stop();
      if (!options.database) await dropDatabase(services.pgDirectUrl, database);
      if (!process.env.KEEP_CLUSTER_LOGS) await rm(logDir, { recursive: true, force: true });
    },
  };
}

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { startService } from '../services';
import { withDatabase } from '../harness';
import './provided-cluster';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
// node --import tsx: one process, so SIGTERM reaches our handler (the tsx CLI wraps a child process).
const nodeArgs = ['--import', 'tsx', 'apps/server/src/main.ts'];

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
  /** Upstream addresses nginx sent requests to, from its access log. */
  upstreamsUsed(): Promise<Set<string>>;
  /** SIGTERM one process, wait for it to exit, start it again on the same port. Returns its exit code. */
  restart(index: number): Promise<number | null>;
  kill(index: number): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function createDatabase(): Promise<string> {
  const name = `c_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('cluster').pgDirectUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return name;
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

function startServer(port: number, env: Record<string, string>, logDir: string): ServerProcess {
  const log = createWriteStream(path.join(logDir, `server-${port}.log`), { flags: 'a' });
  const child = spawn(process.execPath, nodeArgs, {
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
export async function startCluster(options: { processes: number; env?: Record<string, string> }): Promise<Cluster> {
  const services = inject('cluster');
  const logDir = await mkdtemp(path.join(tmpdir(), 'egoejo-cluster-'));
  const database = await createDatabase();
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
  const ports = await Promise.all(Array.from({ length: options.processes }, freePort));
  // The first process migrates alone; the others start once the schema is there.
  const servers: ServerProcess[] = [startServer(ports[0]!, env, logDir)];
  await waitReady(ports[0]!, servers[0]!.child);
  for (const port of ports.slice(1)) servers.push(startServer(port, env, logDir));
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
    upstreamsUsed: async () => {
      const log = await readFile(path.join(nginxBase, 'access.log'), 'utf8').catch(() => '');
      return new Set([...log.matchAll(/upstream=([\d.:]+)/g)].map((m) => m[1]!));
    },
    restart: async (index) => {
      const server = servers[index]!;
      server.child.kill('SIGTERM');
      const code = await server.exited;
      servers[index] = startServer(server.port, env, logDir);
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
      const admin = new pg.Client({ connectionString: services.pgDirectUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
      if (!process.env.KEEP_CLUSTER_LOGS) await rm(logDir, { recursive: true, force: true });
    },
  };
}

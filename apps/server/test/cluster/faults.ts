import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { servicesDir } from '../services';
import './provided-cluster';

const run = promisify(execFile);
const pgBin = '/usr/lib/postgresql/15/bin';

/** Stops PostgreSQL (fast shutdown: every server connection is cut). */
export async function stopPostgres(): Promise<void> {
  const { pgBase } = inject('cluster');
  await run('runuser', ['-u', 'postgres', '--', `${pgBin}/pg_ctl`, '-D', path.join(pgBase, 'data'), '-m', 'fast', '-w', 'stop']);
}

/** Starts PostgreSQL again with the options of its first start (kept by PostgreSQL in postmaster.opts). */
export async function startPostgres(): Promise<void> {
  const { pgBase } = inject('cluster');
  const opts = (await readFile(path.join(pgBase, 'data', 'postmaster.opts'), 'utf8')).trim();
  // postmaster.opts is the postgres command line: `<binary> "-D" "<dir>" "-p" "…" …`; pass all but the binary and -D.
  const args = [...opts.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  const dataIndex = args.indexOf('-D');
  if (dataIndex >= 0) args.splice(dataIndex, 2);
  await run('runuser', [
    '-u', 'postgres', '--', `${pgBin}/pg_ctl`, '-D', path.join(pgBase, 'data'), '-l', path.join(pgBase, 'pg.log'), '-w', '-t', '60',
    '-o', args.map((a) => `'${a}'`).join(' '), 'start',
  ]);
}

export async function restartPgBouncer(downMs: number): Promise<void> {
  const { pgBase } = inject('cluster');
  const pid = (await readFile(path.join(pgBase, 'pgb', 'pgbouncer.pid'), 'utf8')).trim();
  process.kill(Number(pid), 'SIGINT'); // immediate shutdown: clients see their connections dropped
  await waitGone(Number(pid));
  await new Promise((resolve) => setTimeout(resolve, downMs));
  await run('runuser', ['-u', 'postgres', '--', 'pgbouncer', '-d', path.join(pgBase, 'pgb', 'pgbouncer.ini')]);
}

async function waitGone(pid: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function stopRedis(): Promise<void> {
  const { redisBase } = inject('cluster');
  const pid = Number((await readFile(path.join(redisBase, 'redis.pid'), 'utf8')).trim());
  process.kill(pid, 'SIGKILL');
  await waitGone(pid);
}

/** Starts Redis again on the same port, in the same folder. */
export async function startRedis(): Promise<void> {
  const { redisBase, redisUrl } = inject('cluster');
  await run('bash', [path.join(servicesDir, 'redis-up.sh'), redisBase], { env: { ...process.env, REDIS_PORT: new URL(redisUrl).port } });
}

/**
 * `npm run bench:chat` (issue 5): WebSocket chat under load, PostgreSQL 15 through PgBouncer (transaction
 * pooling) and Redis, both started here by scripts/services. Scenario 1: 1,000 clients over 50 threads,
 * 500 messages/s in total, on one server process and on two with Redis. Scenario 2: one thread with 1,000
 * listeners, 10 messages/s. Each beside a bare `ws` broadcast server (the floor) driven by the same fleet.
 * Reports send→receive latency at every receiver, lost and doubled deliveries, server CPU and memory, and
 * the PostgreSQL server connections PgBouncer had open (SHOW POOLS). BENCH_SECONDS shortens the runs.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { promisify } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../apps/server/src/db/connection';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { createAccessTokens } from '../apps/server/src/platform/access-tokens';
import { type FleetClient, type FleetResult, runFleet } from './chat-fleet';

const run = promisify(execFile);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const secret = randomBytes(32).toString('hex');
const clientCount = 1_000;
const threadCount = 50;

async function service(name: 'pg' | 'redis'): Promise<{ vars: Record<string, string>; stop: () => Promise<void> }> {
  const { stdout } = await run('bash', [`scripts/services/${name}-up.sh`], { timeout: 600_000 });
  const vars = Object.fromEntries(stdout.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()]));
  const base = vars[name === 'pg' ? 'PG_BASE' : 'REDIS_BASE']!;
  return { vars, stop: async () => void (await run('bash', [`scripts/services/${name}-down.sh`, base])) };
}

const withDb = (url: string, db: string) => Object.assign(new URL(url), { pathname: `/${db}` }).toString();

/** A fresh database with 1,000 members (written directly: Argon2 for each would take minutes), 50 threads of 20 and one of all. */
async function prepare(pgVars: Record<string, string>) {
  const name = `bench_chat_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgVars.DIRECT_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDb(pgVars.DATABASE_URL!, name);
  const database = await openDatabase({ url, dataDir: 'unused', poolMax: 2, acquireTimeoutMs: 10_000 });
  await migrateToLatest(database);
  const db = database.db;
  const users = await db
    .insertInto('users')
    .values(Array.from({ length: clientCount }, (_, i) => ({ display_name: `Membre ${i}`, email: `banc.${i}@example.org`, password_hash: null })))
    .returning('id')
    .execute();
  const threads = await db
    .insertInto('chat_threads')
    .values(Array.from({ length: threadCount }, (_, i) => ({ kind: 'private' as const, title: `Fil ${i}`, project_slug: null, created_by: users[0]!.id })))
    .returning('id')
    .execute();
  await db
    .insertInto('chat_memberships')
    .values(users.map((u, i) => ({ thread_id: threads[i % threadCount]!.id, user_id: u.id, role: 'member' as const })))
    .execute();
  const square = await db.insertInto('chat_threads').values({ kind: 'general', title: 'Place du village', project_slug: null, created_by: users[0]!.id }).returning('id').executeTakeFirstOrThrow();
  await database.close();
  const tokens = createAccessTokens(new TextEncoder().encode(secret), 3600);
  const issued = await Promise.all(users.map((u) => tokens.issue({ userId: u.id, role: 'member' })));
  return { name, url, users: users.map((u, i) => ({ id: u.id, token: issued[i]!, thread: threads[i % threadCount]!.id })), square: square.id };
}

interface Proc {
  pid: number;
  port: number;
  /** True once the process printed LISTENING on stdout (the bare server; the app is polled on /api/ready). */
  listening: () => boolean;
  stop: () => Promise<void>;
}

const running = new Set<Proc>();

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startProcess(args: string[], env: Record<string, string>, readyUrl: (port: number) => string | null): Promise<Proc> {
  const port = await freePort();
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, ...args], { env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const ready = readyUrl(port);
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    const ok = ready ? await fetch(ready).then((r) => r.ok, () => false) : true;
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  let listening = false;
  child.stdout?.on('data', (chunk: Buffer) => (listening ||= chunk.toString().includes('LISTENING')));
  const proc: Proc = {
    pid: child.pid!,
    port,
    listening: () => listening,
    stop: async () => {
      running.delete(proc);
      child.kill('SIGTERM');
      await exited;
    },
  };
  running.add(proc);
  return proc;
}

const startServer = (env: Record<string, string>) =>
  startProcess(['--import', 'tsx', 'apps/server/src/main.ts'], env, (port) => `http://127.0.0.1:${port}/api/ready`);

/** The bare floor server, once it printed that it listens (tsx compiles it first, slowly on a busy machine). */
async function startBare(): Promise<Proc> {
  const proc = await startProcess(['--import', 'tsx', 'bench/bare-ws-server.ts'], {}, () => null);
  for (let i = 0; i < 300 && !proc.listening(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!proc.listening()) throw new Error('the bare ws server did not start');
  return proc;
}

/** CPU seconds (user + system) and resident memory of a process, from /proc. */
function procSample(pid: number): { cpu: number; rssMb: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '0';
    return { cpu: (Number(stat[11]) + Number(stat[12])) / 100, rssMb: Number(rss) / 1024 };
  } catch {
    process.stderr.write(`process ${pid} is gone\n`);
    return { cpu: NaN, rssMb: 0 };
  }
}

/** Largest number of PostgreSQL server connections PgBouncer held for the database during the run. */
function poolWatcher(pgbAdminUrl: string, database: string) {
  let maxServer = 0;
  let maxActive = 0;
  const client = new pg.Client({ connectionString: pgbAdminUrl });
  const ready = client.connect();
  const timer = setInterval(() => {
    void ready
      .then(() => client.query('SHOW POOLS'))
      .then(({ rows }) => {
        for (const row of rows as Record<string, string>[]) {
          if (row.database !== database) continue;
          const server = ['sv_active', 'sv_idle', 'sv_used', 'sv_tested', 'sv_login'].reduce((s, k) => s + Number(row[k] ?? 0), 0);
          maxServer = Math.max(maxServer, server);
          maxActive = Math.max(maxActive, Number(row.sv_active ?? 0));
        }
      })
      .catch(() => undefined);
  }, 250);
  return async () => {
    clearInterval(timer);
    await client.end().catch(() => undefined);
    return { maxServer, maxActive };
  };
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);

interface Row {
  /** 1-minute load average when the run started: other work on the machine skews every figure. */
  load: string;
  scenario: string;
  target: string;
  fleet: FleetResult;
  cpu: string;
  rss: string;
  pg: string;
}

async function measure(scenario: string, target: string, procs: Proc[], clients: FleetClient[], rate: number, pool?: () => () => Promise<{ maxServer: number; maxActive: number }>): Promise<Row> {
  const load = loadavg()[0]!.toFixed(1);
  const before = procs.map((p) => procSample(p.pid));
  let peakRss = 0;
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, procs.reduce((s, p) => s + procSample(p.pid).rssMb, 0))), 500);
  const stopPool = pool?.();
  const fleet = await runFleet(clients, { ratePerSecond: rate, seconds });
  clearInterval(rssTimer);
  const after = procs.map((p) => procSample(p.pid));
  const cpuSeconds = after.reduce((s, a, i) => s + a.cpu - before[i]!.cpu, 0);
  const pools = stopPool ? await stopPool() : null;
  process.stderr.write(`${scenario} / ${target}: ${JSON.stringify({ ...fleet, latencies: fleet.latencies.length, ackLatencies: fleet.ackLatencies.length })}\n`);
  return {
    load,
    scenario,
    target,
    fleet,
    cpu: `${Math.round((cpuSeconds / (seconds + 6)) * 100)} %`,
    rss: `${Math.round(peakRss)} MB`,
    pg: pools ? `${pools.maxServer} (active ≤ ${pools.maxActive})` : '–',
  };
}

function table(rows: Row[]): string {
  const lines = [
    '| scenario | server | load avg | p50 | p95 | p99 | ack p99 | acked / sent | delivered / owed | lost | doubled | errors | server CPU (of one core) | server RSS peak | PG server conns (SHOW POOLS) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const l = [...r.fleet.latencies].sort((a, b) => a - b);
    const a = [...r.fleet.ackLatencies].sort((x, y) => x - y);
    const f = (v: number) => `${v.toFixed(1)} ms`;
    const errors = Object.entries(r.fleet.errors).map(([k, v]) => `${k}: ${v}`).join(', ') || '0';
    lines.push(`| ${r.scenario} | ${r.target} | ${r.load} | ${f(pct(l, 50))} | ${f(pct(l, 95))} | ${f(pct(l, 99))} | ${a.length ? f(pct(a, 99)) : '–'} | ${r.fleet.acked} / ${r.fleet.sent} | ${r.fleet.expected - r.fleet.lost} / ${r.fleet.expected} | ${r.fleet.lost} | ${r.fleet.doubled} | ${errors} | ${r.cpu} | ${r.rss} | ${r.pg} |`);
  }
  return lines.join('\n');
}

const pgService = await service('pg');
const redisService = await service('redis');
const rows: Row[] = [];
try {
  const data = await prepare(pgService.vars);
  const pgbAdmin = withDb(pgService.vars.DATABASE_URL!, 'pgbouncer');
  const pool = () => poolWatcher(pgbAdmin, data.name);
  const serverEnv = { NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: data.url, DB_POOL_MAX: '5', JWT_SECRET: secret, DEMO_CONTENT: 'false', TRUST_PROXY: 'true', WORKER: 'off' };
  const fleetOf = (urls: string[], thread?: number): FleetClient[] =>
    data.users.map((u, i) => ({ url: urls[i % urls.length]!, token: u.token, thread: thread ?? u.thread, ip: `10.${(i >> 8) & 255}.${i & 255}.7` }));

  for (const [scenario, rate, thread] of [
    [`1,000 clients, 50 threads, 500 msg/s, ${seconds} s`, 500, undefined],
    [`1 thread, 1,000 listeners, 10 msg/s, ${seconds} s`, 10, data.square],
  ] as const) {
    const only = process.env.BENCH_ONLY ?? 'bare,one,two';
    if (only.includes('bare')) {
      const bare = await startBare();
      rows.push(await measure(scenario, 'bare ws (floor)', [bare], fleetOf([`ws://127.0.0.1:${bare.port}`], thread), rate));
      await bare.stop();
    }
    if (only.includes('one')) {
      const one = await startServer(serverEnv);
      rows.push(await measure(scenario, 'EGOEJO, 1 process', [one], fleetOf([`ws://127.0.0.1:${one.port}/ws`], thread), rate, pool));
      await one.stop();
    }
    if (only.includes('two') && (thread === undefined || process.env.BENCH_TWO_PROCESSES_BOTH === '1')) {
      const env = { ...serverEnv, REDIS_URL: redisService.vars.REDIS_URL! };
      const a = await startServer(env);
      const b = await startServer(env);
      rows.push(await measure(scenario, 'EGOEJO, 2 processes + Redis', [a, b], fleetOf([`ws://127.0.0.1:${a.port}/ws`, `ws://127.0.0.1:${b.port}/ws`], thread), rate, pool));
      await a.stop();
      await b.stop();
    }
  }
} finally {
  for (const proc of running) await proc.stop();
  await redisService.stop().catch(() => undefined);
  await pgService.stop().catch(() => undefined);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(
  `## Chat\n\n${new Date().toISOString().slice(0, 10)}, \`npm run bench:chat\` (BENCH_SECONDS=${seconds}), ${cpus().length} cores ${cpu}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; PostgreSQL 15 through PgBouncer 1.18 (transaction pooling, pool 5), Redis 7. ` +
    `Client fleet, servers, PostgreSQL and Redis share the machine.\n\n${table(rows)}\n`,
);

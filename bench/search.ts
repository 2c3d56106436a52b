/**
 * `npm run bench:search`: the search endpoint on PostgreSQL through PgBouncer with 100,000 projects and on
 * PGlite with 10,000, with a mix of realistic queries (exact titles, typos, missing accents, two words,
 * rare and common words) at concurrency 1 and 16, over HTTP against a server process, and — in the same
 * run — the same queries' SQL timed directly on the database from this process (no HTTP, no JSON).
 * Prints a Markdown section for BENCHMARKS.md.
 *
 * Options (environment): BENCH_DATABASE_URL — a PgBouncer URL to reuse (seeded if smaller than asked);
 * otherwise PostgreSQL + PgBouncer are started with scripts/services/pg-up.sh. BENCH_PG_PROJECTS (100000),
 * BENCH_PGLITE_PROJECTS (10000), BENCH_REQUESTS (600 per concurrency level), BENCH_PGLITE_DIR.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { type QueryKind, sampleQueries } from '../apps/server/src/content/generator';
import { type Database, openDatabase } from '../apps/server/src/db/connection';
import { prepareTextSearch } from '../apps/server/src/features/search/service';
import { searchTable } from '../apps/server/src/features/search/store';
import { createHttpClient, visitorIp } from './load-http';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const requests = env('BENCH_REQUESTS', 600);
const seed = 42;

interface Sample {
  kind: QueryKind;
  q: string;
}
interface Figures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
function figures(latencies: number[], wallMs: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), rps: latencies.length / (wallMs / 1000) };
}

/** Runs `task` for `total` samples with `concurrency` workers; returns latencies per kind and overall. */
async function drive(samples: Sample[], total: number, concurrency: number, task: (s: Sample, n: number) => Promise<void>) {
  const latencies: number[] = [];
  const byKind = new Map<QueryKind, number[]>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let n = next++; n < total; n = next++) {
        const sample = samples[n % samples.length]!;
        const t0 = performance.now();
        await task(sample, n);
        const ms = performance.now() - t0;
        latencies.push(ms);
        byKind.set(sample.kind, [...(byKind.get(sample.kind) ?? []), ms]);
      }
    }),
  );
  return { all: figures(latencies, performance.now() - started), byKind };
}

/** The SQL of one search (word corrections, then projects and concepts), straight on the database. */
async function sqlSearch(database: Database, q: string): Promise<void> {
  const prepared = await prepareTextSearch(database.db, q);
  const query = { q: prepared.query, tsQuery: prepared.tsQuery, corrected: prepared.corrected, rareWords: prepared.rareWords, limit: 20 };
  await Promise.all([searchTable(database.db, 'projects', query), searchTable(database.db, 'concepts', query)]);
}

async function projectCount(database: Database): Promise<number> {
  const row = await database.db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

async function ensureSeeded(target: { url?: string; dataDir?: string }, projects: number): Promise<void> {
  const database = await openDatabase({ url: target.url, dataDir: target.dataDir ?? 'unused', poolMax: 4, acquireTimeoutMs: 30_000 });
  const { migrateToLatest } = await import('../apps/server/src/db/migrate');
  await migrateToLatest(database);
  const have = await projectCount(database);
  await database.close();
  if (have >= projects) return;
  const started = performance.now();
  await run('npx', ['tsx', 'apps/server/src/cli/seed.ts', '--projects', String(projects), '--concepts', '300', '--seed', String(seed)], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', DEMO_CONTENT: 'false', ...(target.url ? { DATABASE_URL: target.url } : { DATABASE_URL: '', DATA_DIR: target.dataDir }) },
    maxBuffer: 16 << 20,
  });
  process.stderr.write(`seeded ${projects} projects in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

async function startServer(target: { url?: string; dataDir?: string }, port: number) {
  const child = spawn('npx', ['tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    // Its own process group: npx, tsx and node all stop together.
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEMO_CONTENT: 'false',
      // Requests carry X-Forwarded-For visitor addresses, as behind the load balancer (per-visitor limits).
      TRUST_PROXY: 'true',
      ...(target.url ? { DATABASE_URL: target.url } : { DATABASE_URL: '', DATA_DIR: target.dataDir }),
    },
  });
  for (let i = 0; i < 600; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (up) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  stopServer(child);
  throw new Error('the server did not start');
}

function stopServer(child: ReturnType<typeof spawn>): void {
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
}

async function benchOne(label: string, target: { url?: string; dataDir?: string }, projects: number, port: number) {
  await ensureSeeded(target, projects);
  const samples = sampleQueries(seed, 300, { projectCount: projects, projectSeed: seed }).map((s) => ({ kind: s.kind, q: s.query }));
  const rows: string[] = [];
  // SQL first: PGlite is one process's embedded database, it cannot be open here and in the server at once.
  const database = await openDatabase({ url: target.url, dataDir: target.dataDir ?? 'unused', poolMax: 16, acquireTimeoutMs: 30_000 });
  await drive(samples, 100, 1, (s) => sqlSearch(database, s.q));
  const sql1 = await drive(samples, requests, 1, (s) => sqlSearch(database, s.q));
  const sql16 = await drive(samples, requests, 16, (s) => sqlSearch(database, s.q));
  await database.close();

  const server = await startServer(target, port);
  const client = createHttpClient(`http://127.0.0.1:${port}`);
  let failures = 0;
  const httpSearch = async (s: Sample, n: number) => {
    const reply = await client.send({ method: 'GET', path: `/api/search?q=${encodeURIComponent(s.q)}`, ip: visitorIp(n + 1), expect: 200 });
    if (reply.status !== 200) failures++;
  };
  await drive(samples, 100, 1, httpSearch);
  const http1 = await drive(samples, requests, 1, httpSearch);
  const http16 = await drive(samples, requests, 16, httpSearch);
  client.close();
  stopServer(server);
  // PGlite's files must be released before anything else opens them.
  await new Promise((r) => setTimeout(r, 2_000));

  const line = (what: string, f: Figures) => `| ${label} | ${what} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.rps.toFixed(0)} |`;
  rows.push(line('SQL, concurrency 1', sql1.all), line('HTTP, concurrency 1', http1.all), line('SQL, concurrency 16', sql16.all), line('HTTP, concurrency 16', http16.all));
  const kinds = [...http1.byKind.entries()].map(([kind, ms]) => {
    const sqlMs = sql1.byKind.get(kind) ?? [];
    return `| ${label} | ${kind} | ${figures(sqlMs, 1).p50.toFixed(1)} / ${figures(sqlMs, 1).p95.toFixed(1)} | ${figures(ms, 1).p50.toFixed(1)} / ${figures(ms, 1).p95.toFixed(1)} |`;
  });
  return { rows, kinds, failures };
}

async function startPostgres(): Promise<string> {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const { stdout } = await run('bash', [path.join(root, 'scripts/services/pg-up.sh')], { timeout: 600_000 });
  const url = /^DATABASE_URL=(\S+)/m.exec(stdout)?.[1];
  if (!url) throw new Error('pg-up.sh printed no DATABASE_URL');
  process.stderr.write(`PostgreSQL + PgBouncer started (stop with scripts/services/pg-down.sh ${/^PG_BASE=(\S+)/m.exec(stdout)?.[1]})\n`);
  return url;
}

const pgProjects = env('BENCH_PG_PROJECTS', 100_000);
const pgliteProjects = env('BENCH_PGLITE_PROJECTS', 10_000);
const pgliteDir = process.env.BENCH_PGLITE_DIR ?? path.join(root, 'data', 'bench-search-pglite');
await mkdir(pgliteDir, { recursive: true });

const pg = await benchOne(`PostgreSQL 15 + PgBouncer, ${pgProjects.toLocaleString('en')} projects`, { url: await startPostgres() }, pgProjects, 18_181);
const lite = await benchOne(`PGlite, ${pgliteProjects.toLocaleString('en')} projects`, { dataDir: pgliteDir }, pgliteProjects, 18_182);

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const memory = (await run('free', ['-h'])).stdout.split('\n')[1]?.trim().split(/\s+/)[1] ?? '?';
const load = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
process.stdout.write(`## Search

\`npm run bench:search\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${os.cpus().length} cores (nproc), ${cpu},
${memory} memory (free -h), Node ${process.versions.node}; load average at the end ${load} (1 / 5 / 15 min: other work shared the
machine). ${requests} queries per row, from a mix of ${samples()}; the first 100 of each run are a warm-up.
"SQL" is the same queries' SQL (word corrections, then projects and concepts) timed from the bench
process on the same pool settings; "HTTP" is \`GET /api/search?q=\` against a server process (keep-alive, one
X-Forwarded-For address per request so that per-visitor limits apply as in production). Failures: ${pg.failures + lite.failures}.

| database | path | p50 ms | p95 ms | p99 ms | req/s |
| --- | --- | ---: | ---: | ---: | ---: |
${[...pg.rows, ...lite.rows].join('\n')}

By kind of query, concurrency 1 (p50 / p95 ms):

| database | kind | SQL | HTTP |
| --- | --- | ---: | ---: |
${[...pg.kinds, ...lite.kinds].join('\n')}
`);

function samples(): string {
  return 'exact titles, typos, missing accents, two words, rare words and common words (content/sample-queries.ts, seed 42)';
}
process.exit(0);

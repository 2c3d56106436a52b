/**
 * `npm run bench:upload`: a 4.5 MB photo-like JPEG uploaded end to end over HTTP (receive, check the
 * type from the bytes, re-encode, three WebP variants and the original, store and verify,
 * commit the row), on local disk and on a real S3 (OpenStack Swift, started here by
 * scripts/services/s3-up.sh), plus sharp alone on the same images in the same run. Prints a Markdown
 * section for bench/BENCHMARKS.md. Every upload is a distinct file, so content addressing never skips
 * a write. Target (issue 4): p95 ≤ 600 ms.
 */
import { execFile } from 'node:child_process';
import { cpus, freemem, getPriority, loadavg, totalmem } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { openDatabase } from '../apps/server/src/db/connection';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { registerUser } from '../apps/server/src/features/accounts/service';
import { processImage } from '../apps/server/src/features/media/images';
import { encodePhoto, photoPixels } from '../apps/server/test/images';

const run = promisify(execFile);
const warmup = 3;
const measured = Number(process.env.BENCH_UPLOADS ?? 25);
const secret = 'bench-secret-bench-secret-bench-secret-0123';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Wall time, and the CPU time this process spent (user + system): on a shared, loaded machine the second still says what the work costs. */
interface Sample {
  wall: number;
  cpu: number;
}
type Summary = { n: number; p50: number; p95: number; max: number; cpuP50: number };

function summary(samples: Sample[]): Summary {
  const sorted = samples.map((s) => s.wall).sort((a, b) => a - b);
  const cpu = samples.map((s) => s.cpu).sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1]!, cpuP50: percentile(cpu, 50) };
}

async function timed(work: () => Promise<unknown>): Promise<Sample> {
  const [start, cpuStart] = [performance.now(), process.cpuUsage()];
  await work();
  const cpu = process.cpuUsage(cpuStart);
  return { wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 };
}
const ms = (v: number) => `${Math.round(v)} ms`;

/** Distinct photo-like JPEGs of about 4.5 MB: the same grain, a different stripe of pixels in each. */
async function makePhotos(count: number): Promise<Buffer[]> {
  const photo = await photoPixels();
  const row = photo.width * 3;
  const photos: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const pixels = Buffer.from(photo.pixels);
    pixels.fill(i * 7, i * row, (i + 1) * row);
    photos.push(await encodePhoto({ ...photo, pixels }));
  }
  return photos;
}

async function startSwift(): Promise<{ env: Record<string, string>; stop: () => Promise<void> }> {
  const { stdout } = await run('bash', ['scripts/services/s3-up.sh'], { timeout: 600_000 });
  const vars = Object.fromEntries(stdout.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()]));
  return {
    env: {
      USE_S3_STORAGE: 'true',
      R2_ACCESS_KEY_ID: vars.S3_ACCESS_KEY_ID!,
      R2_SECRET_ACCESS_KEY: vars.S3_SECRET_ACCESS_KEY!,
      R2_BUCKET_NAME: vars.S3_BUCKET!,
      R2_ENDPOINT_URL: vars.S3_ENDPOINT!,
      AWS_S3_REGION_NAME: 'us-east-1',
    },
    stop: async () => void (await run('bash', ['scripts/services/s3-down.sh', vars.S3_BASE!])),
  };
}

/** One server on an embedded PGlite in a fresh data directory, listening on a loopback port. */
async function uploadTimes(photos: Buffer[], env: Record<string, string>): Promise<Sample[]> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'egoejo-bench-'));
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: dataDir, DEMO_CONTENT: 'false', JWT_SECRET: secret, MEDIA_SWEEP_CRON: 'off', ...env });
  const database = await openDatabase({ dataDir, poolMax: 1, acquireTimeoutMs: 10_000 });
  await migrateToLatest(database);
  const { app, ctx } = await buildApp({ config, database, signingSecret: new TextEncoder().encode(secret) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const user = await registerUser(ctx.db, { email: `bench.${Date.now()}@example.org`, password: 'banc-d-essai-photos', displayName: 'Bench' });
  const token = await ctx.tokens.issue({ userId: user.id, role: 'member' });
  const times: Sample[] = [];
  try {
    for (const [i, photo] of photos.entries()) {
      const form = new FormData();
      form.append('alt', 'Photo de banc d’essai');
      form.append('file', new Blob([photo], { type: 'image/jpeg' }), `photo-${i}.jpg`);
      const sample = await timed(async () => {
        const reply = await fetch(`http://127.0.0.1:${port}/api/media`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
        const body = await reply.text();
        if (reply.status !== 201) throw new Error(`upload ${i} answered ${reply.status}: ${body}`);
      });
      if (i >= warmup) times.push(sample);
    }
  } finally {
    await app.close();
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return times;
}

async function sharpTimes(photos: Buffer[]): Promise<Sample[]> {
  const times: Sample[] = [];
  for (const [i, photo] of photos.entries()) {
    const sample = await timed(() => processImage(photo, 'image/jpeg'));
    if (i >= warmup) times.push(sample);
  }
  return times;
}

const photos = await makePhotos(warmup + measured);
const sizeMb = photos.reduce((s, p) => s + p.length, 0) / photos.length / 1e6;
const swift = await startSwift();
const load = loadavg()[0]!;
let results;
try {
  results = {
    sharp: summary(await sharpTimes(photos)),
    local: summary(await uploadTimes(photos, {})),
    s3: summary(await uploadTimes(photos, swift.env)),
  };
} finally {
  await swift.stop();
}
const loadAfter = loadavg()[0]!;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const line = (name: string, r: Summary) => `| ${name} | ${r.n} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${ms(r.cpuP50)} |`;
process.stdout.write(
  [
    `## Media upload (${new Date().toISOString().slice(0, 10)}, \`npm run bench:upload\`)`,
    '',
    `Machine: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free), Node ${process.versions.node}, sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}, sharp concurrency ${sharp.concurrency()}; load average ${load.toFixed(1)} before, ${loadAfter.toFixed(1)} after; nice ${getPriority()}.`,
    `Input: ${measured} distinct photo-like 4000×3000 JPEGs of ${sizeMb.toFixed(2)} MB on average (${warmup} more before, as warm-up). Server on an embedded PGlite, HTTP on loopback, one upload at a time. CPU: user + system time of the bench process (server and client; not Swift's own processes).`,
    '',
    '| what | uploads | p50 | p95 | max | CPU p50 |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    line('sharp alone: decode, orient, original JPEG + WebP 1920/960/320', results.sharp),
    line('end to end, local disk (fsync, read back, verify, commit)', results.local),
    line('end to end, Swift S3 on loopback (put, HEAD: size + MD5 ETag, commit)', results.s3),
    '',
    `Target p95 ≤ 600 ms: local ${results.local.p95 <= 600 ? 'met' : 'NOT met'}, S3 ${results.s3.p95 <= 600 ? 'met' : 'NOT met'}.`,
    '',
  ].join('\n'),
);

/**
 * `npm run bench:load` (issue 8): the whole site under a realistic mix, through a real nginx in front of
 * three server processes, on PostgreSQL 15 behind PgBouncer (transaction pooling, pool 8), Redis and
 * Swift S3, all on this machine. The database holds the demo content and a generated catalogue.
 *
 * - Ramp: browsing and search 70 %, chat over WebSocket 20 %, votes, uploads and sign-ups 10 %, in steps
 *   of rising rate until saturation (errors, throughput no longer growing, or p99 exploding).
 * - A CPU profile of one server process at the saturation rate.
 * - 1,000 WebSocket clients connected at once, chatting, with the PostgreSQL connections at that moment.
 * - `--soak 600`: then (or alone, with `--no-ramp`) the mix at a moderate rate for that many seconds —
 *   `--soak-rate`, by default 40 % of the best throughput of the ramp (100 ops/s without one) — with the
 *   memory (RSS and V8 heap) of each process every 10 s and its trend, after a 30 s warm-up.
 *
 * Prints a Markdown section for BENCHMARKS.md. Options: --steps 50,100,… --step-seconds 30 --projects 10000
 * --ws-clients 1000 --profile-seconds 20 --soak <s> --soak-rate <ops/s> --no-ramp. Each section is printed as
 * soon as it is measured. Traffic goes to 127.0.0.1 only.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { ApiPath, pathWith } from '@egoejo/contracts';
import { freePort, launchCluster } from '../apps/server/test/cluster/launch';
import { withDatabase } from '../apps/server/test/services';
import { type ChatFleet, connectFleet } from './load-chat';
import { createHttpClient, visitorIp } from './load-http';
import { type MixContext, runMix, type StepResult } from './load-mix';
import { createPgWatch, heapUsedMb, procSample, watch, type Window } from './load-monitor';
import { startProfile, summariseProfile } from './load-profile';
import { kindTable, type MemorySample, overTime, profileSection, saturation, soakSection, stepTable, summarise, type StepSummary } from './load-report';
import { pgBouncerPoolSize, prepareDatabase, smallJpegs, startServices } from './load-setup';

const { values: args } = parseArgs({
  options: {
    steps: { type: 'string', default: '25,50,75,100,150,200,300,400,600,800,1000' },
    'step-seconds': { type: 'string', default: '30' },
    projects: { type: 'string', default: '10000' },
    'ws-clients': { type: 'string', default: '1000' },
    'profile-seconds': { type: 'string', default: '20' },
    soak: { type: 'string' },
    'soak-rate': { type: 'string' },
    'no-ramp': { type: 'boolean', default: false },
  },
});
const positive = (name: string, raw: string | undefined, max: number) => {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new Error(`--${name} must be a number from 1 to ${max}`);
  return n;
};
const steps = (args.steps ?? '').split(',').map((s) => positive('steps', s, 20_000)).slice(0, 30);
const stepSeconds = positive('step-seconds', args['step-seconds'], 600);
const projects = positive('projects', args.projects, 1_000_000);
const wsClients = positive('ws-clients', args['ws-clients'], 5_000);
const profileSeconds = positive('profile-seconds', args['profile-seconds'], 300);
const soakSeconds = args.soak === undefined ? null : positive('soak', args.soak, 7_200);
const soakRateGiven = args['soak-rate'] === undefined ? null : positive('soak-rate', args['soak-rate'], 5_000);
const ramp = !args['no-ramp'];
const chatFleetSize = 300;

const log = (line: string) => process.stderr.write(`[load ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
/** Each section goes out as soon as it is measured: a failure later loses nothing. */
const command = `npm run bench:load${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const print = (...lines: string[]) => process.stdout.write(`${lines.join('\n')}\n\n`);
const loadBefore = loadavg();

log('starting PostgreSQL + PgBouncer, Redis, Swift S3');
const services = await startServices();
let stopCluster: (() => Promise<void>) | null = null;
try {
  const seedStarted = performance.now();
  const fixtures = await prepareDatabase(services.cluster, { projects, memberCount: Math.max(wsClients, chatFleetSize) });
  log(`database ${fixtures.database} seeded in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s:\n${fixtures.seedLog}`);
  const images = await smallJpegs(soakSeconds ? 600 : 400);
  const inspectorPort = await freePort();
  const cluster = await launchCluster(services.cluster, {
    processes: 3,
    database: fixtures.database,
    env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', JWT_SECRET: fixtures.jwtSecret, DB_POOL_MAX: '3' },
    nodeArgs: (index) => (index === 0 ? [`--inspect=127.0.0.1:${inspectorPort}`] : []),
  });
  stopCluster = cluster.stop;
  const pids = cluster.servers.map((s) => s.child.pid!);
  const pgWatch = createPgWatch(services.pgbAdminUrl, withDatabase(services.cluster.pgDirectUrl, fixtures.database), fixtures.database);
  const http = createHttpClient(cluster.url);
  log(`cluster up at ${cluster.url} (pids ${pids.join(', ')})`);

  // The poll everyone votes in: created and opened by the first member, results visible to all.
  const owner = { ip: visitorIp(999_999), token: fixtures.members[0]!.token };
  const created = await http.send({
    method: 'POST', path: ApiPath.polls, ...owner, expect: 201,
    json: { question: 'Quel jour pour la grande plantation de haies ?', method: 'single', resultsVisibility: 'always', options: [{ label: 'Samedi' }, { label: 'Dimanche' }, { label: 'Mercredi' }] },
  });
  if (created.status !== 201) throw new Error(`poll creation answered ${created.status}: ${created.body}`);
  const poll = JSON.parse(created.body) as { id: number; options: { id: number }[] };
  const opened = await http.send({ method: 'POST', path: pathWith(ApiPath.pollOpen, { id: poll.id }), ...owner, expect: 200 });
  if (opened.status !== 200) throw new Error(`poll opening answered ${opened.status}: ${opened.body}`);

  const members = fixtures.members.map((m, i) => ({ token: m.token, thread: m.thread, ip: visitorIp(100_000 + i) }));
  const ctx: MixContext = { http, chat: await connectFleet(cluster.wsUrl, members.slice(0, chatFleetSize)), fixtures, images, poll: { id: poll.id, optionIds: poll.options.map((o) => o.id) } };

  /** One step with the monitor's window over its sending period. */
  const measured = async (rate: number, seconds: number, options: { only?: string[]; chat?: ChatFleet } = {}): Promise<{ step: StepResult; window: Window }> => {
    const monitor = watch(pids, pgWatch);
    let window: Window | null = null;
    const step = await runMix({ ...ctx, chat: options.chat ?? ctx.chat }, rate, seconds, { only: options.only, sendingDone: () => (window = monitor.stop()) });
    return { step, window: window ?? monitor.stop() };
  };

  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
  const setting = `3 server processes (NODE_ENV=production, DB_POOL_MAX=3, jobs inline) behind nginx (1 worker), PostgreSQL 15 through PgBouncer (transaction pooling, default_pool_size ${pgBouncerPoolSize}), Redis 7, Swift S3; ${fixtures.projectSlugs.length.toLocaleString('en')} published projects, ${fixtures.conceptSlugs.length} concepts, ${fixtures.members.length} members; the load generator (one Node process) shares the machine`;

  let bestThroughput: number | null = null;
  if (ramp) {
    log('warm-up: 15 s at the first rate');
    await runMix(ctx, steps[0]!, 15);
    const rows: { summary: StepSummary; window: Window; note: string; step: StepResult }[] = [];
    let saturatedAt: number | null = null;
    for (const rate of steps) {
      const { step, window } = await measured(rate, stepSeconds);
      const summary = summarise(step);
      const reason = saturation(summary, rows.at(-1)?.summary, rows[0]?.summary ?? summary);
      const note = `${reason ? `**saturated: ${reason}**; ` : ''}chat deliveries ${step.chat.delivered} / ${step.chat.expected}`;
      rows.push({ summary, window, note, step });
      log(`${rate} ops/s → ${summary.throughput.toFixed(0)}/s, p50 ${summary.p50.toFixed(0)} p99 ${summary.p99.toFixed(0)} ms, errors ${summary.errors}, 5xx ${summary.serverErrors}, server CPU ${window.serverCpu.toFixed(0)} %, PG ${window.pg.pgbServerMax}/${window.pg.pgBackendsMax}${reason ? ` — saturated: ${reason}` : ''}`);
      if (reason) {
        saturatedAt = rate;
        break;
      }
      await new Promise((r) => setTimeout(r, 3_000)); // let queues empty between steps
    }
    const best = rows.reduce((a, b) => (b.summary.throughput > a.summary.throughput ? b : a));

    const profileRate = saturatedAt ?? steps.at(-1)!;
    log(`profiling process 1 for ${profileSeconds} s at ${profileRate} ops/s`);
    const profiler = await startProfile(inspectorPort);
    const profiled = await measured(profileRate, profileSeconds);
    const profile = await summariseProfile(await profiler.stop(), process.env.LOAD_PROFILE_PATH);
    await ctx.chat.close();

    log(`${wsClients} WebSocket clients at once`);
    await new Promise((r) => setTimeout(r, 3_000));
    const connectStarted = performance.now();
    const crowd = await connectFleet(cluster.wsUrl, members.slice(0, wsClients));
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    const idle = watch(pids, pgWatch);
    await new Promise((r) => setTimeout(r, 10_000));
    const idleWindow = idle.stop();
    const chatRate = Math.round(wsClients / 10); // each member sends one message every 10 s
    const talking = await measured(chatRate, 20, { only: ['chat send'], chat: crowd });
    const closedEarly = crowd.closedEarly();
    await crowd.close();

    bestThroughput = best.summary.throughput;
    print(
      `### Load (cluster) (${new Date().toISOString().slice(0, 10)}, \`${command}\`)`,
      '',
      `Machine: ${machine}; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before the run. ${setting}. Mix: projects list 16 %, project detail 22 %, concepts list 3 %, concept detail 3 %, constellation 4 %, search 22 % (sampleQueries), chat message.send over WebSocket 20 % (${chatFleetSize} clients in threads of 10), poll ballots 7 %, 640×480 JPEG uploads 2 %, sign-ups 1 %; open loop, ${stepSeconds} s per step, after a 15 s warm-up.`,
      '',
      `Saturation: ${saturatedAt ? `at ${saturatedAt} ops/s offered` : 'not reached'}; best throughput ${best.summary.throughput.toFixed(0)} ops/s (offered ${best.summary.rate}). Latencies are per operation (chat: send → ack).`,
      '',
      stepTable(rows),
      '',
      overTime([...rows, { summary: summarise(profiled.step), window: profiled.window }]),
      '',
      `Profile step (${profileRate} ops/s, ${profileSeconds} s):`,
      '',
      stepTable([{ summary: summarise(profiled.step), window: profiled.window, note: 'process 1 profiled' }]),
      '',
      profileSection(profile, cluster.servers[0]!.port),
      '',
      `#### ${wsClients} WebSocket clients at once`,
      '',
      `${wsClients} members connected, authenticated and subscribed through nginx in ${connectSeconds.toFixed(1)} s (threads of 10). Idle for 10 s: PostgreSQL server connections (SHOW POOLS) ≤ ${idleWindow.pg.pgbServerMax}, pg_stat_activity ≤ ${idleWindow.pg.pgBackendsMax}, server RSS ${idleWindow.serverRssMaxMb.toFixed(0)} MB (3 processes). Then ${chatRate} messages/s for 20 s:`,
      '',
      stepTable([{ summary: summarise(talking.step), window: talking.window, note: `chat deliveries ${talking.step.chat.delivered} / ${talking.step.chat.expected}; sockets closed early ${closedEarly}` }]),
      '',
      '#### Per kind',
      '',
      kindTable([...rows.map((r) => r.step), talking.step]),
    );
  }
  if (soakSeconds) {
    const soakRate = soakRateGiven ?? (bestThroughput ? Math.round(bestThroughput * 0.4) : 100);
    if (ramp) ctx.chat = await connectFleet(cluster.wsUrl, members.slice(0, chatFleetSize));
    log(`soak: 30 s warm-up, then ${soakRate} ops/s for ${soakSeconds} s`);
    await runMix(ctx, soakRate, 30);
    const samples: MemorySample[] = [];
    const started = performance.now();
    const sample = async () => {
      samples.push({ seconds: (performance.now() - started) / 1000, rssMb: pids.map((pid) => procSample(pid).rssMb), heapMb: await Promise.all(cluster.servers.map((s) => heapUsedMb(s.port))) });
    };
    await sample();
    const sampler = setInterval(() => void sample(), 10_000);
    const { step, window } = await measured(soakRate, soakSeconds);
    clearInterval(sampler);
    print(
      `### Soak (${new Date().toISOString().slice(0, 10)}, \`${command}\`)`,
      '',
      `Machine: ${machine}. ${setting}. ${ramp ? 'After the ramp above, in the same cluster: ' : ''}${soakRate} operations/s of the mix for ${soakSeconds} s after a 30 s warm-up; memory of each server process every 10 s (RSS from /proc, V8 heap used from its /metrics).`,
      '',
      stepTable([{ summary: summarise(step), window, note: `chat deliveries ${step.chat.delivered} / ${step.chat.expected}; sockets closed early ${ctx.chat.closedEarly()}` }]),
      '',
      soakSection(samples),
      '',
      kindTable([step]),
    );
    await ctx.chat.close();
  }
  http.close();
  await pgWatch.close();
} finally {
  await stopCluster?.().catch((error: unknown) => log(`cluster stop: ${String(error)}`));
  await services.stop();
}

/**
 * What `npm run bench:load` watches while it runs, once a second: CPU and memory of the server processes
 * (from /proc), the machine's CPU, this load generator's own CPU (it shares the machine), and the
 * PostgreSQL server connections — PgBouncer's `SHOW POOLS` for the database and `pg_stat_activity`
 * read straight from PostgreSQL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

const ticksPerSecond = 100; // USER_HZ on Linux

/** CPU seconds (user + system) and resident memory (MB) of a process, from /proc. */
export function procSample(pid: number): { cpu: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '0';
  return { cpu: (Number(stat[11]) + Number(stat[12])) / ticksPerSecond, rssMb: Number(rss) / 1024 };
}

/** Busy and total jiffies of all CPUs, from /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((s, v) => s + v, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/** CPU ticks of every process on the machine, summed by program name (`comm`): where the machine's CPU goes. */
function ticksByProgram(): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks.set(name, (ticks.get(name) ?? 0) + Number(fields[11]) + Number(fields[12]));
  }
  return ticks;
}

/** The V8 heap in use of a server process, from its Prometheus metrics (prom-client's default metrics). */
export async function heapUsedMb(port: number): Promise<number | null> {
  const text = await fetch(`http://127.0.0.1:${port}/metrics`).then((r) => r.text(), () => '');
  const match = /^nodejs_heap_size_used_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(text);
  return match ? Number(match[1]) / 2 ** 20 : null;
}

export interface PgConnections {
  /** Server connections PgBouncer holds for the database (active + idle + used + tested + login). */
  pgbServer: number;
  pgbActive: number;
  /** Clients waiting for a server connection. */
  pgbWaiting: number;
  /** Backends of the database in pg_stat_activity (this monitor's own connection excluded). */
  pgBackends: number;
}

export function createPgWatch(pgbAdminUrl: string, directUrl: string, database: string) {
  // Pools of one: a connection that drops (a restart, an idle cut) is replaced at the next sample.
  const bouncer = new pg.Pool({ connectionString: pgbAdminUrl, max: 1 });
  const direct = new pg.Pool({ connectionString: directUrl, max: 1 });
  for (const pool of [bouncer, direct]) pool.on('error', () => undefined);
  return {
    sample: async (): Promise<PgConnections> => {
      const [pools, activity] = await Promise.all([
        bouncer.query('SHOW POOLS'),
        direct.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]),
      ]);
      const sum: PgConnections = { pgbServer: 0, pgbActive: 0, pgbWaiting: 0, pgBackends: (activity.rows[0] as { n: number }).n };
      for (const row of pools.rows as Record<string, string>[]) {
        if (row.database !== database) continue;
        sum.pgbServer += ['sv_active', 'sv_idle', 'sv_used', 'sv_tested', 'sv_login'].reduce((s, k) => s + Number(row[k] ?? 0), 0);
        sum.pgbActive += Number(row.sv_active ?? 0);
        sum.pgbWaiting += Number(row.cl_waiting ?? 0);
      }
      return sum;
    },
    close: async () => {
      await Promise.all([bouncer.end().catch(() => undefined), direct.end().catch(() => undefined)]);
    },
  };
}

export type PgWatch = ReturnType<typeof createPgWatch>;

export interface Window {
  seconds: number;
  /** CPU of the server processes together, in % of one core; and each one's. */
  serverCpu: number;
  serverCpuEach: number[];
  serverRssMaxMb: number;
  machineCpu: number;
  /** This load generator's CPU, in % of one core. */
  clientCpu: number;
  /** The programs that used the most CPU, in % of one core (processes that ended meanwhile are not counted). */
  programs: { name: string; cpu: number }[];
  pg: { pgbServerMax: number; pgbActiveMax: number; pgbWaitingMax: number; pgBackendsMax: number };
  pgSeries: PgConnections[];
}

/** Samples every second until `stop()`; returns the window's figures. */
export function watch(pids: number[], pgWatch: PgWatch) {
  const started = performance.now();
  const cpu0 = pids.map((pid) => procSample(pid).cpu);
  const machine0 = machineTicks();
  const client0 = process.cpuUsage();
  const programs0 = ticksByProgram();
  let rssMax = 0;
  const pgSeries: PgConnections[] = [];
  const tick = async () => {
    rssMax = Math.max(rssMax, pids.reduce((s, pid) => s + procSample(pid).rssMb, 0));
    pgSeries.push(await pgWatch.sample().catch(() => ({ pgbServer: NaN, pgbActive: NaN, pgbWaiting: NaN, pgBackends: NaN })));
  };
  void tick();
  const timer = setInterval(() => void tick(), 1_000);
  return {
    stop: (): Window => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const cpuEach = pids.map((pid, i) => ((procSample(pid).cpu - cpu0[i]!) / seconds) * 100);
      const machine = machineTicks();
      const client = process.cpuUsage(client0);
      const programs = [...ticksByProgram()]
        .map(([name, ticks]) => ({ name, cpu: ((ticks - (programs0.get(name) ?? 0)) / ticksPerSecond / seconds) * 100 }))
        .sort((a, b) => b.cpu - a.cpu)
        .slice(0, 8);
      const max = (k: keyof PgConnections) => Math.max(0, ...pgSeries.map((s) => s[k]).filter((v) => !Number.isNaN(v)));
      return {
        seconds,
        serverCpu: cpuEach.reduce((s, v) => s + v, 0),
        serverCpuEach: cpuEach,
        serverRssMaxMb: rssMax,
        machineCpu: ((machine.busy - machine0.busy) / (machine.total - machine0.total)) * 100,
        clientCpu: ((client.user + client.system) / 1e6 / seconds) * 100,
        programs,
        pg: { pgbServerMax: max('pgbServer'), pgbActiveMax: max('pgbActive'), pgbWaitingMax: max('pgbWaiting'), pgBackendsMax: max('pgBackends') },
        pgSeries,
      };
    },
  };
}

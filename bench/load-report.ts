/**
 * Figures and Markdown tables of `npm run bench:load`: per step (all operations together) and per kind,
 * the saturation rule, the WebSocket phase, the CPU profile and the soak's memory trend.
 */
import type { KindStats, Stats } from './load-http';
import type { StepResult } from './load-mix';
import type { Window } from './load-monitor';
import type { ProfileSummary } from './load-profile';

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const ms = (v: number) => (Number.isNaN(v) ? '–' : v < 10 ? `${v.toFixed(1)} ms` : `${Math.round(v)} ms`);
const fixed = (v: number, digits = 0) => (Number.isNaN(v) ? '–' : v.toFixed(digits));

/** Kinds that are not one user operation: deliveries are counted per receiver, shed operations never ran. */
const notOperations = new Set(['chat delivery', 'client shed']);

export interface StepSummary {
  rate: number;
  throughput: number;
  count: number;
  errors: number;
  serverErrors: number;
  p50: number;
  p95: number;
  p99: number;
  shed: number;
}

export function summarise(step: StepResult): StepSummary {
  const latencies: number[] = [];
  let count = 0;
  let errors = 0;
  let serverErrors = 0;
  for (const [kind, s] of step.stats) {
    if (kind === 'client shed') continue;
    serverErrors += fiveXx(s);
    if (notOperations.has(kind)) continue;
    latencies.push(...s.latencies);
    count += s.latencies.length;
    errors += s.errors;
  }
  latencies.sort((a, b) => a - b);
  return { rate: step.rate, throughput: step.throughput, count, errors, serverErrors, p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99), shed: step.shed };
}

const fiveXx = (s: KindStats) => [...s.outcomes].filter(([o]) => o.startsWith('5')).reduce((sum, [, n]) => sum + n, 0);

/** Why a step counts as saturated, or null: errors, the client's bound, throughput no longer growing, or p99 exploding. */
export function saturation(current: StepSummary, previous: StepSummary | undefined, first: StepSummary): string | null {
  if (current.errors > current.count * 0.01) return `errors ${((current.errors / current.count) * 100).toFixed(1)} %`;
  if (current.shed > 0) return `${current.shed} operations shed (over 2,000 in flight)`;
  if (previous && current.throughput < previous.throughput * 1.05 && current.rate > previous.rate) return 'throughput stopped growing';
  if (current.p99 > Math.max(1_000, first.p99 * 10)) return `p99 ${ms(current.p99)} (> 10× the first step's)`;
  return null;
}

export function stepTable(rows: { summary: StepSummary; window: Window; note: string }[]): string {
  const lines = [
    '| offered ops/s | answered ops/s | p50 | p95 | p99 | errors | 5xx | server CPU (3 processes, % of a core) | machine CPU | load generator CPU | server RSS (sum, max) | PG server conns (SHOW POOLS, max) | pg_stat_activity (max) | clients waiting (max) | note |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const { summary: s, window: w, note } of rows) {
    const each = w.serverCpuEach.map((c) => fixed(c)).join(' + ');
    lines.push(
      `| ${s.rate} | ${fixed(s.throughput)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.errors} | ${s.serverErrors} | ${fixed(w.serverCpu)} % (${each}) | ${fixed(w.machineCpu)} % | ${fixed(w.clientCpu)} % | ${fixed(w.serverRssMaxMb)} MB | ${w.pg.pgbServerMax} | ${w.pg.pgBackendsMax} | ${w.pg.pgbWaitingMax} | ${note} |`,
    );
  }
  return lines.join('\n');
}

/** PostgreSQL server connections each second of each step (SHOW POOLS / pg_stat_activity), and where the CPU went. */
export function overTime(rows: { summary: StepSummary; window: Window }[]): string {
  const lines = rows.map(({ summary, window }) => {
    const series = window.pgSeries.map((p) => `${p.pgbServer}/${p.pgBackends}`).join(' ');
    const programs = window.programs.map((p) => `${p.name} ${p.cpu.toFixed(0)} %`).join(', ');
    return `- ${summary.rate} ops/s — PG connections per second: ${series}; CPU by program (% of a core): ${programs}`;
  });
  return `<details><summary>Over time: PostgreSQL connections each second (PgBouncer server connections / pg_stat_activity) and CPU by program, per step</summary>\n\n${lines.join('\n')}\n\n</details>`;
}

function outcomes(s: KindStats): string {
  const bad = [...s.outcomes].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return bad.map(([o, n]) => `${o}: ${n}`).join(', ');
}

export function kindTable(steps: { rate: number; stats: Stats; seconds: number }[]): string {
  const lines = ['| offered ops/s | kind | answered | per s | p50 | p95 | p99 | errors | outcomes |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |'];
  for (const step of steps) {
    for (const [kind, s] of [...step.stats].sort((a, b) => a[0].localeCompare(b[0]))) {
      const sorted = [...s.latencies].sort((a, b) => a - b);
      lines.push(
        `| ${step.rate} | ${kind} | ${s.latencies.length} | ${fixed(s.latencies.length / step.seconds, 1)} | ${ms(pct(sorted, 50))} | ${ms(pct(sorted, 95))} | ${ms(pct(sorted, 99))} | ${s.errors} | ${outcomes(s)} |`,
      );
    }
  }
  return lines.join('\n');
}

export function profileSection(p: ProfileSummary, port: number): string {
  return [
    `CPU profile of one server process (port ${port}) for ${p.seconds.toFixed(0)} s at saturation, sampled every 1 ms; the process was busy ${p.busyPercent.toFixed(0)} % of the time. Self time per module and per function, and the time each module spent on the stack:`,
    '',
    '| module | self | | module | on the stack (inclusive) |',
    '| --- | ---: | --- | --- | ---: |',
    ...p.modules.map((m, i) => {
      const inclusive = p.modulesInclusive[i];
      return `| ${m.name} | ${m.percent.toFixed(1)} % | | ${inclusive?.name ?? ''} | ${inclusive ? `${inclusive.percent.toFixed(1)} %` : ''} |`;
    }),
    '',
    '| function | share of samples |',
    '| --- | ---: |',
    ...p.functions.map((f) => `| \`${f.name}\` | ${f.percent.toFixed(1)} % |`),
  ].join('\n');
}

/** Least-squares slope of y over x. */
export function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return NaN;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  const num = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
  const den = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return den ? num / den : NaN;
}

export interface MemorySample {
  seconds: number;
  rssMb: number[];
  heapMb: (number | null)[];
}

export function soakSection(samples: MemorySample[]): string {
  const minutes = samples.map((s) => s.seconds / 60);
  const processes = samples[0]?.rssMb.length ?? 0;
  const half = Math.floor(samples.length / 2);
  const trend = (values: number[]) => `${fixed(slope(minutes, values), 2)} MB/min (second half ${fixed(slope(minutes.slice(half), values.slice(half)), 2)})`;
  // The heap is a saw (it grows until a collection): its floor, the least in each third of the run, shows a leak better than its trend.
  const third = Math.max(1, Math.floor(samples.length / 3));
  const floors = (values: number[]) => `${fixed(Math.min(...values.slice(0, third)))} → ${fixed(Math.min(...values.slice(third, 2 * third)))} → ${fixed(Math.min(...values.slice(-third)))} MB`;
  const lines = [
    '| process | RSS first → last | RSS trend | heap used first → last | heap trend | heap floor per third of the run |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (let p = 0; p < processes; p++) {
    const rss = samples.map((s) => s.rssMb[p]!);
    const heap = samples.map((s) => s.heapMb[p]).filter((h): h is number => h !== null);
    const complete = heap.length === samples.length;
    lines.push(
      `| ${p + 1} | ${fixed(rss[0]!)} → ${fixed(rss.at(-1)!)} MB | ${trend(rss)} | ${heap.length ? `${fixed(heap[0]!)} → ${fixed(heap.at(-1)!)} MB` : '–'} | ${complete ? trend(heap) : '–'} | ${complete ? floors(heap) : '–'} |`,
    );
  }
  const series = samples.map((s) => `${Math.round(s.seconds)} s: ${s.rssMb.map((r) => fixed(r)).join('/')} MB RSS, ${s.heapMb.map((h) => (h === null ? '–' : fixed(h))).join('/')} MB heap`);
  return `${lines.join('\n')}\n\n<details><summary>Samples every 10 s (process 1/2/3)</summary>\n\n${series.join('<br>\n')}\n\n</details>`;
}

/**
 * The traffic of `npm run bench:load`: a fixed mix of what people do on EGOEJO, sent open-loop at a given
 * rate (operations start on schedule whether or not earlier ones have finished, as independent visitors
 * do), so a saturated cluster shows as growing latency and errors rather than as a politely slower client.
 */
import { performance } from 'node:perf_hooks';
import { ApiPath, pathWith } from '@egoejo/contracts';
import type { ChatFleet } from './load-chat';
import { type HttpClient, multipart, record, type Stats, visitorIp } from './load-http';
import type { Fixtures } from './load-setup';

export interface MixContext {
  http: HttpClient;
  chat: ChatFleet;
  fixtures: Fixtures;
  images: Buffer[];
  poll: { id: number; optionIds: number[] };
}

type Operation = (ctx: MixContext, stats: Stats, n: number) => Promise<unknown>;

const categories = ['agriculture', 'semences', 'eau', 'transmission', 'habitat', 'biodiversite', 'alimentation'];
/** Distinct visitors: enough that none reaches the per-address limits (300 requests a minute, 5 sign-ups). */
const visitors = 20_000;
const pick = <T>(items: readonly T[], n: number) => items[(n * 7919) % items.length]!;
const member = (ctx: MixContext, n: number) => pick(ctx.fixtures.members, n);

/** Kind, share of all operations in %, and what it does. Browsing and search 70, chat 20, the rest 10. */
export const mix: [kind: string, percent: number, run: Operation][] = [
  ['projects list', 16, (ctx, stats, n) => {
    const filter = n % 3 === 0 ? `&category=${pick(categories, n)}` : '';
    return ctx.http.timed(stats, 'projects list', { method: 'GET', path: `${ApiPath.projects}?limit=20${filter}`, ip: visitorIp(n % visitors), expect: 200 });
  }],
  ['project detail', 22, (ctx, stats, n) =>
    ctx.http.timed(stats, 'project detail', { method: 'GET', path: pathWith(ApiPath.project, { slug: pick(ctx.fixtures.projectSlugs, n) }), ip: visitorIp(n % visitors), expect: 200 })],
  ['concepts list', 3, (ctx, stats, n) =>
    ctx.http.timed(stats, 'concepts list', { method: 'GET', path: `${ApiPath.concepts}?limit=20`, ip: visitorIp(n % visitors), expect: 200 })],
  ['concept detail', 3, (ctx, stats, n) =>
    ctx.http.timed(stats, 'concept detail', { method: 'GET', path: pathWith(ApiPath.concept, { slug: pick(ctx.fixtures.conceptSlugs, n) }), ip: visitorIp(n % visitors), expect: 200 })],
  ['constellation', 4, (ctx, stats, n) =>
    ctx.http.timed(stats, 'constellation', { method: 'GET', path: ApiPath.constellation, ip: visitorIp(n % visitors), expect: 200 })],
  ['search', 22, (ctx, stats, n) =>
    ctx.http.timed(stats, 'search', { method: 'GET', path: `${ApiPath.search}?q=${encodeURIComponent(pick(ctx.fixtures.queries, n))}&limit=20`, ip: visitorIp(n % visitors), expect: 200 })],
  ['chat send', 20, (ctx, stats) => ctx.chat.send(stats)],
  ['vote', 7, (ctx, stats, n) =>
    ctx.http.timed(stats, 'vote', {
      method: 'POST',
      path: pathWith(ApiPath.pollBallots, { id: ctx.poll.id }),
      ip: visitorIp(n % visitors),
      token: member(ctx, n).token,
      json: { optionIds: [pick(ctx.poll.optionIds, n)] },
      expect: 200,
    })],
  ['upload', 2, (ctx, stats, n) =>
    ctx.http.timed(stats, 'upload', {
      method: 'POST',
      path: ApiPath.media,
      ip: visitorIp(n % visitors),
      token: member(ctx, n).token,
      body: multipart({ alt: 'Photo du jardin partagé' }, { name: `jardin-${n}.jpg`, type: 'image/jpeg', bytes: ctx.images[n % ctx.images.length]! }),
      expect: 201,
    })],
  ['sign-up', 1, (ctx, stats, n) =>
    ctx.http.timed(stats, 'sign-up', {
      method: 'POST',
      path: ApiPath.register,
      ip: visitorIp(n % visitors),
      json: { email: `inscription.${process.pid}.${n}.${Date.now()}@example.org`, password: `Une graine de courge bleue ${n}`, displayName: `Nouvelle ${n}` },
      expect: 201,
    })],
];

/** 100 slots in a fixed shuffled order, each kind as often as its percentage: the mix is exact over every 100 operations. */
const schedule: Operation[] = (() => {
  const slots = mix.flatMap(([, percent, run]) => Array.from({ length: percent }, () => run));
  if (slots.length !== 100) throw new Error(`the mix adds up to ${slots.length} %, not 100 %`);
  let seed = 12345;
  for (let i = slots.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  return slots;
})();

export interface StepResult {
  rate: number;
  seconds: number;
  stats: Stats;
  /** Operations that got an answer within the sending window, per second. */
  throughput: number;
  /** Operations not started because too many were already waiting (the client's own bound). */
  shed: number;
  chat: { expected: number; delivered: number };
}

let counter = 0; // across steps, so visitors, slugs and queries keep changing

export interface MixOptions {
  /** Operations to cycle through instead of the full mix (e.g. chat only). */
  only?: string[];
  /** Called when the sending window ends, before waiting for answers (the monitor's window). */
  sendingDone?: () => void;
  maxInFlight?: number;
}

/** Sends the mix at `rate` operations a second for `seconds`, then waits (bounded) for what is still in flight. */
export async function runMix(ctx: MixContext, rate: number, seconds: number, options: MixOptions = {}): Promise<StepResult> {
  const maxInFlight = options.maxInFlight ?? 2_000;
  const operations = options.only ? mix.filter(([kind]) => options.only!.includes(kind)).map(([, , run]) => run) : schedule;
  const stats: Stats = new Map();
  const inFlight = new Set<Promise<unknown>>();
  const start = performance.now();
  const endAt = start + seconds * 1000;
  const total = Math.round(rate * seconds);
  let answeredInWindow = 0;
  let shed = 0;
  let sent = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
      for (; sent < due; sent++) {
        const n = counter++;
        if (inFlight.size >= maxInFlight) {
          shed++;
          record(stats, 'client shed', 'not sent', false, 0);
          continue;
        }
        const op = operations[n % operations.length]!(ctx, stats, n).then(() => {
          if (performance.now() <= endAt) answeredInWindow++;
        });
        inFlight.add(op);
        void op.finally(() => inFlight.delete(op));
      }
      if (sent >= total || performance.now() >= endAt + 1_000) {
        clearInterval(timer);
        options.sendingDone?.();
        resolve();
      }
    }, 5);
  });
  const drained = Promise.all([...inFlight]);
  const [chat] = await Promise.all([ctx.chat.settle(15_000), Promise.race([drained, new Promise((r) => setTimeout(r, 35_000))])]);
  return { rate, seconds, stats, throughput: answeredInWindow / seconds, shed, chat };
}

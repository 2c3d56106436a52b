/**
 * A CPU profile of one server process for `npm run bench:load`, taken through the V8 inspector (the
 * process runs with `--inspect=127.0.0.1:<port>`) while the cluster is saturated, and summarised as the
 * share of samples per function and per module (package, or the app's own folder) — self time.
 */
import { writeFile } from 'node:fs/promises';
import WebSocket from 'ws';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

/** Starts the profiler in the process behind `inspectorPort`; `stop()` returns the profile. */
export async function startProfile(inspectorPort: number): Promise<{ stop: () => Promise<Profile> }> {
  const targets = (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`).then((r) => r.json())) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise((resolve, reject) => (socket.once('open', resolve), socket.once('error', reject)));
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const m = JSON.parse(data.toString()) as { id?: number; result?: unknown };
    if (m.id !== undefined) pending.get(m.id)?.(m.result);
  });
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`inspector: no answer to ${method}`)), 60_000);
      pending.set(id, (result) => (clearTimeout(timer), resolve(result)));
      socket.send(JSON.stringify({ id, method, params }));
    });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 1_000 }); // µs
  await call('Profiler.start');
  return {
    stop: async () => {
      const { profile } = (await call('Profiler.stop')) as { profile: Profile };
      socket.close();
      return profile;
    },
  };
}

/** The package a script belongs to, or the app's folder (`server: features/search`), or V8's pseudo-frames. */
function moduleOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native: I/O, encoding, builtins)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node core';
  const app = /apps\/server\/src\/((?:features|platform)\/[^/]+|[^/]+)/.exec(url);
  if (app) return `server: ${app[1]!.replace(/\.ts$/, '')}`;
  const contracts = /packages\/contracts/.test(url);
  return contracts ? 'contracts' : url.replace(/^file:\/\/.*\/work\/main\//, '');
}

export interface ProfileSummary {
  seconds: number;
  busyPercent: number;
  functions: { name: string; percent: number }[];
  modules: { name: string; percent: number }[];
  /** Time with the module anywhere on the stack (self time of what it called included). */
  modulesInclusive: { name: string; percent: number }[];
}

export async function summariseProfile(profile: Profile, savePath?: string): Promise<ProfileSummary> {
  if (savePath) await writeFile(savePath, JSON.stringify(profile));
  const total = profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0) || 1;
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^.*\/(node_modules\/|apps\/|packages\/)/, '$1');
    const name = url ? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}` : functionName || '(anonymous native)';
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    const module = moduleOf(url, functionName);
    byModule.set(module, (byModule.get(module) ?? 0) + hits);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, hits]) => ({ name, percent: (hits / total) * 100 }));
  // Inclusive: walk the call tree from the root, carrying the modules on the stack.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<string, number>();
  const stack: [number, Set<string>][] = [[profile.nodes[0]!.id, new Set()]];
  while (stack.length) {
    const [id, above] = stack.pop()!;
    const node = byId.get(id)!;
    const here = new Set(above).add(moduleOf(node.callFrame.url, node.callFrame.functionName));
    for (const module of here) inclusive.set(module, (inclusive.get(module) ?? 0) + (node.hitCount ?? 0));
    for (const child of node.children ?? []) stack.push([child, here]);
  }
  // Node's own and V8's frames sit under nearly everything: inclusive time says nothing about them.
  for (const module of inclusive.keys()) if (module.startsWith('(') || module === 'node core') inclusive.delete(module);
  const idle = byFunction.get('(idle)') ?? 0;
  return {
    seconds: (profile.endTime - profile.startTime) / 1e6,
    busyPercent: ((total - idle) / total) * 100,
    functions: top(byFunction, 20),
    modules: top(byModule, 15),
    modulesInclusive: top(inclusive, 15),
  };
}

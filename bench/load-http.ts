/**
 * HTTP side of `npm run bench:load`: one keep-alive `node:http` agent towards nginx, and a request that
 * records its latency and status in the step's statistics. Every request carries an `X-Forwarded-For`
 * address (the servers trust the proxy): thousands of visitors are not one address, so the per-address
 * rate limits apply as they would in production, per visitor.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface KindStats {
  latencies: number[];
  errors: number;
  /** Count per outcome: the HTTP status, `no reply` (connection error or client timeout), or a WebSocket error code. */
  outcomes: Map<string, number>;
}

export type Stats = Map<string, KindStats>;

export function record(stats: Stats, kind: string, outcome: string, ok: boolean, ms: number): void {
  let s = stats.get(kind);
  if (!s) stats.set(kind, (s = { latencies: [], errors: 0, outcomes: new Map() }));
  s.latencies.push(ms);
  if (!ok) s.errors++;
  s.outcomes.set(outcome, (s.outcomes.get(outcome) ?? 0) + 1);
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  ip: string;
  token?: string;
  json?: unknown;
  body?: { bytes: Buffer; contentType: string };
  /** The status this request should get; anything else counts as an error. */
  expect: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512, maxFreeSockets: 512 });
const timeoutMs = 30_000;

export function createHttpClient(baseUrl: string) {
  const { hostname, port } = new URL(baseUrl);
  /** Sends one request; resolves with the status and the body (as text) — never rejects. */
  const send = (request: HttpRequest): Promise<{ status: number; body: string; ms: number }> =>
    new Promise((resolve) => {
      const payload = request.json !== undefined ? Buffer.from(JSON.stringify(request.json)) : request.body?.bytes;
      const headers: Record<string, string | number> = { 'x-forwarded-for': request.ip };
      if (request.token) headers.authorization = `Bearer ${request.token}`;
      if (payload) {
        headers['content-type'] = request.json !== undefined ? 'application/json' : request.body!.contentType;
        headers['content-length'] = payload.length;
      }
      const start = performance.now();
      let settled = false;
      const done = (status: number, body: string) => {
        if (settled) return;
        settled = true;
        resolve({ status, body, ms: performance.now() - start });
      };
      const req = http.request({ host: hostname, port, method: request.method, path: request.path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString()));
        res.on('error', () => done(0, 'response error'));
      });
      req.setTimeout(timeoutMs, () => req.destroy(new Error('client timeout')));
      req.on('error', (error) => done(0, error.message));
      req.end(payload);
    });
  return {
    send,
    /** Sends and records under `kind`. */
    timed: async (stats: Stats, kind: string, request: HttpRequest) => {
      const reply = await send(request);
      record(stats, kind, reply.status ? String(reply.status) : 'no reply', reply.status === request.expect, reply.ms);
      return reply;
    },
    close: () => agent.destroy(),
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;

/** A multipart/form-data body with text fields and one file, as a browser sends it. */
export function multipart(fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer }): { bytes: Buffer; contentType: string } {
  const boundary = `----egoejo-load-${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
  parts.push(file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { bytes: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A visitor address out of 10.0.0.0/8, from a counter: spreads requests over many rate-limit keys. */
export const visitorIp = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

import WebSocket from 'ws';
import type { ClientMessage, ServerMessage } from '@egoejo/contracts';
import type { TestApp } from './harness';

/** A real `ws` client for tests: typed send, and `next()` to await the next matching server message. */
export interface TestSocket {
  raw: WebSocket;
  /** Every message received so far, in order. */
  received: ServerMessage[];
  send(message: ClientMessage | Record<string, unknown>): void;
  /** The first not yet consumed message of this type (and matching `where`), waiting for it if needed. */
  next<T extends ServerMessage['type']>(type: T, where?: (m: Extract<ServerMessage, { type: T }>) => boolean, timeoutMs?: number): Promise<Extract<ServerMessage, { type: T }>>;
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

/** Starts listening on a free port once per app and returns the `ws://` URL of `/ws`. */
export async function wsUrlOf(t: TestApp): Promise<string> {
  if (!t.app.server.listening) await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening on TCP');
  return `ws://127.0.0.1:${address.port}/ws`;
}

export async function openSocket(url: string, options: { origin?: string; token?: string } = {}): Promise<TestSocket> {
  const raw = new WebSocket(url, options.origin ? { origin: options.origin } : {});
  const received: ServerMessage[] = [];
  const waiters = new Set<() => void>();
  raw.on('message', (data) => {
    received.push(JSON.parse(data.toString()) as ServerMessage);
    for (const wake of waiters) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    raw.on('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      for (const wake of waiters) wake();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    raw.once('open', () => resolve());
    raw.once('error', reject);
    raw.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
  // A message is handed to one next() only; others may still wait for earlier, different ones.
  const consumed = new Set<number>();
  const socket: TestSocket = {
    raw,
    received,
    closed,
    send: (message) => raw.send(JSON.stringify(message)),
    next: (type, where, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          for (let i = 0; i < received.length; i++) {
            const m = received[i]!;
            if (!consumed.has(i) && m.type === type && (!where || where(m as never))) {
              consumed.add(i);
              waiters.delete(check);
              clearTimeout(timer);
              resolve(m as never);
              return;
            }
          }
          if (raw.readyState === WebSocket.CLOSED) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`socket closed while waiting for ${type}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${type} within ${timeoutMs} ms; got ${JSON.stringify(received.slice(-5))}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: async () => {
      if (raw.readyState !== WebSocket.CLOSED) raw.close();
      await closed;
    },
  };
  if (options.token) {
    socket.send({ type: 'auth', token: options.token });
    await socket.next('auth.ok');
  }
  return socket;
}

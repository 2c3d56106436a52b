/**
 * Chat side of `npm run bench:load`: real `ws` clients through nginx that authenticate, subscribe to their
 * thread and send `message.send` when the load generator says so (round robin over the clients). Records
 * send→ack latency (kind `chat send`) and send→`message.new` latency at every member of the thread, the
 * sender included (kind `chat delivery`). Senders and receivers share this process's clock.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { record, type Stats } from './load-http';

export interface ChatMember {
  token: string;
  thread: number;
  ip: string;
}

interface Sent {
  at: number;
  thread: number;
  stats: Stats;
  acked: boolean;
  done: () => void;
}

export interface ChatFleet {
  size: number;
  /** Sockets that closed while the fleet was open (a server went away or dropped a slow client). */
  closedEarly(): number;
  /** Sends one message from the next client; resolves at its ack or error (or when `settle` gives up on it). */
  send(stats: Stats): Promise<void>;
  /** Waits for the acks of what was sent (bounded), counts missing acks as errors; returns deliveries expected and seen. */
  settle(waitMs: number): Promise<{ expected: number; delivered: number }>;
  close(): Promise<void>;
}

function connect(url: string, member: ChatMember, onMessage: (text: string) => void, timeoutMs = 30_000): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false, headers: { 'x-forwarded-for': member.ip } });
    const timer = setTimeout(() => (socket.terminate(), reject(new Error('no subscription within 30 s'))), timeoutMs);
    socket.once('error', (error) => (clearTimeout(timer), reject(error)));
    socket.once('open', () => socket.send(JSON.stringify({ type: 'auth', token: member.token })));
    socket.on('message', (data) => {
      const text = data.toString();
      if (text.startsWith('{"type":"auth.ok"')) socket.send(JSON.stringify({ type: 'subscribe', thread: member.thread }));
      else if (text.startsWith('{"type":"subscribed"')) {
        clearTimeout(timer);
        resolve(socket);
      } else onMessage(text);
    });
  });
}

/** Connects every member (50 at a time) and keeps the sockets open until `close()`. */
export async function connectFleet(wsUrl: string, members: ChatMember[]): Promise<ChatFleet> {
  const sent = new Map<string, Sent>();
  const membersOf = new Map<number, number>();
  const runId = Math.random().toString(36).slice(2, 8);
  let delivered = 0;
  let closing = false;
  let closedEarly = 0;
  let next = 0;

  const onMessage = (text: string) => {
    // Presence and typing frames are frequent and of no interest here: look only at what can matter.
    if (text.startsWith('{"type":"message.new"')) {
      const m = JSON.parse(text) as { message: { clientId: string } };
      const s = sent.get(m.message.clientId);
      if (!s) return;
      delivered++;
      record(s.stats, 'chat delivery', 'delivered', true, performance.now() - s.at);
    } else if (text.startsWith('{"type":"ack"') || text.startsWith('{"type":"error"')) {
      const m = JSON.parse(text) as { type: string; clientId?: string; code?: string };
      const s = m.clientId ? sent.get(m.clientId) : undefined;
      if (!s || s.acked) return;
      s.acked = true;
      s.done();
      record(s.stats, 'chat send', m.type === 'ack' ? 'ack' : `ws ${m.code}`, m.type === 'ack', performance.now() - s.at);
    }
  };

  const sockets: { socket: WebSocket; member: ChatMember }[] = [];
  for (let i = 0; i < members.length; i += 50) {
    const batch = members.slice(i, i + 50);
    const opened = await Promise.all(batch.map((m) => connect(wsUrl, m, onMessage)));
    opened.forEach((socket, j) => sockets.push({ socket, member: batch[j]! }));
  }
  for (const { socket, member } of sockets) {
    membersOf.set(member.thread, (membersOf.get(member.thread) ?? 0) + 1);
    socket.on('close', () => closing || closedEarly++);
  }

  return {
    size: sockets.length,
    closedEarly: () => closedEarly,
    send: (stats) => {
      const { socket, member } = sockets[next % sockets.length]!;
      const clientId = `load-${runId}-${next++}`;
      if (socket.readyState !== WebSocket.OPEN) {
        record(stats, 'chat send', 'socket closed', false, 0);
        return Promise.resolve();
      }
      return new Promise<void>((done) => {
        sent.set(clientId, { at: performance.now(), thread: member.thread, stats, acked: false, done });
        socket.send(JSON.stringify({ type: 'message.send', thread: member.thread, clientId, text: `Bonjour à toutes et à tous, message n° ${next}` }));
      });
    },
    settle: async (waitMs) => {
      const deadline = performance.now() + waitMs;
      while (performance.now() < deadline && [...sent.values()].some((s) => !s.acked)) await new Promise((r) => setTimeout(r, 100));
      // Deliveries trail acks a little (fan-out through Redis): give them a moment.
      await new Promise((r) => setTimeout(r, 1_000));
      let expected = 0;
      for (const s of sent.values()) {
        if (!s.acked) {
          record(s.stats, 'chat send', 'no ack', false, performance.now() - s.at);
          s.done();
        }
        expected += membersOf.get(s.thread) ?? 0;
      }
      const result = { expected, delivered };
      sent.clear();
      delivered = 0;
      return result;
    },
    close: async () => {
      closing = true;
      await Promise.all(
        sockets.map(
          ({ socket }) =>
            new Promise<void>((resolve) => {
              if (socket.readyState === WebSocket.CLOSED) return resolve();
              socket.once('close', () => resolve());
              socket.close();
              setTimeout(() => socket.terminate(), 5_000).unref(); // a server that does not answer the close
            }),
        ),
      );
    },
  };
}

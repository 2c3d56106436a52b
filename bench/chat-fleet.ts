/**
 * The client fleet of `npm run bench:chat`: real `ws` clients that authenticate, subscribe to one thread
 * each, send at a fixed total rate, and time every message from send to receipt at every subscriber
 * (senders and receivers share this process's clock). Counts lost and doubled deliveries.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

export interface FleetClient {
  url: string;
  token: string;
  thread: number;
  /** Sent as X-Forwarded-For (servers run with TRUST_PROXY): 1,000 users are not one address. */
  ip: string;
}

export interface FleetResult {
  latencies: number[];
  ackLatencies: number[];
  sent: number;
  /** Committed messages: the server acked them (a refused send is not lost, its sender was told). */
  acked: number;
  /** Deliveries owed: every acked message to every socket of its thread still open at the end. */
  expected: number;
  received: number;
  /** Owed deliveries that never came, after waiting until the stream went quiet. */
  lost: number;
  doubled: number;
  errors: Record<string, number>;
  closedEarly: number;
}

interface Live {
  socket: WebSocket;
  thread: number;
  index: number;
}

function connect(client: FleetClient, index: number, onMessage: (live: Live, data: string) => void): Promise<Live> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(client.url, { perMessageDeflate: false, headers: { 'x-forwarded-for': client.ip } });
    const live: Live = { socket, thread: client.thread, index };
    let subscribed = false;
    socket.once('error', reject);
    socket.once('open', () => socket.send(JSON.stringify({ type: 'auth', token: client.token })));
    socket.on('message', (data) => {
      const text = data.toString();
      if (text.startsWith('{"type":"auth.ok"')) socket.send(JSON.stringify({ type: 'subscribe', thread: client.thread }));
      else if (text.startsWith('{"type":"subscribed"')) {
        subscribed = true;
        resolve(live);
      }
      else if (!subscribed && text.startsWith('{"type":"error"')) {
        // A busy server may refuse the subscribe (database_unavailable): try again, as a real client would.
        setTimeout(() => socket.send(JSON.stringify({ type: 'subscribe', thread: client.thread })), 500);
      } else onMessage(live, text);
    });
  });
}

/** Connects every client (a few dozen at a time), then sends `ratePerSecond` messages for `seconds`. */
export async function runFleet(clients: FleetClient[], options: { ratePerSecond: number; seconds: number; drainMs?: number }): Promise<FleetResult> {
  const sentAt = new Map<string, { at: number; thread: number }>();
  const ackedIds = new Set<string>();
  let lastReceiptAt = 0;
  const receivedBy = new Map<string, Set<number>>();
  const result: FleetResult = { latencies: [], ackLatencies: [], sent: 0, acked: 0, expected: 0, received: 0, lost: 0, doubled: 0, errors: {}, closedEarly: 0 };
  let measuring = false;

  const onMessage = (live: Live, text: string) => {
    const m = JSON.parse(text) as { type: string; clientId?: string; code?: string; message?: { clientId: string } };
    if (m.type === 'message.new' && m.message) {
      lastReceiptAt = performance.now();
      const sent = sentAt.get(m.message.clientId);
      if (!sent) return; // a message from before the measurement
      const seen = receivedBy.get(m.message.clientId)!;
      if (seen.has(live.index)) result.doubled++;
      else {
        seen.add(live.index);
        result.received++;
        result.latencies.push(performance.now() - sent.at);
      }
    } else if (m.type === 'ack' && m.clientId && sentAt.has(m.clientId)) {
      result.acked++;
      ackedIds.add(m.clientId);
      result.ackLatencies.push(performance.now() - sentAt.get(m.clientId)!.at);
    } else if (m.type === 'error') {
      result.errors[m.code ?? 'unknown'] = (result.errors[m.code ?? 'unknown'] ?? 0) + 1;
    }
  };

  const lives: Live[] = [];
  for (let i = 0; i < clients.length; i += 50) {
    lives.push(...(await Promise.all(clients.slice(i, i + 50).map((c, j) => connect(c, i + j, onMessage)))));
  }
  for (const live of lives) {
    live.socket.on('close', () => measuring && result.closedEarly++);
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // presence announcements settle

  measuring = true;
  const total = options.ratePerSecond * options.seconds;
  const tickMs = 10;
  const start = performance.now();
  let next = 0;
  const runId = Math.random().toString(36).slice(2, 8);
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      // Round robin over the clients: each sends rarely (well under the 20 per 10 s limit).
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * options.ratePerSecond));
      for (; next < due; next++) {
        const live = lives[next % lives.length]!;
        const clientId = `b-${runId}-${next}`;
        sentAt.set(clientId, { at: performance.now(), thread: live.thread });
        receivedBy.set(clientId, new Set());
        live.socket.send(JSON.stringify({ type: 'message.send', thread: live.thread, clientId, text: `message de banc d'essai n° ${next}` }));
        result.sent++;
      }
      if (next >= total) {
        clearInterval(timer);
        resolve();
      }
    }, tickMs);
  });
  // Late is not lost: wait until nothing arrived for 2 s (at most drainMs).
  const drainUntil = performance.now() + (options.drainMs ?? 30_000);
  while (performance.now() < drainUntil && performance.now() - lastReceiptAt < 2_000) await new Promise((r) => setTimeout(r, 250));
  measuring = false;
  const openIndexes = new Set(lives.filter((l) => l.socket.readyState === WebSocket.OPEN).map((l) => l.index));
  for (const clientId of ackedIds) {
    const { thread } = sentAt.get(clientId)!;
    const owed = lives.filter((l) => l.thread === thread && openIndexes.has(l.index));
    result.expected += owed.length;
    const got = receivedBy.get(clientId)!;
    result.lost += owed.filter((l) => !got.has(l.index)).length;
  }
  await Promise.all(lives.map((l) => new Promise<void>((resolve) => (l.socket.readyState === WebSocket.CLOSED ? resolve() : (l.socket.once('close', () => resolve()), l.socket.close())))));
  return result;
}

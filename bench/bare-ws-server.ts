/**
 * The floor of `npm run bench:chat`: a bare `ws` server that does the least a chat server can do —
 * keep sockets per thread and broadcast each message to them — with no auth, validation, database or
 * pub/sub. Same frames as EGOEJO's protocol, so the same client fleet drives it. Run as its own process.
 */
import { WebSocketServer, type WebSocket } from 'ws';

const port = Number(process.env.PORT ?? 0);
const threads = new Map<number, Set<WebSocket>>();
let nextId = 1;

const server = new WebSocketServer({ port, host: '127.0.0.1', maxPayload: 64 * 1024 });
server.on('listening', () => {
  const address = server.address();
  process.stdout.write(`LISTENING ${typeof address === 'object' && address ? address.port : port}\n`);
});
server.on('connection', (socket) => {
  socket.on('message', (data) => {
    const m = JSON.parse(data.toString()) as { type: string; thread: number; clientId?: string; text?: string };
    if (m.type === 'auth') socket.send(JSON.stringify({ type: 'auth.ok', user: { id: 0, displayName: 'bare', role: 'member' } }));
    if (m.type === 'subscribe') {
      let set = threads.get(m.thread);
      if (!set) threads.set(m.thread, (set = new Set()));
      set.add(socket);
      socket.on('close', () => set.delete(socket));
      socket.send(JSON.stringify({ type: 'subscribed', thread: m.thread, lastId: null }));
    }
    if (m.type === 'message.send') {
      const id = nextId++;
      socket.send(JSON.stringify({ type: 'ack', clientId: m.clientId, id }));
      const frame = JSON.stringify({ type: 'message.new', message: { id, threadId: m.thread, clientId: m.clientId, text: m.text } });
      for (const peer of threads.get(m.thread) ?? []) peer.send(frame);
    }
  });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

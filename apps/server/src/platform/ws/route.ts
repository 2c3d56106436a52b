import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { Gauge } from 'prom-client';
import { WsCloseCode, wsMaxFrameBytes } from '@egoejo/contracts';
import type { Principal } from '../auth-guard';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { createFrameReader } from './connection';
import { SocketSession } from './session';
import { TopicHub } from './topics';

export const wsPath = '/ws';

/** Same origin is always allowed; any other browser origin must be on CORS_ALLOWED_ORIGINS. */
export function isOriginAllowed(origin: string | undefined, host: string, allowList: string[]): boolean {
  if (!origin) return true; // not a browser: nothing to protect from cross-site use
  if (allowList.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The `/ws` endpoint (DESIGN §5). Authentication is in-band (`{type:"auth", token}`), never in the URL.
 * A socket that has neither authenticated nor subscribed to something public within WS_AUTH_TIMEOUT_SECONDS
 * is closed (4001): anonymous readers of public topics may stay, idle anonymous sockets may not.
 */
export async function registerWebSocket(
  app: FastifyInstance,
  ctx: AppContext,
  deps: { loadPrincipal(userId: number): Promise<Principal | null> },
): Promise<void> {
  await app.register(websocket, { options: { maxPayload: wsMaxFrameBytes } });
  const hub = new TopicHub(ctx.pubsub);
  const sessions = new Set<SocketSession>();
  const idleMs = ctx.config.WS_IDLE_TIMEOUT_SECONDS * 1000;

  // Protocol pings (browsers answer them by themselves) keep proxies from cutting quiet sockets; a socket
  // from which nothing, not even a pong, arrived for the idle timeout is dead and is dropped.
  const heartbeat = setInterval(() => {
    const now = Date.now();
    for (const session of sessions) {
      if (now - session.lastSeenAt > idleMs) session.terminate();
      else session.ping();
    }
  }, Math.max(250, idleMs / 4));
  heartbeat.unref();
  app.addHook('onClose', async () => clearInterval(heartbeat));

  app.route({
    method: 'GET',
    url: wsPath,
    config: { access: 'public', rateLimit: { max: 60, timeWindow: 60_000 } },
    websocket: true,
    schema: { hide: true },
    preValidation: async (request: FastifyRequest) => {
      if (!isOriginAllowed(request.headers.origin, request.host, ctx.config.CORS_ALLOWED_ORIGINS)) {
        throw new AppError(403, 'origin_not_allowed', 'This origin may not open a WebSocket here.');
      }
    },
    handler: (socket: WebSocket) => {
      const session = new SocketSession(socket, hub, ctx.config.WS_SEND_BUFFER_BYTES);
      sessions.add(session);
      const authTimer = setTimeout(() => {
        if (!session.principal && session.subscriptionCount === 0) session.close(WsCloseCode.authTimeout, 'authentication timeout');
      }, ctx.config.WS_AUTH_TIMEOUT_SECONDS * 1000);
      socket.on('message', createFrameReader(session, { tokens: ctx.tokens, loadPrincipal: deps.loadPrincipal, handlers: ctx.socketHandlers, log: app.log }));
      socket.on('pong', () => (session.lastSeenAt = Date.now()));
      socket.on('error', (error: Error) => app.log.debug({ err: error }, 'WebSocket error'));
      socket.on('close', () => {
        clearTimeout(authTimer);
        sessions.delete(session);
        session.dispose().catch((error: unknown) => app.log.error({ err: error }, 'WebSocket cleanup failed'));
      });
    },
  });
  new Gauge({
    name: 'ws_connections',
    help: 'Open WebSocket connections on this process',
    registers: [ctx.metrics.registry],
    collect() {
      this.set(sessions.size);
    },
  });
}

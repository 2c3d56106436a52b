import type { FastifyInstance } from 'fastify';
import { presenceListMax } from '@egoejo/contracts';
import type { AppContext } from '../../platform/context';
import { publishToTopic } from '../../platform/ws/topics';
import type { SocketSession } from '../../platform/ws/session';
import { readableThread, threadTopic } from './access';
import * as messages from './messages';
import { type PresenceStore, createMemoryPresence, createRedisPresence } from './presence';
import { ThreadStream } from './stream';

/** A typing notice lasts this long on screen; a socket may send one per thread every `typingEveryMs`. */
export const typingExpiresMs = 5_000;
const typingEveryMs = 2_000;
const presenceEveryMs = 1_000;

interface SessionState {
  streams: Map<number, ThreadStream>;
  lastTypingAt: Map<number, number>;
}

/**
 * The chat's WebSocket messages, mapped to the same service calls as the HTTP routes. Access to the
 * thread is checked again on every message (membership may have changed since the subscription).
 */
export function registerChatSocket(app: FastifyInstance, ctx: AppContext): void {
  const ttlMs = ctx.config.CHAT_PRESENCE_TTL_SECONDS * 1000;
  const presence: PresenceStore = ctx.redis ? createRedisPresence(ctx.redis, ttlMs) : createMemoryPresence();
  const states = new WeakMap<SocketSession, SessionState>();

  // Announcements are coalesced per thread (one per `presenceEveryMs`): when 1,000 members connect at once,
  // each joining must not send the whole list to everyone (quadratic); they get one list a second instead.
  const pendingAnnounces = new Set<number>();
  const announcePresence = async (threadId: number) => {
    if (pendingAnnounces.has(threadId)) return;
    pendingAnnounces.add(threadId);
    setTimeout(() => {
      pendingAnnounces.delete(threadId);
      presence
        .list(threadId)
        .then((online) =>
          publishToTopic(ctx.pubsub, threadTopic(threadId), { type: 'presence', thread: threadId, online: online.slice(0, presenceListMax), count: online.length }),
        )
        .catch(() => undefined);
    }, presenceEveryMs).unref();
  };
  const stateOf = (session: SocketSession): SessionState => {
    let state = states.get(session);
    if (!state) {
      states.set(session, (state = { streams: new Map(), lastTypingAt: new Map() }));
      session.onClose(async () => {
        for (const threadId of state!.streams.keys()) await leave(session, threadId);
      });
    }
    return state;
  };
  const leave = async (session: SocketSession, threadId: number) => {
    const stream = stateOf(session).streams.get(threadId);
    if (!stream) return;
    stateOf(session).streams.delete(threadId);
    await stream.stop();
    await presence.remove(threadId, session.id).catch(() => undefined);
    await announcePresence(threadId).catch(() => undefined);
  };

  const heartbeat = setInterval(() => {
    presence
      .heartbeat()
      .then((changed) => Promise.all(changed.map(announcePresence)))
      .catch(() => undefined); // Redis down: entries expire, lists are re-announced once it is back
  }, Math.max(200, ttlMs / 3));
  heartbeat.unref();
  app.addHook('onClose', async () => clearInterval(heartbeat));

  ctx.socketHandlers.on('subscribe', async (session, message) => {
    const principal = session.principal!;
    await readableThread(ctx, principal, message.thread);
    await leave(session, message.thread); // a second subscribe restarts the stream from its `after`
    const stream = new ThreadStream(ctx, session, message.thread, () => void leave(session, message.thread).catch(() => undefined));
    stateOf(session).streams.set(message.thread, stream);
    await stream.start(message.after);
    await presence.add(message.thread, session.id, { id: principal.id, displayName: principal.displayName }).catch(() => undefined);
    await announcePresence(message.thread).catch(() => undefined);
  });

  ctx.socketHandlers.on('unsubscribe', (session, message) => leave(session, message.thread));

  ctx.socketHandlers.on('message.send', async (session, message) => {
    const { message: stored } = await messages.sendMessage(ctx, session.principal!, message.thread, {
      text: message.text,
      clientId: message.clientId,
      ...(message.replyTo === undefined ? {} : { replyTo: message.replyTo }),
      ...(message.mediaId === undefined ? {} : { mediaId: message.mediaId }),
    });
    session.send({ type: 'ack', clientId: message.clientId, id: stored.id });
  });

  ctx.socketHandlers.on('message.edit', async (session, message) => {
    await messages.editMessage(ctx, session.principal!, message.id, message.text);
  });

  ctx.socketHandlers.on('message.delete', async (session, message) => {
    await messages.deleteMessage(ctx, session.principal!, message.id);
  });

  ctx.socketHandlers.on('read', (session, message) => messages.markRead(ctx, session.principal!, message.thread, message.upTo));

  ctx.socketHandlers.on('typing', async (session, message) => {
    const principal = session.principal!;
    const state = stateOf(session);
    const now = Date.now();
    // Typing notices are cosmetic: extra ones inside the window are dropped without an error.
    if (now - (state.lastTypingAt.get(message.thread) ?? 0) < typingEveryMs) return;
    state.lastTypingAt.set(message.thread, now);
    await readableThread(ctx, principal, message.thread);
    await publishToTopic(ctx.pubsub, threadTopic(message.thread), {
      type: 'typing',
      thread: message.thread,
      user: { id: principal.id, displayName: principal.displayName },
      expiresInMs: typingExpiresMs,
    });
  });
}

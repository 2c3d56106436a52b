import type { Redis } from 'ioredis';
import type { ChatUser } from '@egoejo/contracts';

/**
 * Who is online in each thread. Every process records its own sockets; the list of a thread is the
 * union over processes. With Redis each entry carries an expiry that its process renews on a heartbeat,
 * so the sockets of a process that died disappear within `ttlMs` without anyone cleaning up after it.
 */
export interface PresenceStore {
  add(threadId: number, sessionId: string, user: ChatUser): Promise<void>;
  remove(threadId: number, sessionId: string): Promise<void>;
  list(threadId: number): Promise<ChatUser[]>;
  /** Renews this process's entries (Redis); threads whose list may have changed are returned. */
  heartbeat(): Promise<number[]>;
  /** Threads with at least one socket on this process. */
  localThreads(): number[];
}

type Local = Map<number, Map<string, ChatUser>>;

function uniqueUsers(users: Iterable<ChatUser>): ChatUser[] {
  const byId = new Map<number, ChatUser>();
  for (const user of users) byId.set(user.id, user);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

function addLocal(local: Local, threadId: number, sessionId: string, user: ChatUser): void {
  let sessions = local.get(threadId);
  if (!sessions) local.set(threadId, (sessions = new Map()));
  sessions.set(sessionId, user);
}

function removeLocal(local: Local, threadId: number, sessionId: string): void {
  const sessions = local.get(threadId);
  sessions?.delete(sessionId);
  if (sessions?.size === 0) local.delete(threadId);
}

export function createMemoryPresence(): PresenceStore {
  const local: Local = new Map();
  return {
    add: async (threadId, sessionId, user) => addLocal(local, threadId, sessionId, user),
    remove: async (threadId, sessionId) => removeLocal(local, threadId, sessionId),
    list: async (threadId) => uniqueUsers(local.get(threadId)?.values() ?? []),
    heartbeat: async () => [],
    localThreads: () => [...local.keys()],
  };
}

const key = (threadId: number) => `presence:thread:${threadId}`;
const member = (sessionId: string, user: ChatUser) => JSON.stringify([sessionId, user.id, user.displayName]);

/** A sorted set per thread: member = (socket, user), score = expiry time in ms. */
export function createRedisPresence(redis: Redis, ttlMs: number): PresenceStore {
  const local: Local = new Map();
  const lastSeen = new Map<number, string>();
  const list = async (threadId: number) => {
    const now = Date.now();
    const members = await redis.zrangebyscore(key(threadId), now, '+inf');
    const users = members.map((m) => {
      const [, id, displayName] = JSON.parse(m) as [string, number, string];
      return { id, displayName };
    });
    return uniqueUsers(users);
  };
  return {
    add: async (threadId, sessionId, user) => {
      addLocal(local, threadId, sessionId, user);
      await redis.zadd(key(threadId), Date.now() + ttlMs, member(sessionId, user));
    },
    remove: async (threadId, sessionId) => {
      const user = local.get(threadId)?.get(sessionId);
      removeLocal(local, threadId, sessionId);
      if (user) await redis.zrem(key(threadId), member(sessionId, user));
    },
    list,
    heartbeat: async () => {
      const now = Date.now();
      const pipeline = redis.pipeline();
      for (const [threadId, sessions] of local) {
        for (const [sessionId, user] of sessions) pipeline.zadd(key(threadId), now + ttlMs, member(sessionId, user));
        pipeline.zremrangebyscore(key(threadId), '-inf', now);
        pipeline.pexpire(key(threadId), ttlMs * 2);
      }
      await pipeline.exec();
      // Lists that changed since the last heartbeat (someone's process died, or joined elsewhere).
      const changed: number[] = [];
      for (const threadId of local.keys()) {
        const snapshot = JSON.stringify(await list(threadId));
        if (lastSeen.get(threadId) !== snapshot) changed.push(threadId);
        lastSeen.set(threadId, snapshot);
      }
      for (const threadId of lastSeen.keys()) if (!local.has(threadId)) lastSeen.delete(threadId);
      return changed;
    },
    localThreads: () => [...local.keys()],
  };
}

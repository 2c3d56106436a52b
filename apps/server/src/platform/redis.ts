import { Redis } from 'ioredis';
import type { Listener, PubSub } from './pubsub';

/**
 * A Redis command connection that fails fast while Redis is down (no offline queue): callers fall back
 * or report, rather than hang. Reconnection is automatic.
 */
export function createRedisClient(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
}

/**
 * Pub/sub over Redis: one subscriber connection per process, one Redis channel per topic whatever the
 * number of local listeners. While Redis is down, `publish` rejects (the message is already committed;
 * receivers catch up from the database) and ioredis re-subscribes every channel on reconnection.
 */
export function createRedisPubSub(url: string, publisher: Redis): PubSub {
  const subscriber = new Redis(url, { maxRetriesPerRequest: null, retryStrategy: (attempt) => Math.min(attempt * 200, 2_000) });
  const topics = new Map<string, Set<Listener>>();
  subscriber.on('message', (channel: string, payload: string) => {
    const listeners = topics.get(channel);
    if (!listeners) return;
    const message: unknown = JSON.parse(payload);
    for (const listener of listeners) listener(message);
  });
  // Errors surface through readiness and failed publishes; without a listener ioredis would log each retry.
  subscriber.on('error', () => undefined);
  publisher.on('error', () => undefined);
  return {
    publish: async (topic, message) => {
      await publisher.publish(topic, JSON.stringify(message));
    },
    subscribe: async (topic, listener) => {
      let set = topics.get(topic);
      if (!set) {
        topics.set(topic, (set = new Set()));
        await subscriber.subscribe(topic);
      }
      set.add(listener);
      return async () => {
        set.delete(listener);
        if (set.size === 0 && topics.get(topic) === set) {
          topics.delete(topic);
          await subscriber.unsubscribe(topic).catch(() => undefined);
        }
      };
    },
    close: async () => {
      topics.clear();
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}

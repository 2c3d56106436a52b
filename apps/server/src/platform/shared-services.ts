import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import type { AppContext } from './context';
import { type PubSub, createInProcessPubSub } from './pubsub';
import { createRedisClient, createRedisPubSub } from './redis';
import { type WindowCounter, createMemoryWindowCounter, createRedisWindowCounter } from './window-counter';

/** What several processes must share (DESIGN §1): Redis when REDIS_URL is set, this process's memory otherwise. */
export interface SharedServices {
  pubsub: PubSub;
  /** Null without REDIS_URL: features then keep presence and counters in memory. */
  redis: Redis | null;
  counters: WindowCounter;
}

export function createSharedServices(config: Config): SharedServices {
  if (!config.REDIS_URL) return { pubsub: createInProcessPubSub(), redis: null, counters: createMemoryWindowCounter() };
  const redis = createRedisClient(config.REDIS_URL);
  return { pubsub: createRedisPubSub(config.REDIS_URL, redis), redis, counters: createRedisWindowCounter(redis) };
}

/** Reports Redis in /api/ready and closes the connections with the app. */
export function registerSharedServices(app: FastifyInstance, ctx: AppContext): void {
  const redis = ctx.redis;
  if (redis) ctx.readinessChecks.set('redis', async () => void (await redis.ping()));
  app.addHook('onClose', async () => ctx.pubsub.close());
}

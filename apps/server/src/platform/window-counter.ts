import type { Redis } from 'ioredis';

/**
 * Fixed-window counters for limits that must hold across processes (DESIGN §1): in Redis when it is
 * configured, in process memory otherwise. `hit` returns the count in the current window, this hit included.
 */
export interface WindowCounter {
  hit(key: string, windowMs: number): Promise<number>;
}

export function createMemoryWindowCounter(): WindowCounter {
  const windows = new Map<string, { count: number; endsAt: number }>();
  return {
    hit: async (key, windowMs) => {
      const now = Date.now();
      const current = windows.get(key);
      if (!current || current.endsAt <= now) {
        // Forget expired windows now and then, so idle keys do not pile up.
        if (windows.size > 10_000) for (const [k, w] of windows) if (w.endsAt <= now) windows.delete(k);
        windows.set(key, { count: 1, endsAt: now + windowMs });
        return 1;
      }
      return ++current.count;
    },
  };
}

/** While Redis is unreachable the limit is kept per process rather than refusing every hit. */
export function createRedisWindowCounter(redis: Redis): WindowCounter {
  const fallback = createMemoryWindowCounter();
  return {
    hit: async (key, windowMs) => {
      try {
        const redisKey = `limit:${key}`;
        const [[, count]] = (await redis.multi().incr(redisKey).pexpire(redisKey, windowMs, 'NX').exec()) as [[Error | null, number]];
        return count;
      } catch {
        return fallback.hit(key, windowMs);
      }
    },
  };
}

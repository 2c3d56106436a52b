import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { ErrorCode } from '@egoejo/contracts';
import { AppError } from './errors';

export const perMinute = (max: number) => ({ max, timeWindow: 60_000 });

export function rateLimited(retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, retryAfterSeconds);
  return new AppError(429, ErrorCode.rateLimited, `Too many requests; try again in ${seconds} s.`, undefined, {
    'retry-after': String(seconds),
  });
}

/**
 * A second limit on a route, on top of its per-address one (@fastify/rate-limit runs one limiter per
 * request), keyed by what the request is about: for login, the email together with the address.
 */
export function additionalLimit(
  app: FastifyInstance,
  options: { name: string; max: number; timeWindow: number; key: (request: FastifyRequest) => string },
): preHandlerAsyncHookHandler {
  const check = app.createRateLimit({
    max: options.max,
    timeWindow: options.timeWindow,
    keyGenerator: (request) => `${options.name}:${options.key(request)}`,
  });
  return async (request) => {
    const result = await check(request);
    if (!result.isAllowed && result.isExceeded) throw rateLimited(result.ttlInSeconds);
  };
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import type { IssuedRefreshToken } from './refresh-tokens';

export const refreshCookieName = 'egoejo_refresh';
const cookiePath = '/api/auth';

export function setRefreshCookie(reply: FastifyReply, config: Config, token: IssuedRefreshToken): void {
  void reply.setCookie(refreshCookieName, token.raw, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.isProduction,
    path: cookiePath,
    expires: token.familyExpiresAt,
  });
}

export function clearRefreshCookie(reply: FastifyReply, config: Config): void {
  void reply.clearCookie(refreshCookieName, { httpOnly: true, sameSite: 'strict', secure: config.isProduction, path: cookiePath });
}

export function refreshCookieOf(request: FastifyRequest): string | undefined {
  const value = request.cookies[refreshCookieName];
  return value && value.length <= 200 ? value : undefined;
}

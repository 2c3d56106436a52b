import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '@egoejo/contracts';
import { ErrorCode } from '@egoejo/contracts';
import type { AccessTokens } from './access-tokens';
import { AppError, forbidden, unauthenticated } from './errors';

/** Who may call a route. Every route declares it in `config.access`; registration fails otherwise. */
export type Access = 'public' | Role;

export interface Principal {
  id: number;
  role: Role;
  displayName: string;
  suspendedUntil: Date | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The caller, when a valid access token was sent (set for every access level, including public). */
    principal: Principal | null;
  }
}

const rank: Record<Role, number> = { member: 1, moderator: 2, admin: 3 };

export function hasRole(principal: Pick<Principal, 'role'>, needed: Role): boolean {
  return rank[principal.role] >= rank[needed];
}

/** Reads the caller of a request: a bearer token in the Authorization header. */
function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

export interface AuthGuardDeps {
  tokens: AccessTokens;
  /** The current state of the user (role changes, erasure and suspension take effect at once). */
  loadPrincipal(userId: number): Promise<Principal | null>;
}

export function registerAuthGuard(app: FastifyInstance, deps: AuthGuardDeps): void {
  app.decorateRequest('principal', null);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    // @fastify/static registers one public route per file of the built web app, marked with `config.file`.
    const isWebAppFile = route.config !== undefined && 'file' in route.config;
    if (!access && !route.url.startsWith('/documentation') && !isWebAppFile) {
      throw new Error(`Route ${route.method} ${route.url} does not declare config.access`);
    }
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access ?? 'public';
    const token = bearerToken(request);
    if (token) {
      const claims = await deps.tokens.verify(token);
      if (!claims && access !== 'public') {
        throw new AppError(401, ErrorCode.invalidToken, 'The access token is invalid or expired.');
      }
      request.principal = claims ? await deps.loadPrincipal(claims.userId) : null;
    }
    if (access === 'public') return;
    if (!request.principal) throw unauthenticated();
    if (!hasRole(request.principal, access)) throw forbidden();
  });
}

/** The caller of a route whose access is not public. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthenticated();
  return request.principal;
}

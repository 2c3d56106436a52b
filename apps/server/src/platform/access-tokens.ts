import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { Role } from '@egoejo/contracts';

export interface AccessClaims {
  userId: number;
  role: Role;
}

export interface AccessTokens {
  ttlSeconds: number;
  issue(claims: AccessClaims): Promise<string>;
  /** Returns the claims of a valid, unexpired token, or null. */
  verify(token: string): Promise<AccessClaims | null>;
}

const issuer = 'egoejo';
const audience = 'egoejo-api';

/** Short-lived HS256 JWTs (DESIGN §7: 15 minutes). */
export function createAccessTokens(secret: Uint8Array, ttlSeconds: number): AccessTokens {
  return {
    ttlSeconds,
    issue: ({ userId, role }) =>
      new SignJWT({ role })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(String(userId))
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(secret),
    verify: async (token) => {
      try {
        const { payload } = await jwtVerify(token, secret, { issuer, audience, algorithms: ['HS256'] });
        const role = Role.safeParse(payload.role);
        const userId = Number(payload.sub);
        if (!role.success || !Number.isSafeInteger(userId)) return null;
        return { userId, role: role.data };
      } catch (error) {
        if (error instanceof joseErrors.JOSEError) return null;
        throw error;
      }
    },
  };
}

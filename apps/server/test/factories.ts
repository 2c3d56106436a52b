import { randomBytes } from 'node:crypto';
import type { Role } from '@egoejo/contracts';
import { registerUser } from '../src/features/accounts/service';
import type { TestApp } from './harness';

export interface TestUser {
  id: number;
  email: string;
  password: string;
  token: string;
  auth: { authorization: string };
}

let counter = 0;
export const uniqueEmail = (prefix = 'membre') => `${prefix}.${Date.now()}.${++counter}.${randomBytes(3).toString('hex')}@example.org`;
/** A distinct client address per test, so rate limits of one test never leak into another. */
export const uniqueIp = () => `10.${(++counter >> 8) & 255}.${counter & 255}.${1 + Math.floor(Math.random() * 250)}`;

/** A user created through the service (not the rate-limited route), with a valid access token. */
export async function makeUser(t: TestApp, role: Role = 'member', displayName = 'Camille'): Promise<TestUser> {
  const email = uniqueEmail(role);
  const password = `sol-vivant-${randomBytes(4).toString('hex')}`;
  const user = await registerUser(t.ctx.db, { email, password, displayName, role });
  const token = await t.ctx.tokens.issue({ userId: user.id, role });
  return { id: user.id, email, password, token, auth: { authorization: `Bearer ${token}` } };
}

export const makeMember = (t: TestApp) => makeUser(t, 'member');
export const makeModerator = (t: TestApp) => makeUser(t, 'moderator', 'Modé');
export const makeAdmin = (t: TestApp) => makeUser(t, 'admin', 'Admin');

import type { Kysely } from 'kysely';
import { ErrorCode, type PublicUser, type Role } from '@egoejo/contracts';
import type { DB } from '../../db/schema';
import type { Principal } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { AppError, conflict, unprocessable } from '../../platform/errors';
import { recordAudit } from '../audit/service';
import { decoyPasswordHash, hashPassword, needsRehash, passwordProblem, verifyPassword } from './passwords';
import { type IssuedRefreshToken, type RefreshPolicy, familyOf, rotate, startFamily } from './refresh-tokens';
import { revokeFamily, revokeUserFamilies, deleteUserRefreshTokens } from './refresh-store';
import {
  type UserRow,
  anonymiseUser,
  findUserByEmail,
  findUserById,
  insertUser,
  updatePasswordHash,
  updateUserProfile,
  updateUserRole,
} from './store';

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}

export interface Session {
  accessToken: string;
  expiresIn: number;
  refresh: IssuedRefreshToken;
  user: PublicUser;
}

export const erasedDisplayName = 'Membre parti·e';

export function toPublicUser(row: UserRow): PublicUser {
  return {
    id: row.id,
    email: row.email ?? '',
    displayName: row.display_name,
    role: row.role,
    bio: row.bio,
    createdAt: row.created_at.toISOString(),
  };
}

/** Masks an email for the audit log: enough to recognise it, not to harvest it (DESIGN §7). */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

const weakPassword = (message: string) =>
  unprocessable(ErrorCode.weakPassword, message, [{ field: 'password', message }]);

const invalidCredentials = () => new AppError(401, ErrorCode.invalidCredentials, 'Email or password is incorrect.');

export function refreshPolicy(ctx: AppContext): RefreshPolicy {
  return {
    idleDays: ctx.config.REFRESH_TOKEN_IDLE_DAYS,
    absoluteDays: ctx.config.REFRESH_TOKEN_ABSOLUTE_DAYS,
    reuseGraceSeconds: ctx.config.REFRESH_REUSE_GRACE_SECONDS,
  };
}

export async function registerUser(
  db: Kysely<DB>,
  input: { email: string; password: string; displayName: string; role?: Role },
): Promise<PublicUser> {
  const problem = passwordProblem(input.password, input);
  if (problem) throw weakPassword(problem);
  const row = await insertUser(db, {
    email: input.email,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    role: input.role,
  });
  if (!row) throw conflict(ErrorCode.emailTaken, 'An account already uses this email.');
  return toPublicUser(row);
}

async function openSession(ctx: AppContext, user: UserRow, meta: RequestMeta): Promise<Session> {
  const refresh = await startFamily(ctx.db, user.id, meta.userAgent, refreshPolicy(ctx));
  return {
    accessToken: await ctx.tokens.issue({ userId: user.id, role: user.role }),
    expiresIn: ctx.tokens.ttlSeconds,
    refresh,
    user: toPublicUser(user),
  };
}

export async function login(ctx: AppContext, email: string, password: string, meta: RequestMeta): Promise<Session> {
  const user = await findUserByEmail(ctx.db, email);
  // Verify against a decoy when the email is unknown, so both failures take the same time.
  const ok = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), password);
  if (!user || !ok) {
    await recordAudit(ctx.db, {
      actorId: user?.id ?? null,
      action: 'auth.login_failed',
      ip: meta.ip,
      metadata: { email: maskEmail(email) },
    });
    throw invalidCredentials();
  }
  if (user.password_hash && needsRehash(user.password_hash)) {
    await updatePasswordHash(ctx.db, user.id, await hashPassword(password));
  }
  await recordAudit(ctx.db, { actorId: user.id, action: 'auth.login_succeeded', ip: meta.ip });
  return openSession(ctx, user, meta);
}

export async function refreshSession(ctx: AppContext, rawRefreshToken: string, meta: RequestMeta): Promise<Session> {
  const { userId, token } = await rotate(ctx.db, rawRefreshToken, refreshPolicy(ctx), meta);
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new AppError(401, ErrorCode.invalidRefreshToken, 'The session has expired; please log in again.');
  return {
    accessToken: await ctx.tokens.issue({ userId: user.id, role: user.role }),
    expiresIn: ctx.tokens.ttlSeconds,
    refresh: token,
    user: toPublicUser(user),
  };
}

export async function logout(ctx: AppContext, rawRefreshToken: string | undefined, meta: RequestMeta): Promise<void> {
  if (!rawRefreshToken) return;
  const family = await familyOf(ctx.db, rawRefreshToken);
  if (!family) return;
  await revokeFamily(ctx.db, family.familyId, new Date());
  await recordAudit(ctx.db, { actorId: family.userId, action: 'auth.logout', ip: meta.ip });
}

export async function getMe(ctx: AppContext, principal: Principal): Promise<PublicUser> {
  const user = await findUserById(ctx.db, principal.id);
  if (!user) throw new AppError(401, ErrorCode.unauthenticated, 'This account no longer exists.');
  return toPublicUser(user);
}

export async function updateMe(
  ctx: AppContext,
  principal: Principal,
  patch: { displayName?: string | undefined; bio?: string | undefined },
): Promise<PublicUser> {
  const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as { displayName?: string; bio?: string };
  return toPublicUser(await updateUserProfile(ctx.db, principal.id, clean));
}

async function requirePassword(ctx: AppContext, principal: Principal, password: string): Promise<UserRow> {
  const user = await findUserById(ctx.db, principal.id);
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, password))) {
    throw unprocessable('wrong_password', 'The current password is incorrect.', [{ field: 'password', message: 'incorrect' }]);
  }
  return user;
}

/** Changes the password and logs out every other session (the one making the change stays). */
export async function changePassword(
  ctx: AppContext,
  principal: Principal,
  input: { currentPassword: string; newPassword: string; currentRefreshToken?: string | undefined },
  meta: RequestMeta,
): Promise<void> {
  const user = await requirePassword(ctx, principal, input.currentPassword);
  const problem = passwordProblem(input.newPassword, { email: user.email ?? undefined, displayName: user.display_name });
  if (problem) throw unprocessable(ErrorCode.weakPassword, problem, [{ field: 'newPassword', message: problem }]);
  const current = input.currentRefreshToken ? await familyOf(ctx.db, input.currentRefreshToken) : null;
  const newHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (tx) => {
    await updatePasswordHash(tx, user.id, newHash);
    await revokeUserFamilies(tx, user.id, new Date(), current?.userId === user.id ? current.familyId : undefined);
    await recordAudit(tx, { actorId: user.id, action: 'auth.password_changed', ip: meta.ip });
  });
}

export async function exportMe(ctx: AppContext, principal: Principal): Promise<Record<string, unknown>> {
  const user = await findUserById(ctx.db, principal.id);
  if (!user?.email) throw new AppError(401, ErrorCode.unauthenticated, 'This account no longer exists.');
  const email = user.email;
  const sections = await ctx.db.transaction().execute((tx) => ctx.personalData.exportAll(tx, { userId: user.id, email }));
  return {
    exportedAt: new Date().toISOString(),
    formatVersion: 1,
    user: { ...toPublicUser(user), updatedAt: user.updated_at.toISOString() },
    ...sections,
  };
}

/** Erases the account: private data deleted, shared contributions kept but attributed to an anonymous member. */
export async function eraseMe(ctx: AppContext, principal: Principal, password: string, meta: RequestMeta): Promise<void> {
  const user = await requirePassword(ctx, principal, password);
  const email = user.email ?? '';
  await ctx.db.transaction().execute(async (tx) => {
    await ctx.personalData.eraseAll(tx, { userId: user.id, email });
    await deleteUserRefreshTokens(tx, user.id);
    await anonymiseUser(tx, user.id, erasedDisplayName);
    await recordAudit(tx, { actorId: user.id, action: 'account.erased', targetKind: 'user', targetId: user.id, ip: meta.ip });
  });
}

/** Creates the admin, or makes an existing account admin with this password (CLI and ADMIN_EMAIL at start). */
export async function ensureAdmin(db: Kysely<DB>, email: string, password: string): Promise<'created' | 'promoted' | 'unchanged'> {
  const existing = await findUserByEmail(db, email);
  if (!existing) {
    await registerUser(db, { email, password, displayName: 'Admin', role: 'admin' });
    await recordAudit(db, { actorId: null, action: 'admin.created', targetKind: 'user', metadata: { email: maskEmail(email) } });
    return 'created';
  }
  if (existing.role === 'admin') return 'unchanged';
  await updateUserRole(db, existing.id, 'admin');
  await recordAudit(db, { actorId: null, action: 'admin.promoted', targetKind: 'user', targetId: existing.id });
  return 'promoted';
}

export async function loadPrincipal(db: Kysely<DB>, userId: number): Promise<Principal | null> {
  const user = await findUserById(db, userId);
  return user
    ? { id: user.id, role: user.role, displayName: user.display_name, suspendedUntil: user.suspended_until }
    : null;
}

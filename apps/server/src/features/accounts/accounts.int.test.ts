import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath } from '@egoejo/contracts';
import { makeAdmin, makeMember, uniqueEmail, uniqueIp } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { refreshCookieName } from './cookies';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ REFRESH_REUSE_GRACE_SECONDS: '1' });
});
afterAll(() => t.close());

const password = 'des-haies-pour-les-oiseaux';
const json = { 'content-type': 'application/json' };

async function register(body: Record<string, unknown>, ip = uniqueIp()) {
  return t.app.inject({ method: 'POST', url: ApiPath.register, remoteAddress: ip, payload: body });
}

async function login(email: string, pass = password, ip = uniqueIp()) {
  return t.app.inject({ method: 'POST', url: ApiPath.login, remoteAddress: ip, payload: { email, password: pass } });
}

function refreshCookie(reply: { cookies: { name: string; value: string }[] }): string {
  const cookie = reply.cookies.find((c) => c.name === refreshCookieName);
  if (!cookie) throw new Error('no refresh cookie');
  return cookie.value;
}

const refreshWithCookie = (token: string) =>
  t.app.inject({ method: 'POST', url: ApiPath.refresh, remoteAddress: uniqueIp(), cookies: { [refreshCookieName]: token } });

const countUsers = async (email: string) =>
  (await t.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('email', '=', email).executeTakeFirstOrThrow()).n;

describe('registration', () => {
  it('creates a member with a trimmed, lower-cased email', async () => {
    const email = uniqueEmail();
    const reply = await register({ email: `  ${email.toUpperCase()} `, password, displayName: ' Léa ' });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().user).toMatchObject({ email, displayName: 'Léa', role: 'member' });
  });

  it('refuses a second account with the same email', async () => {
    const email = uniqueEmail();
    expect((await register({ email, password, displayName: 'A' })).statusCode).toBe(201);
    const again = await register({ email: email.toUpperCase(), password, displayName: 'B' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('email_taken');
  });

  it.each([
    ['too short', 'court123'],
    ['only digits', '12345678901234'],
    ['a common password', 'password123'],
    ['another common password', 'azertyuiop'],
  ])('enforces the password rules on the server: %s', async (_label, weak) => {
    const email = uniqueEmail();
    const reply = await register({ email, password: weak, displayName: 'Jo' });
    expect(reply.statusCode).toBe(422);
    expect(reply.json().error).toMatchObject({ code: 'weak_password', details: [{ field: 'password' }] });
    expect(await countUsers(email)).toBe(0);
  });

  it('names the invalid fields', async () => {
    const reply = await register({ email: 'pas-un-email', password, displayName: '' });
    expect(reply.statusCode).toBe(400);
    const fields = reply.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'displayName']));
  });

  it('stores nothing when the honeypot is filled, yet answers like a success', async () => {
    const email = uniqueEmail();
    const reply = await register({ email, password, displayName: 'Bot', website: 'http://spam.example' });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().user).toMatchObject({ email, role: 'member' });
    expect(await countUsers(email)).toBe(0);
  });

  it('treats a form sent faster than a person could like a filled honeypot', async () => {
    const fast = uniqueEmail();
    await register({ email: fast, password, displayName: 'Bot', formStamp: t.ctx.formStamps.issue() });
    expect(await countUsers(fast)).toBe(0);
    const human = uniqueEmail();
    await register({ email: human, password, displayName: 'Humain', formStamp: t.ctx.formStamps.issue(Date.now() - 5_000) });
    expect(await countUsers(human)).toBe(1);
  });
});

describe('login', () => {
  it('returns an access token and sets a strict, http-only refresh cookie scoped to /api/auth', async () => {
    const user = await makeMember(t);
    const reply = await login(user.email, user.password);
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toMatchObject({ expiresIn: 900, user: { id: user.id, role: 'member' } });
    const cookie = reply.cookies.find((c) => c.name === refreshCookieName);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    const me = await t.app.inject({ url: ApiPath.me, headers: { authorization: `Bearer ${reply.json().accessToken}` } });
    expect(me.json().user.id).toBe(user.id);
  });

  it('answers an unknown email and a wrong password with the same 401', async () => {
    const user = await makeMember(t);
    const wrong = await login(user.email, 'pas-le-bon-mot-de-passe');
    const unknown = await login(uniqueEmail(), 'pas-le-bon-mot-de-passe');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('limits attempts for one email from one address to 5 a minute, with Retry-After', async () => {
    const user = await makeMember(t);
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) expect((await login(user.email, 'mauvais-mot-de-passe', ip)).statusCode).toBe(401);
    const limited = await login(user.email, user.password, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await login(user.email, user.password)).statusCode).toBe(200);
  });

  it('records successes and failures in the audit log', async () => {
    const user = await makeMember(t);
    await login(user.email, 'mauvais-mot-de-passe');
    await login(user.email, user.password);
    const actions = (await t.db.selectFrom('audit_events').select('action').where('actor_id', '=', user.id).execute()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.login_failed', 'auth.login_succeeded']));
  });
});

describe('refresh tokens', () => {
  it('rotates: a new access token and a new refresh token each time', async () => {
    const user = await makeMember(t);
    const first = refreshCookie(await login(user.email, user.password));
    const reply = await refreshWithCookie(first);
    expect(reply.statusCode).toBe(200);
    expect(reply.json().accessToken).toEqual(expect.any(String));
    expect(refreshCookie(reply)).not.toBe(first);
  });

  it('accepts the token in the body for non-browser clients', async () => {
    const user = await makeMember(t);
    const first = refreshCookie(await login(user.email, user.password));
    const reply = await t.app.inject({ method: 'POST', url: ApiPath.refresh, headers: json, payload: { refreshToken: first } });
    expect(reply.statusCode).toBe(200);
    expect(reply.json().refreshToken).toEqual(expect.any(String));
  });

  it('tolerates parallel tabs inside the grace window', async () => {
    const user = await makeMember(t);
    const first = refreshCookie(await login(user.email, user.password));
    const [a, b] = await Promise.all([refreshWithCookie(first), refreshWithCookie(first)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
  });

  it('revokes the whole family when a rotated token is used again after the grace window', async () => {
    const user = await makeMember(t);
    const first = refreshCookie(await login(user.email, user.password));
    const second = refreshCookie(await refreshWithCookie(first));
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const replay = await refreshWithCookie(first);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('refresh_token_reused');
    // The legitimate holder's newest token of that login stops working too.
    const legit = await refreshWithCookie(second);
    expect(legit.statusCode).toBe(401);
    const audit = await t.db.selectFrom('audit_events').select('action').where('actor_id', '=', user.id).execute();
    expect(audit.map((a) => a.action)).toContain('auth.refresh_reused');
  });

  it('logout revokes the family', async () => {
    const user = await makeMember(t);
    const token = refreshCookie(await login(user.email, user.password));
    const out = await t.app.inject({ method: 'POST', url: ApiPath.logout, cookies: { [refreshCookieName]: token } });
    expect(out.statusCode).toBe(204);
    expect((await refreshWithCookie(token)).statusCode).toBe(401);
  });

  it('refuses an unknown or missing token with 401', async () => {
    expect((await refreshWithCookie('inconnu')).json().error.code).toBe('invalid_refresh_token');
    expect((await t.app.inject({ method: 'POST', url: ApiPath.refresh })).statusCode).toBe(401);
  });
});

describe('my account', () => {
  it('updates the display name and bio', async () => {
    const user = await makeMember(t);
    const reply = await t.app.inject({ method: 'PATCH', url: ApiPath.me, headers: user.auth, payload: { displayName: 'Maëlle', bio: 'Maraîchère' } });
    expect(reply.statusCode).toBe(200);
    expect(reply.json().user).toMatchObject({ displayName: 'Maëlle', bio: 'Maraîchère' });
  });

  it('changes the password and logs out the other sessions only', async () => {
    const user = await makeMember(t);
    const here = refreshCookie(await login(user.email, user.password));
    const elsewhere = refreshCookie(await login(user.email, user.password));
    const newPassword = 'une-nouvelle-graine-2026';
    const reply = await t.app.inject({
      method: 'POST',
      url: ApiPath.password,
      headers: user.auth,
      cookies: { [refreshCookieName]: here },
      payload: { currentPassword: user.password, newPassword },
    });
    expect(reply.statusCode).toBe(204);
    expect((await refreshWithCookie(elsewhere)).statusCode).toBe(401);
    expect((await refreshWithCookie(here)).statusCode).toBe(200);
    expect((await login(user.email, user.password)).statusCode).toBe(401);
    expect((await login(user.email, newPassword)).statusCode).toBe(200);
  });

  it('refuses a password change with a wrong current password', async () => {
    const user = await makeMember(t);
    const reply = await t.app.inject({
      method: 'POST',
      url: ApiPath.password,
      headers: user.auth,
      payload: { currentPassword: 'pas-le-bon', newPassword: 'une-nouvelle-graine-2026' },
    });
    expect(reply.statusCode).toBe(422);
  });

  it('exports everything stored about the user, including join requests sent with the same email', async () => {
    const user = await makeMember(t);
    await t.app.inject({ method: 'POST', url: ApiPath.intents, remoteAddress: uniqueIp(), payload: { name: 'Camille', email: user.email, profile: 'je-participe', message: 'Bonjour' } });
    const reply = await t.app.inject({ url: ApiPath.meExport, headers: user.auth });
    expect(reply.statusCode).toBe(200);
    const data = reply.json();
    expect(data.user.email).toBe(user.email);
    expect(data.joinRequests).toEqual([expect.objectContaining({ message: 'Bonjour' })]);
    expect(Array.isArray(data.sessions)).toBe(true);
  });

  it('erases the account when confirmed by the password, anonymising rather than deleting the row', async () => {
    const user = await makeMember(t);
    await t.app.inject({ method: 'POST', url: ApiPath.intents, remoteAddress: uniqueIp(), payload: { name: 'C', email: user.email, profile: 'je-decouvre' } });
    const refused = await t.app.inject({ method: 'DELETE', url: ApiPath.me, headers: user.auth, payload: { password: 'mauvais-mot-de-passe' } });
    expect(refused.statusCode).toBe(422);
    const erased = await t.app.inject({ method: 'DELETE', url: ApiPath.me, headers: user.auth, payload: { password: user.password } });
    expect(erased.statusCode).toBe(204);
    const row = await t.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email: null, password_hash: null, display_name: 'Membre parti·e' });
    expect(await t.db.selectFrom('intents').select('id').where('email', '=', user.email).execute()).toEqual([]);
    expect((await login(user.email, user.password)).statusCode).toBe(401);
    expect((await t.app.inject({ url: ApiPath.me, headers: user.auth })).statusCode).toBe(401);
  });
});

describe('access control', () => {
  it('answers 401 without a token and with a forged one', async () => {
    expect((await t.app.inject({ url: ApiPath.me })).statusCode).toBe(401);
    const forged = await t.app.inject({ url: ApiPath.me, headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' } });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('invalid_token');
  });

  it.each([ApiPath.adminIntents, ApiPath.adminIntentsCsv, ApiPath.adminAudit])('gives a member 403 on %s', async (url) => {
    const member = await makeMember(t);
    const reply = await t.app.inject({ url, headers: member.auth });
    expect(reply.statusCode).toBe(403);
    expect(reply.json().error.code).toBe('forbidden');
  });

  it('lets an admin read the audit log page by page', async () => {
    const admin = await makeAdmin(t);
    const first = await t.app.inject({ url: `${ApiPath.adminAudit}?limit=2`, headers: admin.auth });
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toHaveLength(2);
    const next = await t.app.inject({ url: `${ApiPath.adminAudit}?limit=2&cursor=${first.json().nextCursor}`, headers: admin.auth });
    expect(next.json().items[0].id).toBeLessThan(first.json().items[1].id);
  });
});

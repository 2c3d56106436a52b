import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiPath, pathWith } from '@egoejo/contracts';
import { makeAdmin, makeMember, uniqueEmail, uniqueIp, type TestUser } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await makeAdmin(t);
});
afterAll(() => t.close());

const join = (body: Record<string, unknown>, ip = uniqueIp()) =>
  t.app.inject({ method: 'POST', url: ApiPath.intents, remoteAddress: ip, payload: body });

const rowsFor = (email: string) => t.db.selectFrom('intents').selectAll().where('email', '=', email).execute();

const spamCount = async () => {
  const metric = await t.ctx.metrics.registry.getSingleMetric('forms_spam_dropped_total')?.get();
  return metric?.values.find((v) => v.labels.form === 'join')?.value ?? 0;
};

describe('join form', () => {
  it('stores a join request', async () => {
    const email = uniqueEmail();
    const reply = await join({ name: 'Élise', email, profile: 'je-participe', message: 'Je jardine à Die.' });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toEqual({ received: true });
    expect(await rowsFor(email)).toEqual([expect.objectContaining({ name: 'Élise', profile: 'je-participe', message: 'Je jardine à Die.' })]);
  });

  it('updates the same row when the same email joins again the same day', async () => {
    const email = uniqueEmail();
    await join({ name: 'Élise', email, profile: 'je-decouvre' });
    await join({ name: 'Élise M.', email: email.toUpperCase(), profile: 'je-contribue', message: 'Finalement je contribue' });
    const rows = await rowsFor(email);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Élise M.', profile: 'je-contribue' });
  });

  it.each(['website', 'nickname', 'comment'])('stores nothing when the honeypot field %s is filled, and counts it', async (field) => {
    const email = uniqueEmail();
    const before = await spamCount();
    const reply = await join({ name: 'Bot', email, profile: 'je-decouvre', [field]: 'x' });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toEqual({ received: true });
    expect(await rowsFor(email)).toEqual([]);
    expect(await spamCount()).toBe(before + 1);
  });

  it('stores nothing when the form came back faster than a person could fill it, or with a forged stamp', async () => {
    const fast = uniqueEmail();
    await join({ name: 'Bot', email: fast, profile: 'je-decouvre', formStamp: t.ctx.formStamps.issue() });
    const forged = uniqueEmail();
    await join({ name: 'Bot', email: forged, profile: 'je-decouvre', formStamp: `${Date.now() - 10_000}.forged` });
    expect(await rowsFor(fast)).toEqual([]);
    expect(await rowsFor(forged)).toEqual([]);
  });

  it('accepts a form whose stamp came from GET /api/forms/stamp more than 2 s before', async () => {
    const stampReply = await t.app.inject({ url: ApiPath.formStamp });
    const stamp: string = stampReply.json().stamp;
    const [issuedAt, signature] = stamp.split('.');
    expect(signature).toBeTruthy();
    // Same signature check as the server, issued 3 s earlier.
    const older = t.ctx.formStamps.issue(Number(issuedAt) - 3_000);
    const email = uniqueEmail();
    await join({ name: 'Humain', email, profile: 'je-decouvre', formStamp: older });
    expect(await rowsFor(email)).toHaveLength(1);
  });

  it.each([
    [{ name: 'A', email: 'x@example.org', profile: 'je-sais-pas' }, 'profile'],
    [{ name: '', email: 'x@example.org', profile: 'je-decouvre' }, 'name'],
    [{ name: 'A', email: 'nope', profile: 'je-decouvre' }, 'email'],
    [{ name: 'A', email: 'x@example.org', profile: 'je-decouvre', message: 'm'.repeat(2001) }, 'message'],
  ])('refuses invalid input naming the field (%#)', async (body, field) => {
    const reply = await join(body);
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('limits one address to 5 submissions a minute', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) expect((await join({ name: 'A', email: uniqueEmail(), profile: 'je-decouvre' }, ip)).statusCode).toBe(201);
    const limited = await join({ name: 'A', email: uniqueEmail(), profile: 'je-decouvre' }, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});

describe('join requests for admins', () => {
  it('filters by profile and text, with literal wildcards, newest first, page by page', async () => {
    const tag = `marqueur${Date.now()}`;
    for (const [i, profile] of ['je-decouvre', 'je-contribue', 'je-contribue', 'je-contribue'].entries()) {
      await join({ name: `Nom ${i}`, email: uniqueEmail(), profile, message: `${tag} 100% bio_${i}` });
    }
    const first = await t.app.inject({ url: `${ApiPath.adminIntents}?profile=je-contribue&q=${tag}&limit=2`, headers: admin.auth });
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items.map((i: { name: string }) => i.name)).toEqual(['Nom 3', 'Nom 2']);
    const second = await t.app.inject({ url: `${ApiPath.adminIntents}?profile=je-contribue&q=${tag}&limit=2&cursor=${page1.nextCursor}`, headers: admin.auth });
    expect(second.json().items.map((i: { name: string }) => i.name)).toEqual(['Nom 1']);
    expect(second.json().nextCursor).toBeNull();
    const literal = await t.app.inject({ url: `${ApiPath.adminIntents}?q=${encodeURIComponent('100%')}`, headers: admin.auth });
    expect(literal.json().items.length).toBeGreaterThanOrEqual(4);
    const wildcard = await t.app.inject({ url: `${ApiPath.adminIntents}?q=${encodeURIComponent(`${tag}%bio`)}`, headers: admin.auth });
    expect(wildcard.json().items).toEqual([]);
  });

  it('refuses malformed filters and cursors with 400', async () => {
    for (const query of ['from=2026-13', 'profile=autre', 'cursor=%%%', 'limit=0', 'limit=abc', 'cursor=eyJ4IjoxfQ']) {
      const reply = await t.app.inject({ url: `${ApiPath.adminIntents}?${query}`, headers: admin.auth });
      expect(reply.statusCode, query).toBe(400);
    }
  });

  it('exports CSV with correct quoting and formula cells neutralised', async () => {
    const email = uniqueEmail();
    await join({ name: '=HYPERLINK("http://evil","x")', email, profile: 'je-decouvre', message: 'Ligne 1\n"cité", virgule' });
    const reply = await t.app.inject({ url: `${ApiPath.adminIntentsCsv}?q=${encodeURIComponent(email)}`, headers: admin.auth });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('text/csv');
    expect(reply.headers['content-disposition']).toContain('attachment');
    const body = reply.body.replace(/^\uFEFF/, '');
    const [header, row] = body.split('\r\n');
    expect(header).toBe('"id","name","email","profile","message","created_at","updated_at"');
    expect(row).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(row).toContain('"Ligne 1\n""cité"", virgule"');
    for (const start of ['+', '-', '@']) {
      const e = uniqueEmail();
      await join({ name: `${start}1+1`, email: e, profile: 'je-decouvre' });
      const csv = (await t.app.inject({ url: `${ApiPath.adminIntentsCsv}?q=${encodeURIComponent(e)}`, headers: admin.auth })).body;
      expect(csv).toContain(`"'${start}1+1"`);
    }
    const audit = await t.db.selectFrom('audit_events').select('action').where('actor_id', '=', admin.id).execute();
    expect(audit.map((a) => a.action)).toContain('admin.intents_exported');
  });

  it('deletes a join request, then answers 404', async () => {
    const email = uniqueEmail();
    await join({ name: 'À supprimer', email, profile: 'je-decouvre' });
    const [row] = await rowsFor(email);
    const url = pathWith(ApiPath.adminIntent, { id: row!.id });
    expect((await t.app.inject({ method: 'DELETE', url, headers: admin.auth })).statusCode).toBe(204);
    expect(await rowsFor(email)).toEqual([]);
    expect((await t.app.inject({ method: 'DELETE', url, headers: admin.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: pathWith(ApiPath.adminIntent, { id: 'abc' }), headers: admin.auth })).statusCode).toBe(400);
  });

  it('refuses members (403) and visitors (401)', async () => {
    const member = await makeMember(t);
    expect((await t.app.inject({ method: 'DELETE', url: pathWith(ApiPath.adminIntent, { id: 1 }), headers: member.auth })).statusCode).toBe(403);
    expect((await t.app.inject({ url: ApiPath.adminIntents })).statusCode).toBe(401);
  });
});

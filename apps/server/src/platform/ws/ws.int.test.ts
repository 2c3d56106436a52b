import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WsCloseCode, wsMaxFrameBytes } from '@egoejo/contracts';
import { AppError } from '../errors';
import { SocketHandlerRegistry } from './registry';
import { makeMember } from '../../../test/factories';
import { type TestApp, createTestApp } from '../../../test/harness';
import { openSocket, wsUrlOf } from '../../../test/ws-client';

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await createTestApp({ CORS_ALLOWED_ORIGINS: 'https://egoejo.example', WS_AUTH_TIMEOUT_SECONDS: '1', WS_IDLE_TIMEOUT_SECONDS: '2' });
  url = await wsUrlOf(t);
});
afterAll(() => t.close());

describe('WebSocket platform', () => {
  it('authenticates in-band and answers pings', async () => {
    const member = await makeMember(t);
    const socket = await openSocket(url);
    socket.send({ type: 'auth', token: member.token });
    expect((await socket.next('auth.ok')).user).toMatchObject({ id: member.id, role: 'member' });
    socket.send({ type: 'ping' });
    await socket.next('pong');
    await socket.close();
  });

  it('answers a bad token with an error and keeps the socket open', async () => {
    const socket = await openSocket(url);
    socket.send({ type: 'auth', token: 'not-a-token' });
    expect((await socket.next('error')).code).toBe('invalid_token');
    socket.send({ type: 'ping' });
    await socket.next('pong');
    await socket.close();
  });

  it.each([
    ['invalid JSON', '{nope', 'invalid_json'],
    ['an unknown type', JSON.stringify({ type: 'shout' }), 'validation_failed'],
    ['a missing field', JSON.stringify({ type: 'auth' }), 'validation_failed'],
    ['a non-object', JSON.stringify([1, 2]), 'validation_failed'],
  ])('refuses %s with an error frame and stays open', async (_label, frame, code) => {
    const socket = await openSocket(url);
    socket.raw.send(frame);
    expect((await socket.next('error')).code).toBe(code);
    socket.send({ type: 'ping' });
    await socket.next('pong');
    await socket.close();
  });

  it('refuses a feature message before authentication', async () => {
    const socket = await openSocket(url);
    socket.send({ type: 'typing', thread: 1 });
    expect((await socket.next('error')).code).toMatch(/unauthenticated|unsupported_message/);
    await socket.close();
  });

  it('hands feature messages to their registered handler, whose subscriptions receive publishes', async () => {
    // A registry of its own, so this test does not depend on which features are registered.
    const features = t.ctx.socketHandlers;
    t.ctx.socketHandlers = new SocketHandlerRegistry();
    t.ctx.socketHandlers.on('poll.subscribe', (session, message) => session.subscribe(`poll:${message.poll}`), { access: 'public' });
    t.ctx.socketHandlers.on('typing', () => {
      throw new AppError(403, 'forbidden', 'no');
    });
    try {
      const member = await makeMember(t);
      const anonymous = await openSocket(url);
      const authed = await openSocket(url, { token: member.token });
      anonymous.send({ type: 'poll.subscribe', poll: 7 });
      authed.send({ type: 'typing', thread: 1 });
      expect((await authed.next('error')).code).toBe('forbidden');
      await new Promise((r) => setTimeout(r, 100));
      await t.ctx.pubsub.publish('poll:7', { type: 'poll.updated', poll: { id: 7 } });
      expect((await anonymous.next('poll.updated')).poll).toEqual({ id: 7 });
      // Subscribed to something public: not closed by the authentication timeout.
      await new Promise((r) => setTimeout(r, 1_200));
      expect(anonymous.raw.readyState).toBe(anonymous.raw.OPEN);
      await anonymous.close();
      await authed.close();
    } finally {
      t.ctx.socketHandlers = features;
    }
  });

  it('accepts the same origin and allow-listed origins, refuses others', async () => {
    const host = new URL(url).host;
    await (await openSocket(url, { origin: `http://${host}` })).close();
    await (await openSocket(url, { origin: 'https://egoejo.example' })).close();
    await expect(openSocket(url, { origin: 'https://evil.example' })).rejects.toThrow(/403/);
  });

  it('closes a socket that neither authenticates nor subscribes in time', async () => {
    const socket = await openSocket(url);
    expect((await socket.closed).code).toBe(WsCloseCode.authTimeout);
  });

  it('closes a socket that sends a frame above 64 KB', async () => {
    const member = await makeMember(t);
    const socket = await openSocket(url, { token: member.token });
    socket.raw.send(JSON.stringify({ type: 'ping', pad: 'x'.repeat(wsMaxFrameBytes) }));
    expect((await socket.closed).code).toBe(WsCloseCode.tooBig);
  });

  it('drops a socket that stops answering pings', async () => {
    const member = await makeMember(t);
    const socket = await openSocket(url, { token: member.token });
    // Simulates a vanished client: it no longer answers protocol pings and sends nothing.
    socket.raw.pong = () => undefined;
    (socket.raw as unknown as { _receiver: { removeAllListeners(e: string): void } })._receiver.removeAllListeners('ping');
    const { code } = await socket.closed;
    expect(code).toBe(1006);
  });
});

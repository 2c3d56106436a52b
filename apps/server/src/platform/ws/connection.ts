import type { FastifyBaseLogger } from 'fastify';
import type { RawData } from 'ws';
import { type ClientMessage, ClientMessage as ClientMessageSchema, ErrorCode } from '@egoejo/contracts';
import type { AccessTokens } from '../access-tokens';
import type { Principal } from '../auth-guard';
import { isDatabaseUnavailable } from '../error-handler';
import { AppError } from '../errors';
import { type FeatureMessageType, type SocketHandlerRegistry, platformMessageTypes } from './registry';
import type { SocketSession } from './session';

export interface ConnectionDeps {
  tokens: AccessTokens;
  loadPrincipal(userId: number): Promise<Principal | null>;
  handlers: SocketHandlerRegistry;
  log: FastifyBaseLogger;
}

/** Frames waiting for their turn on one socket; beyond this the client is flooding and frames are refused. */
const maxPendingFrames = 64;

const isPlatformType = (type: string): type is (typeof platformMessageTypes)[number] =>
  (platformMessageTypes as readonly string[]).includes(type);

function parseFrame(data: RawData): { ok: true; message: ClientMessage } | { ok: false; error: AppError } {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(data as Buffer[]).toString('utf8'));
  } catch {
    return { ok: false, error: new AppError(400, ErrorCode.invalidJson, 'The message is not valid JSON.') };
  }
  const parsed = ClientMessageSchema.safeParse(json);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'type', message: i.message }));
  const fields = [...new Set(issues.map((i) => i.field))].join(', ');
  return { ok: false, error: new AppError(400, ErrorCode.validationFailed, `Invalid message: ${fields}.`, issues) };
}

/**
 * Reads one socket's frames in order (a client's sends are acked in the order it sent them), answers the
 * platform's own messages and hands the others to the feature that registered their type. Any failure
 * becomes an `error` frame; the socket stays open.
 */
export function createFrameReader(session: SocketSession, deps: ConnectionDeps): (data: RawData, isBinary: boolean) => void {
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;

  const fail = (error: unknown, clientId?: string) => {
    const appError = toSocketError(error, deps.log);
    session.send({
      type: 'error',
      code: appError.code,
      message: appError.message,
      ...(appError.details === undefined ? {} : { details: appError.details }),
      ...(clientId === undefined ? {} : { clientId }),
    });
  };

  const handle = async (data: RawData, isBinary: boolean) => {
    if (isBinary) return fail(new AppError(400, ErrorCode.invalidJson, 'Binary frames are not accepted; send JSON text.'));
    const parsed = parseFrame(data);
    if (!parsed.ok) return fail(parsed.error);
    const message = parsed.message;
    const clientId = 'clientId' in message ? message.clientId : undefined;
    try {
      if (isPlatformType(message.type)) return await handlePlatformMessage(session, message, deps);
      await dispatch(session, message as Extract<ClientMessage, { type: FeatureMessageType }>, deps.handlers);
    } catch (error) {
      fail(error, clientId);
    }
  };

  return (data, isBinary) => {
    session.lastSeenAt = Date.now();
    if (pending >= maxPendingFrames) {
      fail(new AppError(429, ErrorCode.rateLimited, 'Too many messages waiting; slow down.'));
      return;
    }
    pending++;
    queue = queue.then(() => handle(data, isBinary)).finally(() => pending--);
  };
}

async function handlePlatformMessage(session: SocketSession, message: ClientMessage, deps: ConnectionDeps): Promise<void> {
  if (message.type === 'ping') return session.send({ type: 'pong' });
  if (message.type !== 'auth') return; // a pong only refreshes lastSeenAt
  const claims = await deps.tokens.verify(message.token);
  const principal = claims ? await deps.loadPrincipal(claims.userId) : null;
  if (!principal) throw new AppError(401, ErrorCode.invalidToken, 'The access token is invalid or expired.');
  // A fresh token for the same person is welcome (expiry); switching person on one socket is not.
  if (session.principal && session.principal.id !== principal.id) {
    throw new AppError(403, ErrorCode.forbidden, 'This socket is already authenticated as someone else.');
  }
  session.principal = principal;
  session.send({ type: 'auth.ok', user: { id: principal.id, displayName: principal.displayName, role: principal.role } });
}

async function dispatch(
  session: SocketSession,
  message: Extract<ClientMessage, { type: FeatureMessageType }>,
  handlers: SocketHandlerRegistry,
): Promise<void> {
  const entry = handlers.get(message.type);
  if (!entry) throw new AppError(400, 'unsupported_message', `Messages of type ${message.type} are not handled here.`);
  if (entry.access === 'member' && !session.principal) {
    throw new AppError(401, ErrorCode.unauthenticated, 'Send {"type":"auth","token"} first.');
  }
  await entry.handler(session, message);
}

function toSocketError(error: unknown, log: FastifyBaseLogger): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    return new AppError(503, ErrorCode.databaseUnavailable, 'The database is unavailable; try again shortly.');
  }
  log.error({ err: error }, 'WebSocket handler failed');
  return new AppError(500, ErrorCode.internal, 'Something went wrong on our side.');
}

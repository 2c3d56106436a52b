import { z } from 'zod';
import { Role } from './accounts';
import { ChatMessage, ChatUser, ClientId, Id, MessageText } from './chat';
import { ModerationItem, ModerationStatus } from './moderation';
import { Poll } from './polls';

/**
 * The WebSocket protocol of `/ws` (DESIGN §5): one typed map of what a client may send and what the
 * server sends back. Every frame is a JSON object with a `type`; each feature appends its messages here.
 */

/** Largest frame the server accepts; a bigger one closes the socket with 1009. */
export const wsMaxFrameBytes = 64 * 1024;

/** A presence frame lists at most this many users (a thread of 1,000 would otherwise send 1,000 × 1,000 names). */
export const presenceListMax = 100;

export const WsCloseCode = {
  /** The server restarts or shuts down: reconnect. */
  goingAway: 1001,
  /** Frame larger than `wsMaxFrameBytes`. */
  tooBig: 1009,
  /** The client did not read fast enough and its send buffer overflowed: reconnect and resume. */
  tryAgainLater: 1013,
  /** No `auth` (and no public subscription) within the grace period. */
  authTimeout: 4001,
  /** Nothing received (not even a pong) for too long. */
  idle: 4002,
} as const;

export const ClientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auth'), token: z.string().min(1).max(4096) }),
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('pong') }),
  // chat
  z.object({
    type: z.literal('subscribe'),
    thread: Id,
    after: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().describe('last message id seen (0: from the start)'),
  }),
  z.object({ type: z.literal('unsubscribe'), thread: Id }),
  z.object({
    type: z.literal('message.send'),
    thread: Id,
    clientId: ClientId,
    text: MessageText,
    replyTo: Id.optional(),
    mediaId: Id.optional(),
  }),
  z.object({ type: z.literal('message.edit'), id: Id, text: MessageText }),
  z.object({ type: z.literal('message.delete'), id: Id }),
  z.object({ type: z.literal('typing'), thread: Id }),
  z.object({ type: z.literal('read'), thread: Id, upTo: Id }),
  // polls (owned by features/polls)
  z.object({ type: z.literal('poll.subscribe'), poll: Id }),
  z.object({ type: z.literal('poll.unsubscribe'), poll: Id }),
  // moderation (owned by features/moderation): moderators follow the review queue live
  z.object({ type: z.literal('moderation.subscribe') }),
  z.object({ type: z.literal('moderation.unsubscribe') }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;
export type ClientMessageType = ClientMessage['type'];
export type ClientMessageOf<T extends ClientMessageType> = Extract<ClientMessage, { type: T }>;

export const WsUser = z.object({ id: z.number().int(), displayName: z.string(), role: Role });

export const ServerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auth.ok'), user: WsUser }),
  z.object({ type: z.literal('pong') }),
  z.object({
    type: z.literal('error'),
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    /** The `clientId` of the `message.send` that failed, so the client can mark that message. */
    clientId: z.string().optional(),
  }),
  // chat
  z.object({ type: z.literal('subscribed'), thread: z.number().int(), lastId: z.number().int().nullable() }),
  z.object({ type: z.literal('ack'), clientId: z.string(), id: z.number().int() }),
  z.object({ type: z.literal('message.new'), message: ChatMessage }),
  z.object({ type: z.literal('message.updated'), message: ChatMessage }),
  z.object({ type: z.literal('message.deleted'), message: ChatMessage }),
  z.object({ type: z.literal('typing'), thread: z.number().int(), user: ChatUser, expiresInMs: z.number().int() }),
  /** Who is online in a thread: the first `presenceListMax` by id, and how many in all. */
  z.object({ type: z.literal('presence'), thread: z.number().int(), online: z.array(ChatUser), count: z.number().int() }),
  /** A member left a private thread; that member's own sockets stop receiving it. */
  z.object({ type: z.literal('thread.left'), thread: z.number().int(), user: ChatUser }),
  // polls (owned by features/polls): the tally for this subscriber (results null while not visible to them)
  z.object({ type: z.literal('poll.updated'), poll: Poll }),
  // moderation (owned by features/moderation): hidden pending review, shown again after approval, and
  // the moderators' live queue (topic `moderators`)
  z.object({ type: z.literal('message.hidden'), thread: z.number().int(), id: z.number().int() }),
  z.object({ type: z.literal('message.unhidden'), thread: z.number().int(), id: z.number().int() }),
  z.object({ type: z.literal('moderation.subscribed') }),
  z.object({ type: z.literal('moderation.flagged'), item: ModerationItem }),
  z.object({ type: z.literal('moderation.decided'), id: z.number().int(), status: ModerationStatus }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;
export type ServerMessageOf<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

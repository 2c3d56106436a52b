import { z } from 'zod';
import { Timestamp } from './common';

/** A database id in a body or a WebSocket message (bigint identities fit JS numbers up to 2^53). */
export const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const ThreadKind = z.enum(['general', 'project', 'private']);
export type ThreadKind = z.infer<typeof ThreadKind>;
export const ThreadRole = z.enum(['owner', 'moderator', 'member']);
export type ThreadRole = z.infer<typeof ThreadRole>;

export const messageMaxLength = 4000;
export const MessageText = z.string().trim().min(1).max(messageMaxLength);
/** Chosen by the client for each send; the server stores it once per author, so a resend is harmless. */
export const ClientId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : - only');

/** Another member as chat shows them: never their email. */
export const ChatUser = z.object({ id: z.number().int(), displayName: z.string() });
export type ChatUser = z.infer<typeof ChatUser>;

export const ChatMessage = z.object({
  id: z.number().int(),
  threadId: z.number().int(),
  author: ChatUser,
  /** null once deleted: the tombstone keeps its place in the thread. */
  text: z.string().nullable(),
  mediaId: z.number().int().nullable(),
  replyToId: z.number().int().nullable(),
  clientId: z.string(),
  createdAt: Timestamp,
  editedAt: Timestamp.nullable(),
  deletedAt: Timestamp.nullable(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

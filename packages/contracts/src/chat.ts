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
  /** 1, 2, 3… within the thread, without gaps: a receiver that sees a hole knows it missed something. */
  seq: z.number().int(),
  author: ChatUser,
  /** null once deleted: the tombstone keeps its place in the thread. */
  text: z.string().nullable(),
  mediaId: z.number().int().nullable(),
  replyToId: z.number().int().nullable(),
  clientId: z.string(),
  createdAt: Timestamp,
  editedAt: Timestamp.nullable(),
  deletedAt: Timestamp.nullable(),
  /** Hidden by moderation pending review: only its author and moderators still get the text. */
  hidden: z.boolean().optional(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const ChatThread = z.object({
  id: z.number().int(),
  kind: ThreadKind,
  title: z.string(),
  projectSlug: z.string().nullable(),
  /** The caller's role in the thread; null for open threads (general, project) they never joined. */
  myRole: ThreadRole.nullable(),
  lastMessageId: z.number().int().nullable(),
  unreadCount: z.number().int(),
  createdAt: Timestamp,
});
export type ChatThread = z.infer<typeof ChatThread>;
export const ChatThreadList = z.object({ items: z.array(ChatThread) });
export const ChatThreadReply = z.object({ thread: ChatThread });

export const ThreadTitle = z.string().trim().min(1).max(120);
export const CreateThreadBody = z
  .object({
    kind: ThreadKind,
    title: ThreadTitle,
    projectSlug: z.string().trim().min(1).max(120).optional(),
    memberIds: z.array(Id).max(200).optional(),
  })
  .refine((b) => (b.kind === 'project') === (b.projectSlug !== undefined), {
    message: 'projectSlug is required for a project thread and only for it',
    path: ['projectSlug'],
  });
export type CreateThreadBody = z.infer<typeof CreateThreadBody>;
export const UpdateThreadBody = z.object({ title: ThreadTitle });
export const InviteBody = z.object({ userIds: z.array(Id).min(1).max(200) });

export const ThreadMember = ChatUser.extend({ role: ThreadRole });
export const ThreadMemberList = z.object({ items: z.array(ThreadMember) });

export const MessagesQuery = z
  .object({
    before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
    after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => q.before === undefined || q.after === undefined, { message: 'give before or after, not both', path: ['before'] });
export type MessagesQuery = z.infer<typeof MessagesQuery>;
export const MessagePage = z.object({ items: z.array(ChatMessage), hasMore: z.boolean() });
export type MessagePage = z.infer<typeof MessagePage>;

export const SendMessageBody = z.object({
  text: MessageText,
  clientId: ClientId,
  replyTo: Id.optional(),
  mediaId: Id.optional(),
});
export type SendMessageBody = z.infer<typeof SendMessageBody>;
export const EditMessageBody = z.object({ text: MessageText });
export const MessageReply = z.object({ message: ChatMessage });
export const ReadMarkerBody = z.object({ upTo: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });

import { z } from 'zod';
import { Id } from './chat';
import { PageQuery, Timestamp, pageOf } from './common';

/** What a member may report. */
export const ReportTargetKind = z.enum(['message', 'project', 'poll', 'user']);
export type ReportTargetKind = z.infer<typeof ReportTargetKind>;
/** What the review queue may hold: the reportable things, plus join-form messages scored automatically. */
export const ModerationTargetKind = z.enum(['message', 'project', 'poll', 'user', 'intent']);
export type ModerationTargetKind = z.infer<typeof ModerationTargetKind>;

export const ReportReason = z.enum(['spam', 'offensive', 'harassment', 'off_topic', 'other']);
export type ReportReason = z.infer<typeof ReportReason>;

/** The classifier's categories (the server's classifier scores exactly these). */
export const ModerationCategory = z.enum(['insult', 'threat', 'hate', 'harassment', 'sexual_harassment', 'spam']);
export type ModerationCategory = z.infer<typeof ModerationCategory>;
export const ModerationLanguage = z.enum(['fr', 'en']);

/** pending: waiting for a moderator; the others are the last decision. */
export const ModerationStatus = z.enum(['pending', 'approved', 'hidden', 'deleted']);
export type ModerationStatus = z.infer<typeof ModerationStatus>;
export const ModerationAction = z.enum(['approve', 'hide', 'delete', 'warn', 'suspend']);
export type ModerationAction = z.infer<typeof ModerationAction>;

const Note = z.string().trim().max(1000);

export const ReportBody = z.object({
  targetKind: ReportTargetKind,
  targetId: Id,
  reason: ReportReason,
  note: Note.optional(),
});
export type ReportBody = z.infer<typeof ReportBody>;
export const ReportReply = z.object({ id: z.number().int(), itemId: z.number().int() });

export const ModerationScores = z.record(z.string(), z.number().min(0).max(1));
/** A piece of the text (UTF-16 offsets, end exclusive) that raised a category's score. */
export const ModerationSpan = z.object({ start: z.number().int(), end: z.number().int(), category: ModerationCategory });
export type ModerationSpan = z.infer<typeof ModerationSpan>;

export const ScoreBody = z.object({ text: z.string().min(1).max(10_000), lang: ModerationLanguage.optional() });
export const ScoreReply = z.object({
  flagged: z.boolean(),
  hidden: z.boolean(),
  scores: ModerationScores,
  spans: z.array(ModerationSpan),
});
export type ScoreReply = z.infer<typeof ScoreReply>;

export const DecisionBody = z
  .object({
    action: ModerationAction,
    note: Note.optional(),
    /** Length of a suspension (action `suspend` only); 7 when omitted. */
    days: z.number().int().min(1).max(365).optional(),
  })
  .refine((body) => body.days === undefined || body.action === 'suspend', { path: ['days'], message: 'days applies to suspend only' });
export type DecisionBody = z.infer<typeof DecisionBody>;
export const DecisionReply = z.object({ id: z.number().int(), status: ModerationStatus, hidden: z.boolean() });
export type DecisionReply = z.infer<typeof DecisionReply>;

export const AppealBody = z.object({ note: Note.optional() });
export type AppealBody = z.infer<typeof AppealBody>;

const ContextMessage = z.object({ id: z.number().int(), authorId: z.number().int().nullable(), text: z.string().nullable(), createdAt: Timestamp });

export const ModerationReport = z.object({
  id: z.number().int(),
  reporterId: z.number().int().nullable(),
  reason: ReportReason,
  note: z.string().nullable(),
  createdAt: Timestamp,
});

export const ModerationItem = z.object({
  id: z.number().int(),
  targetKind: ModerationTargetKind,
  targetId: z.number().int(),
  status: ModerationStatus,
  hidden: z.boolean(),
  /** The text as it was when flagged or reported (null once erased). */
  content: z.string().nullable(),
  author: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  threadId: z.number().int().nullable(),
  /** Chat messages only: the messages just before and just after, oldest first. */
  context: z.object({ before: z.array(ContextMessage), after: z.array(ContextMessage) }),
  reports: z.array(ModerationReport),
  scores: ModerationScores.nullable(),
  spans: z.array(ModerationSpan),
  appeal: z.object({ note: z.string().nullable(), at: Timestamp }).nullable(),
  createdAt: Timestamp,
});
export type ModerationItem = z.infer<typeof ModerationItem>;
export const ModerationQueuePage = pageOf(ModerationItem);
export const ModerationQueueQuery = PageQuery;

/** What the author of hidden content sees about it. */
export const OwnModerationItem = z.object({
  id: z.number().int(),
  targetKind: ModerationTargetKind,
  targetId: z.number().int(),
  status: ModerationStatus,
  hidden: z.boolean(),
  canAppeal: z.boolean(),
  appealedAt: Timestamp.nullable(),
});
export type OwnModerationItem = z.infer<typeof OwnModerationItem>;
export const OwnModerationItems = z.object({ items: z.array(OwnModerationItem) });

export const ModerationErrorCode = {
  alreadyReported: 'already_reported',
  alreadyAppealed: 'already_appealed',
  notHidden: 'not_hidden',
  noAuthor: 'no_author',
  suspended: 'account_suspended',
} as const;

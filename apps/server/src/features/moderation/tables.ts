import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { ModerationAction, ModerationSpan, ModerationStatus, ModerationTargetKind, ReportReason } from '@egoejo/contracts';

export interface ModerationItemsTable {
  id: Generated<number>;
  target_kind: ModerationTargetKind;
  target_id: number;
  author_id: number | null;
  /** Chat messages: their thread (for the context and the `thread:<id>` broadcast). */
  thread_id: number | null;
  status: ColumnType<ModerationStatus, ModerationStatus | undefined, ModerationStatus>;
  /** Set while the target is hidden from everyone but its author. */
  hidden_at: Date | null;
  /** The text as it was when flagged or reported. */
  content: string | null;
  scores: ColumnType<Record<string, number> | null, string | null, string | null>;
  spans: JSONColumnType<ModerationSpan[], string | undefined, string>;
  max_score: number | null;
  flagged_at: Date | null;
  decision: ModerationAction | null;
  decision_note: string | null;
  decided_by: number | null;
  decided_at: Date | null;
  appealed_at: Date | null;
  appeal_note: string | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface ModerationReportsTable {
  id: Generated<number>;
  item_id: number;
  reporter_id: number | null;
  reason: ReportReason;
  note: string | null;
  created_at: ColumnType<Date, never, never>;
}

export interface MailOutboxTable {
  id: Generated<number>;
  recipient: string;
  subject: string;
  body: string;
  created_at: ColumnType<Date, never, never>;
  sent_at: Date | null;
}

export interface ModerationTables {
  moderation_items: ModerationItemsTable;
  moderation_reports: ModerationReportsTable;
  mail_outbox: MailOutboxTable;
}

import type { ColumnType, Generated } from 'kysely';
import type { ThreadKind, ThreadRole } from '@egoejo/contracts';

export interface ChatThreadsTable {
  id: Generated<number>;
  kind: ThreadKind;
  title: string;
  project_slug: string | null;
  created_by: number | null;
  last_seq: ColumnType<number, never, number>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface ChatMembershipsTable {
  thread_id: number;
  user_id: number;
  role: ColumnType<ThreadRole, ThreadRole | undefined, ThreadRole>;
  last_read_id: ColumnType<number, number | undefined, number>;
  joined_at: ColumnType<Date, never, never>;
}

export interface ChatMessagesTable {
  id: Generated<number>;
  thread_id: number;
  seq: number;
  author_id: number;
  client_id: string;
  text: string | null;
  media_id: number | null;
  reply_to_id: number | null;
  created_at: ColumnType<Date, never, never>;
  edited_at: Date | null;
  deleted_at: Date | null;
}

export interface ChatTables {
  chat_threads: ChatThreadsTable;
  chat_memberships: ChatMembershipsTable;
  chat_messages: ChatMessagesTable;
}

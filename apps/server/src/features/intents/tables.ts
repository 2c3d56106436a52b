import type { ColumnType, Generated } from 'kysely';
import type { JoinProfile } from '@egoejo/contracts';

export interface IntentsTable {
  id: Generated<number>;
  name: string;
  email: string;
  profile: JoinProfile;
  message: string | null;
  /** UTC day of the first submission: one row per email and day. */
  created_day: ColumnType<string, string, never>;
  ip: string | null;
  user_agent: string | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

export interface IntentsTables {
  intents: IntentsTable;
}

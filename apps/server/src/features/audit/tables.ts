import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface AuditEventsTable {
  id: Generated<number>;
  actor_id: number | null;
  action: string;
  target_kind: string | null;
  target_id: string | null;
  ip: string | null;
  metadata: JSONColumnType<Record<string, unknown>>;
  created_at: ColumnType<Date, never, never>;
}

export interface AuditTables {
  audit_events: AuditEventsTable;
}

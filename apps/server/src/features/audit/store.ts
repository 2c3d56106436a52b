import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';

type Db = Kysely<DB> | Transaction<DB>;

export interface AuditEventInput {
  actorId: number | null;
  action: string;
  targetKind?: string;
  targetId?: string | number;
  ip?: string;
  metadata?: Record<string, unknown>;
}

export const insertAuditEvent = (db: Db, event: AuditEventInput) =>
  db
    .insertInto('audit_events')
    .values({
      actor_id: event.actorId,
      action: event.action,
      target_kind: event.targetKind ?? null,
      target_id: event.targetId === undefined ? null : String(event.targetId),
      ip: event.ip ?? null,
      metadata: JSON.stringify(event.metadata ?? {}),
    })
    .execute();

export function findAuditPage(db: Db, query: { beforeId?: number; limit: number; action?: string }) {
  let q = db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(query.limit + 1);
  if (query.beforeId !== undefined) q = q.where('id', '<', query.beforeId);
  if (query.action) q = q.where('action', '=', query.action);
  return q.execute();
}

export const findAuditEventsOfActor = (db: Db, actorId: number) =>
  db.selectFrom('audit_events').select(['action', 'target_kind', 'target_id', 'created_at']).where('actor_id', '=', actorId).orderBy('id').execute();

import type { Kysely, Transaction } from 'kysely';
import type { AuditEvent } from '@egoejo/contracts';
import type { DB } from '../../db/schema';
import { decodeIdCursor, encodeIdCursor } from '../../platform/cursor';
import { type AuditEventInput, findAuditPage, insertAuditEvent } from './store';

export type { AuditEventInput };

/** Records an admin action or an auth event. Written in the caller's transaction when one is given. */
export async function recordAudit(db: Kysely<DB> | Transaction<DB>, event: AuditEventInput): Promise<void> {
  await insertAuditEvent(db, event);
}

export async function listAuditEvents(
  db: Kysely<DB>,
  query: { cursor?: string | undefined; limit: number; action?: string | undefined },
): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  const rows = await findAuditPage(db, {
    beforeId: query.cursor ? decodeIdCursor(query.cursor) : undefined,
    limit: query.limit,
    action: query.action,
  });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      actorId: r.actor_id,
      action: r.action,
      targetKind: r.target_kind,
      targetId: r.target_id,
      metadata: r.metadata,
      createdAt: r.created_at.toISOString(),
    })),
    nextCursor: rows.length > query.limit && page.length ? encodeIdCursor(page[page.length - 1]!.id) : null,
  };
}

import type { Kysely } from 'kysely';
import type { ModerationItem, OwnModerationItem } from '@egoejo/contracts';
import type { DB } from '../../db/schema';
import { type ItemRow, findDisplayNames, findReportsOfItems } from './store';
import { findMessageNeighbours } from './targets-store';

/** Messages shown on each side of a flagged chat message. */
const contextSize = 2;

type ContextRow = { id: number; author_id: number; text: string | null; created_at: Date };
const toContextMessage = (m: ContextRow) => ({ id: m.id, authorId: m.author_id, text: m.text, createdAt: m.created_at.toISOString() });

/** Items as moderators see them: content, context, reports, scores and the spans that explain them. */
export async function toModerationItems(db: Kysely<DB>, rows: ItemRow[]): Promise<ModerationItem[]> {
  const reports = await findReportsOfItems(db, rows.map((r) => r.id));
  const authorIds = [...new Set(rows.flatMap((r) => (r.author_id === null ? [] : [r.author_id])))];
  const names = new Map((await findDisplayNames(db, authorIds)).map((u) => [u.id, u.display_name]));
  const items: ModerationItem[] = [];
  for (const row of rows) {
    const context =
      row.target_kind === 'message' && row.thread_id !== null
        ? await findMessageNeighbours(db, row.thread_id, row.target_id, contextSize)
        : { before: [], after: [] };
    items.push({
      id: row.id,
      targetKind: row.target_kind,
      targetId: row.target_id,
      status: row.status,
      hidden: row.hidden_at !== null,
      content: row.content,
      author: row.author_id === null ? null : { id: row.author_id, displayName: names.get(row.author_id) ?? '' },
      threadId: row.thread_id,
      context: { before: context.before.map(toContextMessage), after: context.after.map(toContextMessage) },
      reports: reports
        .filter((r) => r.item_id === row.id)
        .map((r) => ({ id: r.id, reporterId: r.reporter_id, reason: r.reason, note: r.note, createdAt: r.created_at.toISOString() })),
      scores: row.scores,
      spans: row.spans,
      appeal: row.appealed_at ? { note: row.appeal_note, at: row.appealed_at.toISOString() } : null,
      createdAt: row.created_at.toISOString(),
    });
  }
  return items;
}

/** What the author sees: that it is hidden, and whether a second review may still be asked. */
export const toOwnItem = (row: ItemRow): OwnModerationItem => ({
  id: row.id,
  targetKind: row.target_kind,
  targetId: row.target_id,
  status: row.status,
  hidden: row.hidden_at !== null,
  canAppeal: row.hidden_at !== null && row.appealed_at === null,
  appealedAt: row.appealed_at?.toISOString() ?? null,
});

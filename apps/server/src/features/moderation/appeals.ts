import { type AppealBody, ModerationErrorCode, type OwnModerationItem } from '@egoejo/contracts';
import type { Principal } from '../../platform/auth-guard';
import { conflict, notFound } from '../../platform/errors';
import { recordAudit } from '../audit/service';
import { publishFlagged } from './notify';
import type { ModerationContext } from './scoring';
import { findItem, findItemsOfAuthor, recordAppeal } from './store';
import { toOwnItem } from './views';

/** The caller's hidden content: they see it is hidden and whether they may still ask for a second review. */
export async function listOwnItems(ctx: ModerationContext, principal: Principal): Promise<{ items: OwnModerationItem[] }> {
  return { items: (await findItemsOfAuthor(ctx.db, principal.id)).map(toOwnItem) };
}

/** The author of hidden content asks, once, for a second review: the item goes back to the queue with the note. */
export async function appeal(ctx: ModerationContext, principal: Principal, id: number, body: AppealBody, ip: string): Promise<OwnModerationItem> {
  const item = await findItem(ctx.db, id);
  // Someone else's item is as absent as a missing one: moderation items are not public.
  if (!item || item.author_id !== principal.id) throw notFound('Moderation item');
  if (item.hidden_at === null) throw conflict(ModerationErrorCode.notHidden, 'This content is not hidden.');
  const row = await recordAppeal(ctx.db, id, body.note || null);
  if (!row) throw conflict(ModerationErrorCode.alreadyAppealed, 'A second review was already asked for this content.');
  await recordAudit(ctx.db, { actorId: principal.id, action: 'moderation.appealed', targetKind: row.target_kind, targetId: row.target_id, ip, metadata: { itemId: id } });
  await publishFlagged(ctx, row);
  return toOwnItem(row);
}

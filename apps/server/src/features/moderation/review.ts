import {
  type DecisionBody,
  type DecisionReply,
  type ModerationAction,
  ModerationErrorCode,
  type ModerationItem,
  type ModerationStatus,
  type PageQuery,
} from '@egoejo/contracts';
import { type Principal, hasRole } from '../../platform/auth-guard';
import { decodeIdCursor, encodeIdCursor } from '../../platform/cursor';
import { AppError, forbidden, notFound, unprocessable } from '../../platform/errors';
import { recordAudit } from '../audit/service';
import { deleteMessage as deleteChatMessage } from '../chat/messages';
import { queueMail } from './mail';
import { publishDecided, publishVisibility } from './notify';
import type { ModerationContext } from './scoring';
import { type ItemRow, findItem, findPendingPage, findUserRole, recordDecision, suspendUser } from './store';
import { toModerationItems } from './views';

/** Pending items, oldest first, each with what a moderator needs to decide in one look. */
export async function listQueue(ctx: ModerationContext, query: PageQuery): Promise<{ items: ModerationItem[]; nextCursor: string | null }> {
  const rows = await findPendingPage(ctx.db, { afterId: query.cursor ? decodeIdCursor(query.cursor) : undefined, limit: query.limit });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { items: await toModerationItems(ctx.db, page), nextCursor: rows.length > query.limit && last ? encodeIdCursor(last.id) : null };
}

/** What each action does to the target. warn and suspend are sanctions for the content, so it stays hidden. */
const effects: Record<ModerationAction, { status: ModerationStatus; hidden: boolean }> = {
  approve: { status: 'approved', hidden: false },
  hide: { status: 'hidden', hidden: true },
  delete: { status: 'deleted', hidden: true },
  warn: { status: 'hidden', hidden: true },
  suspend: { status: 'hidden', hidden: true },
};

export const defaultSuspensionDays = 7;

/** The target vanished meanwhile, or sits in a private thread the moderator is not in: the item stays hidden all the same. */
const ignoreNotFound = (error: unknown) => {
  if (!(error instanceof AppError && error.status === 404)) throw error;
};
const dayMs = 86_400_000;

async function sanctionedAuthor(ctx: ModerationContext, principal: Principal, item: ItemRow) {
  if (item.author_id === null) throw unprocessable(ModerationErrorCode.noAuthor, 'This content has no author to warn or suspend.');
  const author = await findUserRole(ctx.db, item.author_id);
  if (!author) throw unprocessable(ModerationErrorCode.noAuthor, 'This content has no author to warn or suspend.');
  // A moderator cannot sanction another moderator or an admin; an admin can.
  if (hasRole(author, 'moderator') && principal.role !== 'admin') throw forbidden('Only an admin may sanction a moderator.');
  return author;
}

function authorMail(action: 'warn' | 'suspend', note: string | null, until: Date | null) {
  const subject = action === 'warn' ? '[EGOEJO] Avertissement de la modération' : '[EGOEJO] Compte suspendu';
  const what = action === 'warn' ? 'Un de vos contenus a été masqué et vous recevez un avertissement.' : `Votre compte est suspendu jusqu’au ${until?.toISOString().slice(0, 10)}.`;
  return { subject, body: `${what}\n\nMotif : ${note ?? 'non-respect de la charte'}\n` };
}

/** A moderator's decision: applied, audited and (for warn and suspend) told to the author, in one transaction. */
export async function decide(ctx: ModerationContext, principal: Principal, id: number, body: DecisionBody, ip: string): Promise<DecisionReply> {
  const item = await findItem(ctx.db, id);
  if (!item) throw notFound('Moderation item');
  const sanctioned = body.action === 'warn' || body.action === 'suspend' ? await sanctionedAuthor(ctx, principal, item) : null;
  const note = body.note || null;
  const days = body.action === 'suspend' ? (body.days ?? defaultSuspensionDays) : null;
  const until = days === null ? null : new Date(Date.now() + days * dayMs);
  const effect = effects[body.action];
  const row = await ctx.db.transaction().execute(async (tx) => {
    const decided = await recordDecision(tx, id, { ...effect, action: body.action, note, decidedBy: principal.id });
    if (sanctioned && until) await suspendUser(tx, sanctioned.id, until, note ?? 'Décision de modération');
    if (sanctioned?.email && (body.action === 'warn' || body.action === 'suspend')) {
      await queueMail(ctx, tx, [{ to: sanctioned.email, ...authorMail(body.action, note, until) }]);
    }
    await recordAudit(tx, {
      actorId: principal.id,
      action: `moderation.${body.action}`,
      targetKind: item.target_kind,
      targetId: item.target_id,
      ip,
      metadata: { itemId: id, note, ...(days === null ? {} : { days, authorId: item.author_id }) },
    });
    return decided;
  });
  // A deleted chat message becomes the chat's own tombstone (text gone, message.deleted broadcast).
  if (body.action === 'delete' && item.target_kind === 'message') await deleteChatMessage(ctx, principal, item.target_id).catch(ignoreNotFound);
  if ((item.hidden_at !== null) !== effect.hidden) await publishVisibility(ctx, row, effect.hidden);
  await publishDecided(ctx, id, row.status);
  return { id, status: row.status, hidden: row.hidden_at !== null };
}

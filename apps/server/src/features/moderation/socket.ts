import { hasRole } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { forbidden } from '../../platform/errors';
import { moderatorsTopic } from './notify';

/** Moderators' sockets follow the review queue: `moderation.flagged` and `moderation.decided` as they happen. */
export function registerModerationSocket(ctx: AppContext): void {
  ctx.socketHandlers.on('moderation.subscribe', async (session) => {
    if (!session.principal || !hasRole(session.principal, 'moderator')) throw forbidden('Only moderators follow the review queue.');
    await session.subscribe(moderatorsTopic);
    session.send({ type: 'moderation.subscribed' });
  });
  ctx.socketHandlers.on('moderation.unsubscribe', (session) => session.unsubscribe(moderatorsTopic));
}

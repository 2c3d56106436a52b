import { type Poll, type ServerMessage, pollTopic } from '@egoejo/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../platform/context';
import type { SocketSession } from '../../platform/ws/session';
import type { AcceptMessage } from '../../platform/ws/topics';
import { getPoll, visiblePoll } from './service';
import { type PollRow, hasBallot } from './store';
import { type Viewer, canManage } from './views';

/**
 * `poll.subscribe {poll}` / `poll.unsubscribe {poll}`, for members and visitors alike (a visitor may follow
 * a poll whose results are public). The subscriber first gets the current state, then every `poll.updated`.
 */
export function registerPollSocket(ctx: AppContext, log: FastifyBaseLogger): void {
  ctx.socketHandlers.on(
    'poll.subscribe',
    async (session, message) => {
      const viewer = session.principal;
      const poll = await visiblePoll(ctx, message.poll, viewer);
      const topic = pollTopic(poll.id);
      if (!session.isSubscribed(topic)) {
        const voted = viewer ? await hasBallot(ctx.db, poll.id, viewer.id) : false;
        await session.subscribe(topic, resultsFilter(ctx, session, poll, viewer, voted, log));
      }
      session.send({ type: 'poll.updated', poll: await getPoll(ctx, poll.id, viewer) });
    },
    { access: 'public' },
  );
  ctx.socketHandlers.on('poll.unsubscribe', (session, message) => session.unsubscribe(pollTopic(message.poll)), { access: 'public' });
}

const withoutResults = (poll: Poll): ServerMessage => ({ type: 'poll.updated', poll: { ...poll, results: null } });

/**
 * The published update carries the full tally (one serialisation for every subscriber who may see it).
 * For the others the results are stripped here. The one case that needs the database (an `after_vote`
 * poll the subscriber had not voted on yet) goes through a queue so that updates keep their order.
 */
function resultsFilter(ctx: AppContext, session: SocketSession, subscribed: PollRow, viewer: Viewer, votedAtStart: boolean, log: FastifyBaseLogger): AcceptMessage {
  const manager = canManage(viewer, subscribed);
  let voted = votedAtStart;
  let queue: Promise<void> | null = null;
  const sees = (poll: Poll) =>
    manager || poll.status === 'closed' || poll.resultsVisibility === 'always' || (poll.resultsVisibility === 'after_vote' && voted);
  const mayHaveVotedSince = (poll: Poll) => viewer !== null && !voted && poll.resultsVisibility === 'after_vote';

  return (message) => {
    if (message.type !== 'poll.updated') return true;
    const { poll } = message;
    if (queue === null && (sees(poll) || !mayHaveVotedSince(poll))) {
      if (sees(poll)) return true;
      session.send(withoutResults(poll));
      return false;
    }
    const next: Promise<void> = (queue ?? Promise.resolve())
      .then(async () => {
        if (viewer && mayHaveVotedSince(poll)) voted = await hasBallot(ctx.db, poll.id, viewer.id);
        session.send(sees(poll) ? message : withoutResults(poll));
      })
      .catch((error: unknown) => log.warn({ err: error, pollId: poll.id }, 'poll update not delivered'))
      .finally(() => {
        if (queue === next) queue = null;
      });
    queue = next;
    return false;
  };
}

import { type ServerMessageOf, pollTopic } from '@egoejo/contracts';
import type { AppContext } from '../../platform/context';
import { publishToTopic } from '../../platform/ws/topics';
import type { PollChangeListener } from './service';
import { findPoll } from './store';
import { keyedThrottle } from './throttle';
import { toBroadcastPoll } from './views';

/** At most four `poll.updated` per second and poll from one process; the last state always goes out. */
export const pollUpdateIntervalMs = 250;

/**
 * Publishes `{type:'poll.updated', poll}` on `poll:<id>` when a poll changes. The state is read when the
 * update goes out, so a burst of ballots costs one tally. Publishing is best effort: a client that missed
 * an update gets the current state from `GET /api/polls/:id` (or the next update).
 */
export function createPollPublisher(ctx: AppContext, onError: (error: unknown, pollId: number) => void): PollChangeListener & { stop(): void } {
  const throttle = keyedThrottle(
    pollUpdateIntervalMs,
    async (pollId: number) => {
      const poll = await findPoll(ctx.db, pollId);
      if (!poll || poll.status === 'draft') return;
      const event: ServerMessageOf<'poll.updated'> = { type: 'poll.updated', poll: await toBroadcastPoll(ctx.db, poll) };
      await publishToTopic(ctx.pubsub, pollTopic(pollId), event);
    },
    onError,
  );
  return { changed: (pollId) => throttle.trigger(pollId), stop: () => throttle.stop() };
}

import type { Poll } from '@egoejo/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { liveSocket } from '../../lib/ws/live-socket';
import { useLiveSocket } from '../../lib/ws/use-socket-status';
import { fetchPoll } from './api';

/** A poll whose tally moves by itself: the socket's `poll.updated` replaces the cached poll. */
export function useLivePoll(id: number) {
  const queryClient = useQueryClient();
  const status = useLiveSocket();
  const query = useQuery({ queryKey: ['polls', id], queryFn: () => fetchPoll(id) });
  useEffect(() => {
    const stop = liveSocket.onMessage((message) => {
      if (message.type === 'poll.updated' && message.poll.id === id) {
        // Each subscriber gets the tally as it may see it; keep our own ballot from our last fetch.
        queryClient.setQueryData<Poll>(['polls', id], (previous) => ({ ...message.poll, myBallot: message.poll.myBallot ?? previous?.myBallot ?? null }));
      }
    });
    const unsubscribe = liveSocket.subscribe(`poll:${id}`, () => ({ type: 'poll.subscribe', poll: id }), { type: 'poll.unsubscribe', poll: id });
    return () => {
      stop();
      unsubscribe();
    };
  }, [id, queryClient]);
  return { ...query, socketStatus: status };
}

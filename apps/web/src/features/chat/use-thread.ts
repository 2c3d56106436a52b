import type { ChatMessage, ChatUser, ServerMessage } from '@egoejo/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { liveSocket } from '../../lib/ws/live-socket';
import { fetchMessages } from './api';

export interface PendingMessage {
  clientId: string;
  text: string;
  failed: boolean;
}

export interface ThreadState {
  messages: ChatMessage[];
  pending: PendingMessage[];
  typing: ChatUser[];
  online: ChatUser[];
  hasOlder: boolean;
  loaded: boolean;
}

const empty: ThreadState = { messages: [], pending: [], typing: [], online: [], hasOlder: false, loaded: false };

function merge(messages: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  const byId = new Map(messages.map((m) => [m.id, m]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * One thread, live: history from the API, then the socket's stream. The subscription carries the last id
 * seen, so a reconnection replays exactly what was missed; a gap in `seq` asks for a replay at once.
 */
export function useThread(threadId: number, me: number) {
  const [state, setState] = useState<ThreadState>(empty);
  const lastId = useRef(0);
  const lastSeq = useRef(0);

  useEffect(() => {
    setState(empty);
    lastId.current = 0;
    lastSeq.current = 0;
    let unsubscribe: (() => void) | undefined;
    const typingTimers = new Map<number, ReturnType<typeof setTimeout>>();
    const subscribeFrame = () => ({ type: 'subscribe' as const, thread: threadId, after: lastId.current });

    const accept = (incoming: ChatMessage[]) => {
      for (const message of incoming) {
        lastId.current = Math.max(lastId.current, message.id);
        lastSeq.current = Math.max(lastSeq.current, message.seq);
      }
      setState((s) => ({
        ...s,
        messages: merge(s.messages, incoming),
        pending: s.pending.filter((p) => !incoming.some((m) => m.clientId === p.clientId && m.author.id === me)),
      }));
    };

    const onMessage = (message: ServerMessage) => {
      switch (message.type) {
        case 'message.new':
          if (message.message.threadId !== threadId) return;
          // A hole in the sequence: something was missed, ask for a replay from the last id seen.
          if (lastSeq.current > 0 && message.message.seq > lastSeq.current + 1) liveSocket.sendNow(subscribeFrame());
          accept([message.message]);
          return;
        case 'message.updated':
        case 'message.deleted':
          if (message.message.threadId === threadId) accept([message.message]);
          return;
        case 'message.hidden':
          if (message.thread === threadId) setState((s) => ({ ...s, messages: s.messages.filter((m) => m.id !== message.id) }));
          return;
        case 'typing': {
          if (message.thread !== threadId || message.user.id === me) return;
          const user = message.user;
          setState((s) => ({ ...s, typing: [...s.typing.filter((u) => u.id !== user.id), user] }));
          clearTimeout(typingTimers.get(user.id));
          typingTimers.set(user.id, setTimeout(() => setState((s) => ({ ...s, typing: s.typing.filter((u) => u.id !== user.id) })), message.expiresInMs));
          return;
        }
        case 'presence':
          if (message.thread === threadId) setState((s) => ({ ...s, online: message.online }));
          return;
        case 'error':
          if (message.clientId) {
            const failed = message.clientId;
            setState((s) => ({ ...s, pending: s.pending.map((p) => (p.clientId === failed ? { ...p, failed: true } : p)) }));
          }
          return;
        default:
          return;
      }
    };

    const stopListening = liveSocket.onMessage(onMessage);
    let cancelled = false;
    fetchMessages(threadId).then(
      (page) => {
        if (cancelled) return;
        accept(page.items);
        setState((s) => ({ ...s, hasOlder: page.hasMore, loaded: true }));
        unsubscribe = liveSocket.subscribe(`thread:${threadId}`, subscribeFrame, { type: 'unsubscribe', thread: threadId });
      },
      () => setState((s) => ({ ...s, loaded: true })),
    );
    return () => {
      cancelled = true;
      stopListening();
      unsubscribe?.();
      for (const timer of typingTimers.values()) clearTimeout(timer);
    };
  }, [threadId, me]);

  const send = useCallback(
    (text: string) => {
      const clientId = `web-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      setState((s) => ({ ...s, pending: [...s.pending, { clientId, text, failed: false }] }));
      liveSocket.sendReliably({ type: 'message.send', thread: threadId, clientId, text });
    },
    [threadId],
  );

  const loadOlder = useCallback(async () => {
    const oldest = state.messages[0];
    if (!oldest) return;
    const page = await fetchMessages(threadId, oldest.id);
    setState((s) => ({ ...s, messages: merge(s.messages, page.items), hasOlder: page.hasMore }));
  }, [state.messages, threadId]);

  return { ...state, send, loadOlder, lastId };
}

/**
 * Fan-out between server processes (DESIGN §1, §5): in-process by default, Redis when REDIS_URL is set.
 * Messages are JSON-serialisable values; delivery is best effort (clients resume from the database).
 */
export type Listener = (message: unknown) => void;

export interface PubSub {
  publish(topic: string, message: unknown): Promise<void>;
  /** Returns the function that removes this listener. */
  subscribe(topic: string, listener: Listener): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function createInProcessPubSub(): PubSub {
  const topics = new Map<string, Set<Listener>>();
  return {
    publish: async (topic, message) => {
      // Copy through JSON like Redis would, so no subscriber can mutate another's object.
      const payload = JSON.stringify(message);
      for (const listener of topics.get(topic) ?? []) listener(JSON.parse(payload));
    },
    subscribe: async (topic, listener) => {
      let set = topics.get(topic);
      if (!set) topics.set(topic, (set = new Set()));
      set.add(listener);
      return async () => {
        set.delete(listener);
        if (set.size === 0) topics.delete(topic);
      };
    },
    close: async () => topics.clear(),
  };
}

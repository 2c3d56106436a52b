/**
 * Runs `run(key)` at most once per `intervalMs` for each key: at once on the first trigger (leading edge),
 * then once more when the interval ends if it was triggered meanwhile (trailing edge), so that the last
 * change always goes out. `run` reads the state when it runs, so a burst of changes costs one read.
 */
export interface KeyedThrottle<K> {
  trigger(key: K): void;
  /** Drops pending runs and timers (server shutdown). */
  stop(): void;
}

export function keyedThrottle<K>(
  intervalMs: number,
  run: (key: K) => Promise<void>,
  onError: (error: unknown, key: K) => void,
): KeyedThrottle<K> {
  const windows = new Map<K, { pending: boolean; timer: ReturnType<typeof setTimeout> }>();

  const fire = (key: K) => {
    run(key).catch((error: unknown) => onError(error, key));
  };
  const openWindow = (key: K) => {
    const timer = setTimeout(() => endWindow(key), intervalMs);
    // A pending trailing update must not keep a stopping process alive.
    timer.unref?.();
    windows.set(key, { pending: false, timer });
  };
  const endWindow = (key: K) => {
    const window = windows.get(key);
    windows.delete(key);
    if (window?.pending) {
      fire(key);
      openWindow(key);
    }
  };

  return {
    trigger(key) {
      const window = windows.get(key);
      if (window) {
        window.pending = true;
        return;
      }
      fire(key);
      openWindow(key);
    },
    stop() {
      for (const window of windows.values()) clearTimeout(window.timer);
      windows.clear();
    },
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keyedThrottle } from './throttle';

describe('keyedThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function recorder() {
    const runs: { key: string; at: number }[] = [];
    const throttle = keyedThrottle(
      250,
      async (key: string) => {
        runs.push({ key, at: Date.now() });
      },
      () => undefined,
    );
    return { runs, throttle };
  }

  it('runs the first trigger at once', () => {
    const { runs, throttle } = recorder();
    const start = Date.now();
    throttle.trigger('poll:1');
    expect(runs).toEqual([{ key: 'poll:1', at: start }]);
  });

  it('caps a burst at one run per interval and always runs after the last trigger', async () => {
    const { runs, throttle } = recorder();
    const start = Date.now();
    // 100 triggers per second for one second.
    for (let i = 0; i < 100; i++) {
      throttle.trigger('poll:1');
      await vi.advanceTimersByTimeAsync(10);
    }
    const lastTrigger = Date.now() - 10;
    await vi.advanceTimersByTimeAsync(1000);
    const times = runs.map((r) => r.at - start);
    expect(runs.length).toBeLessThanOrEqual(6);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(250);
    expect(runs[runs.length - 1]!.at).toBeGreaterThanOrEqual(lastTrigger);
  });

  it('throttles each key on its own', () => {
    const { runs, throttle } = recorder();
    throttle.trigger('poll:1');
    throttle.trigger('poll:2');
    throttle.trigger('poll:1');
    expect(runs.map((r) => r.key)).toEqual(['poll:1', 'poll:2']);
  });

  it('runs nothing more once the interval passed quietly', async () => {
    const { runs, throttle } = recorder();
    throttle.trigger('poll:1');
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toHaveLength(1);
    throttle.trigger('poll:1');
    expect(runs).toHaveLength(2);
  });

  it('drops a pending trailing run when stopped', async () => {
    const { runs, throttle } = recorder();
    throttle.trigger('poll:1');
    throttle.trigger('poll:1');
    throttle.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(1);
  });

  it('reports a failed run without stopping the next ones', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const throttle = keyedThrottle(
      250,
      async () => {
        calls++;
        if (calls === 1) throw new Error('redis down');
      },
      (error) => errors.push(error),
    );
    throttle.trigger('poll:1');
    throttle.trigger('poll:1');
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });
});

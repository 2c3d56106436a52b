import { useEffect, useSyncExternalStore } from 'react';
import { type SocketStatus, liveSocket } from './live-socket';

/** Keeps the live socket open while the component is shown, and tells its state (for the reconnect banner). */
export function useLiveSocket(): SocketStatus {
  useEffect(() => liveSocket.retain(), []);
  return useSyncExternalStore(
    (onChange) => liveSocket.onStatus(onChange),
    () => liveSocket.status,
  );
}

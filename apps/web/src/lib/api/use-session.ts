import { useSyncExternalStore } from 'react';
import { type Session, currentSession, sessionRestored, subscribeSession } from './session';

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, currentSession);
}

/** False while the start-up restore is still running (pages that need a user wait instead of redirecting). */
export function useSessionRestored(): boolean {
  return useSyncExternalStore(subscribeSession, sessionRestored);
}

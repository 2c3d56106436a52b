import { ApiPath, type PublicUser, type SessionReply } from '@egoejo/contracts';
import { ApiError, errorFromResponse } from './errors';

/**
 * The signed-in session. The access token lives in memory only (never in storage, where any script could
 * read it); the refresh token is an HttpOnly cookie the browser sends to /api/auth. The token is renewed a
 * minute before it expires. A non-secret marker in localStorage only says "a session may exist", so that an
 * anonymous visitor's page load does not fire a refresh request that is bound to fail.
 */
export interface Session {
  user: PublicUser;
  accessToken: string;
  expiresAt: number;
}

const markerKey = 'egoejo_signed_in';
const renewBeforeMs = 60_000;

let current: Session | null = null;
let restored = false;
let refreshing: Promise<Session | null> | null = null;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function setMarker(on: boolean): void {
  try {
    if (on) localStorage.setItem(markerKey, '1');
    else localStorage.removeItem(markerKey);
  } catch {
    // without storage the session still works for this tab
  }
}

function hasMarker(): boolean {
  try {
    return localStorage.getItem(markerKey) === '1';
  } catch {
    return true; // unknown: try the cookie
  }
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentSession(): Session | null {
  return current;
}

/** True once the initial restore attempt is over (the UI can tell "signed out" from "not known yet"). */
export function sessionRestored(): boolean {
  return restored;
}

export function startSession(reply: SessionReply): Session {
  current = { user: reply.user, accessToken: reply.accessToken, expiresAt: Date.now() + reply.expiresIn * 1000 };
  restored = true;
  setMarker(true);
  clearTimeout(renewTimer);
  renewTimer = setTimeout(() => void refreshSession(), Math.max(5_000, reply.expiresIn * 1000 - renewBeforeMs));
  notify();
  return current;
}

export function updateSessionUser(user: PublicUser): void {
  if (!current) return;
  current = { ...current, user };
  notify();
}

export function endSession(): void {
  current = null;
  restored = true;
  setMarker(false);
  clearTimeout(renewTimer);
  notify();
}

/** Trades the refresh cookie for a new access token; concurrent callers share one request. */
export function refreshSession(): Promise<Session | null> {
  refreshing ??= (async () => {
    try {
      // No body and no content type: Fastify reads that as "no body" and the cookie carries the token.
      const response = await fetch(ApiPath.refresh, { method: 'POST', credentials: 'same-origin' });
      if (!response.ok) throw await errorFromResponse(response);
      // The schema (and zod) load only when a session exists, keeping them out of an anonymous first visit.
      const { SessionReply: reply } = await import('@egoejo/contracts');
      return startSession(reply.parse(await response.json()));
    } catch (error) {
      // A network failure keeps the current session (it may still be valid); a refusal ends it.
      if (error instanceof ApiError) endSession();
      else restored = true;
      return current;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export async function signOut(): Promise<void> {
  try {
    await fetch(ApiPath.logout, { method: 'POST', credentials: 'same-origin' });
  } finally {
    endSession();
  }
}

/** At start-up: restores the session from the refresh cookie when this browser had one. */
export async function restoreSession(): Promise<void> {
  if (hasMarker()) await refreshSession();
  restored = true;
  notify();
}

/** A usable access token, renewed first if it is about to expire; null when signed out. */
export async function accessToken(): Promise<string | null> {
  if (current && current.expiresAt - Date.now() > 5_000) return current.accessToken;
  if (!current && !hasMarker()) return null;
  return (await refreshSession())?.accessToken ?? null;
}

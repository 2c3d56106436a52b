import { type ClientMessage, ServerMessage } from '@egoejo/contracts';
import { accessToken, currentSession, subscribeSession } from '../api/session';

export type SocketStatus = 'connecting' | 'open' | 'reconnecting';
type Listener = (message: ServerMessage) => void;
/** Builds the frame that (re)subscribes, with the last id seen at the moment of reconnecting. */
type Subscription = () => ClientMessage;

const maxBackoffMs = 10_000;

/**
 * The one WebSocket of the app (DESIGN §5): in-band auth, automatic reconnection with backoff, and
 * resumption without loss: on every (re)connection each subscription is sent again with the last id seen,
 * and every unacknowledged send is sent again with the same clientId (the server stores it only once).
 */
class LiveSocket {
  private socket: WebSocket | null = null;
  private statusValue: SocketStatus = 'connecting';
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly statusListeners = new Set<() => void>();
  private readonly subscriptions = new Map<string, Subscription>();
  /** Sends waiting for their `ack`, by clientId. */
  private readonly outbox = new Map<string, ClientMessage>();
  private users = 0;

  get status(): SocketStatus {
    return this.statusValue;
  }

  /** Opens the socket while at least one component uses it. */
  retain(): () => void {
    this.users += 1;
    if (this.users === 1) {
      window.addEventListener('online', this.reconnectNow);
      window.addEventListener('offline', this.dropNow);
      this.signedInAs = currentSession()?.user.id ?? null;
      this.stopSessionWatch = subscribeSession(this.onSessionChange);
      this.open();
    }
    return () => {
      this.users -= 1;
      if (this.users === 0) this.shutDown();
    };
  }

  private stopSessionWatch: () => void = () => undefined;
  private signedInAs: number | null = null;

  /** A token renewal changes nothing; signing in or out reconnects as the new user. */
  private readonly onSessionChange = () => {
    const user = currentSession()?.user.id ?? null;
    if (user === this.signedInAs) return;
    this.signedInAs = user;
    this.reconnectNow();
  };

  /** The browser says the network is gone: do not wait for a timeout to show it and queue sends. */
  private readonly dropNow = () => {
    const old = this.socket;
    old?.close();
  };

  onMessage(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Keeps a subscription alive across reconnections; returns the unsubscribe function. */
  subscribe(key: string, frame: Subscription, unsubscribeFrame: ClientMessage): () => void {
    this.subscriptions.set(key, frame);
    this.sendNow(frame());
    return () => {
      this.subscriptions.delete(key);
      this.sendNow(unsubscribeFrame);
    };
  }

  /** A `message.send`: kept until acknowledged, sent again after a reconnection. */
  sendReliably(message: Extract<ClientMessage, { type: 'message.send' }>): void {
    this.outbox.set(message.clientId, message);
    this.sendNow(message);
  }

  /** Fire-and-forget frames (typing, read): dropped while disconnected. */
  sendNow(message: ClientMessage): void {
    if (this.socket?.readyState === WebSocket.OPEN && this.statusValue === 'open') this.socket.send(JSON.stringify(message));
  }

  private setStatus(status: SocketStatus): void {
    this.statusValue = status;
    for (const listener of this.statusListeners) listener();
  }

  private open(): void {
    clearTimeout(this.retryTimer);
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => void this.authenticate(socket);
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = () => {
      if (this.socket !== socket || this.users === 0) return;
      this.socket = null;
      this.setStatus('reconnecting');
      // Exponential backoff with jitter, so that a restarted server is not hit by every client at once.
      const delay = Math.min(maxBackoffMs, 500 * 2 ** this.attempts) * (0.5 + Math.random() / 2);
      this.attempts += 1;
      this.retryTimer = setTimeout(() => this.open(), delay);
    };
  }

  private async authenticate(socket: WebSocket): Promise<void> {
    const token = await accessToken();
    if (this.socket !== socket) return;
    if (token) socket.send(JSON.stringify({ type: 'auth', token } satisfies ClientMessage));
    else this.resume();
  }

  /** After auth (or at once for a visitor): subscriptions with their last id, then the unacknowledged sends. */
  private resume(): void {
    this.attempts = 0;
    this.setStatus('open');
    for (const frame of this.subscriptions.values()) this.sendNow(frame());
    for (const message of this.outbox.values()) this.sendNow(message);
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let parsed: ReturnType<typeof ServerMessage.safeParse>;
    try {
      parsed = ServerMessage.safeParse(JSON.parse(data));
    } catch {
      return; // not JSON: ignore rather than break the stream
    }
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'auth.ok') this.resume();
    if (message.type === 'ack') this.outbox.delete(message.clientId);
    if (message.type === 'error' && message.clientId) this.outbox.delete(message.clientId);
    for (const listener of this.listeners) listener(message);
  }

  /** Back online, or signed in or out: start a fresh connection (and authenticate as the new user). */
  private readonly reconnectNow = () => {
    if (this.users === 0) return;
    const old = this.socket;
    this.socket = null;
    old?.close();
    this.setStatus('connecting');
    this.open();
  };

  private shutDown(): void {
    window.removeEventListener('online', this.reconnectNow);
    window.removeEventListener('offline', this.dropNow);
    this.stopSessionWatch();
    clearTimeout(this.retryTimer);
    const old = this.socket;
    this.socket = null;
    old?.close();
    this.setStatus('connecting');
  }
}

export const liveSocket = new LiveSocket();

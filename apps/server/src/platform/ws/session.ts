import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import { type ServerMessage, WsCloseCode } from '@egoejo/contracts';
import type { Principal } from '../auth-guard';
import type { AcceptMessage, TopicHub } from './topics';

/**
 * One connected socket as features see it: who is on the other end, a typed `send`, and topic
 * subscriptions fanned out through the pub/sub (so a publish on any process reaches this socket).
 */
export class SocketSession {
  readonly id = randomUUID();
  /** Null until a valid `auth` message; features check it (the registry already refuses anonymous senders). */
  principal: Principal | null = null;
  /** Last time anything arrived from the client (a frame or a pong), for the idle timeout. */
  lastSeenAt = Date.now();
  private readonly topics = new Set<string>();
  private readonly closeListeners: (() => Promise<void> | void)[] = [];

  constructor(
    private readonly socket: WebSocket,
    private readonly hub: TopicHub,
    private readonly maxBufferedBytes: number,
  ) {}

  get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  get subscriptionCount(): number {
    return this.topics.size;
  }

  send(message: ServerMessage): void {
    this.sendRaw(JSON.stringify(message));
  }

  /**
   * Sends an already serialised frame. A client that does not read lets its buffer grow; past the bound
   * it is closed with 1013 rather than letting the server's memory grow (it reconnects and resumes).
   */
  sendRaw(frame: string): void {
    if (!this.isOpen) return;
    if (this.socket.bufferedAmount + Buffer.byteLength(frame) > this.maxBufferedBytes) {
      this.close(WsCloseCode.tryAgainLater, 'send buffer full: reconnect and resume');
      return;
    }
    this.socket.send(frame);
  }

  isSubscribed(topic: string): boolean {
    return this.topics.has(topic);
  }

  /** Receives every message published on `topic` from now on; `accept` may hold back or drop some. */
  async subscribe(topic: string, accept?: AcceptMessage): Promise<void> {
    this.topics.add(topic);
    await this.hub.join(topic, this, accept);
  }

  async unsubscribe(topic: string): Promise<void> {
    if (!this.topics.delete(topic)) return;
    await this.hub.leave(topic, this);
  }

  /** Runs when the socket closes, whatever the reason (presence and typing clean up here). */
  onClose(listener: () => Promise<void> | void): void {
    this.closeListeners.push(listener);
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.CLOSED || this.socket.readyState === this.socket.CLOSING) return;
    this.socket.close(code, reason);
  }

  terminate(): void {
    this.socket.terminate();
  }

  ping(): void {
    if (this.isOpen) this.socket.ping();
  }

  /** Called once by the platform after the socket closed. */
  async dispose(): Promise<void> {
    for (const topic of [...this.topics]) await this.unsubscribe(topic);
    for (const listener of this.closeListeners) await listener();
  }
}

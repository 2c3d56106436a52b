import type { ClientMessageOf, ClientMessageType } from '@egoejo/contracts';
import type { SocketSession } from './session';

/** Message types the platform answers itself; features cannot take them over. */
export const platformMessageTypes = ['auth', 'ping', 'pong'] as const;
export type FeatureMessageType = Exclude<ClientMessageType, (typeof platformMessageTypes)[number]>;

export type SocketHandler<T extends FeatureMessageType> = (session: SocketSession, message: ClientMessageOf<T>) => Promise<void> | void;

export interface SocketHandlerOptions {
  /** 'public': also for sockets that have not authenticated (read-only things such as public poll results). */
  access?: 'public' | 'member';
}

interface Entry {
  handler: SocketHandler<FeatureMessageType>;
  access: 'public' | 'member';
}

/**
 * The WebSocket counterpart of route registration: each feature's `socket.ts` maps its message types
 * to service calls with `ctx.socketHandlers.on(type, handler)`. A type has exactly one handler.
 */
export class SocketHandlerRegistry {
  private readonly handlers = new Map<FeatureMessageType, Entry>();

  on<T extends FeatureMessageType>(type: T, handler: SocketHandler<T>, options: SocketHandlerOptions = {}): void {
    if (this.handlers.has(type)) throw new Error(`WebSocket message type ${type} already has a handler`);
    // The map is keyed by type, so the handler stored under T is only ever called with a ClientMessageOf<T>.
    this.handlers.set(type, { handler: handler as unknown as SocketHandler<FeatureMessageType>, access: options.access ?? 'member' });
  }

  get(type: FeatureMessageType): Entry | undefined {
    return this.handlers.get(type);
  }
}

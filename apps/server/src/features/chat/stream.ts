import { type ServerMessage, WsCloseCode } from '@egoejo/contracts';
import type { AppContext } from '../../platform/context';
import type { SocketSession } from '../../platform/ws/session';
import { threadTopic } from './access';
import { toChatMessage } from './messages';
import { type MessageRow, findMessagesAfter, findThreadLastSeq } from './store';

const fillBatch = 200;

/**
 * Fills of the same hole by many sockets of one process share one query (1,000 listeners of a thread
 * that all saw seq 41 then 43 cost one SELECT, not 1,000).
 */
const sharedFills = new WeakMap<AppContext, Map<string, Promise<MessageRow[]>>>();
function fillQuery(ctx: AppContext, threadId: number, from: { id: number } | { seq: number }): Promise<MessageRow[]> {
  let fills = sharedFills.get(ctx);
  if (!fills) sharedFills.set(ctx, (fills = new Map()));
  const key = `${threadId}:${'id' in from ? `i${from.id}` : `s${from.seq}`}`;
  let query = fills.get(key);
  if (!query) {
    query = findMessagesAfter(ctx.db, threadId, from, fillBatch).finally(() => fills.delete(key));
    fills.set(key, query);
  }
  return query;
}

/**
 * One socket's view of one thread: every message exactly once, in seq order. The live stream comes
 * through the pub/sub, which may reorder (two processes) or drop (Redis down); a hole in the seqs is
 * filled from the database before anything after it is delivered. The same fill replays what a
 * reconnecting client missed (`subscribe {after}`).
 */
export class ThreadStream {
  /** Seq and id of the last message delivered; seq is null until the start-up fill is done. */
  private lastSeq: number | null = null;
  private lastId: number | null = null;
  private filling = true;
  private held: ServerMessage[] = [];

  constructor(
    private readonly ctx: AppContext,
    private readonly session: SocketSession,
    readonly threadId: number,
    /** Called when this socket's member left the (private) thread: the caller ends the stream. */
    private readonly onAccessLost: () => void,
  ) {}

  /** Subscribes first and reads second, so nothing committed in between falls through. */
  async start(afterId: number | undefined): Promise<void> {
    await this.session.subscribe(threadTopic(this.threadId), (m) => this.accept(m));
    const baseline = Number((await findThreadLastSeq(this.ctx.db, this.threadId))?.last_seq ?? 0);
    if (afterId === undefined) this.lastSeq = baseline;
    else await this.fill({ id: afterId }, baseline);
    this.session.send({ type: 'subscribed', thread: this.threadId, lastId: this.lastId ?? afterId ?? null });
    await this.drain();
  }

  stop(): Promise<void> {
    this.filling = true; // holds whatever still arrives until the subscription is gone
    this.held = [];
    return this.session.unsubscribe(threadTopic(this.threadId));
  }

  private accept(message: ServerMessage): boolean {
    if (this.filling) {
      this.held.push(message);
      return false;
    }
    const verdict = this.order(message);
    if (verdict === 'gap') {
      this.filling = true;
      this.held.push(message);
      void this.fillThenDrain();
    }
    return verdict === 'send';
  }

  private order(message: ServerMessage): 'send' | 'drop' | 'gap' {
    if (message.type === 'thread.left' && message.user.id === this.session.principal?.id) queueMicrotask(this.onAccessLost);
    if (message.type !== 'message.new') return 'send';
    const { seq, id } = message.message;
    if (this.lastSeq !== null && seq <= this.lastSeq) return 'drop';
    if (this.lastSeq !== null && seq > this.lastSeq + 1) return 'gap';
    this.lastSeq = seq;
    this.lastId = id;
    return 'send';
  }

  /** Sends what the database holds after `from`, in batches, advancing the stream's position. */
  private async fill(from: { id: number } | { seq: number }, baseline?: number): Promise<void> {
    let cursor = from;
    for (;;) {
      const rows = await fillQuery(this.ctx, this.threadId, cursor);
      for (const row of rows) {
        if (this.lastSeq !== null && row.seq <= this.lastSeq) continue;
        this.lastSeq = Number(row.seq);
        this.lastId = row.id;
        this.session.send({ type: 'message.new', message: toChatMessage(row, this.session.principal) });
      }
      if (rows.length < fillBatch || !this.session.isOpen) break;
      cursor = { seq: this.lastSeq! };
    }
    this.lastSeq ??= baseline ?? 0;
  }

  /**
   * A fill that fails (database saturated or down) cannot be retried in place without holding messages
   * indefinitely: the socket is closed with 1013 and the client resumes from the last id it has.
   */
  private async fillThenDrain(): Promise<void> {
    try {
      await this.fill({ seq: this.lastSeq ?? 0 });
      await this.drain();
    } catch {
      this.session.close(WsCloseCode.tryAgainLater, 'could not catch up: reconnect and resume');
    }
  }

  /** Delivers what arrived during a fill; a new hole among it starts another fill. */
  private async drain(): Promise<void> {
    for (;;) {
      const held = this.held;
      this.held = [];
      this.filling = false;
      let gapAt = -1;
      for (let i = 0; i < held.length; i++) {
        const verdict = this.order(held[i]!);
        if (verdict === 'send') this.session.send(held[i]!);
        if (verdict === 'gap') {
          gapAt = i;
          break;
        }
      }
      if (gapAt < 0 || !this.session.isOpen) return;
      this.filling = true;
      this.held = [...held.slice(gapAt), ...this.held];
      await this.fill({ seq: this.lastSeq ?? 0 });
    }
  }
}

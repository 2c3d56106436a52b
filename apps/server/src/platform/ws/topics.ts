import type { ServerMessage } from '@egoejo/contracts';
import type { PubSub } from '../pubsub';

/** Decides, per socket, whether a published message goes out now (false: the feature holds or drops it). */
export type AcceptMessage = (message: ServerMessage) => boolean;

export interface TopicMember {
  sendRaw(frame: string): void;
}

/** Publishes a server message to every socket subscribed to `topic`, on every process. */
export function publishToTopic(pubsub: PubSub, topic: string, message: ServerMessage): Promise<void> {
  return pubsub.publish(topic, message);
}

interface Topic {
  members: Map<TopicMember, AcceptMessage | undefined>;
  /** Resolves to the pub/sub unsubscribe function once the process-wide subscription is in place. */
  ready: Promise<() => Promise<void>>;
}

/**
 * One pub/sub subscription per topic and process, shared by all its sockets: a published message is
 * serialised once, whatever the number of listeners (1,000 sockets on one thread cost one JSON.stringify).
 */
export class TopicHub {
  private readonly topics = new Map<string, Topic>();

  constructor(private readonly pubsub: PubSub) {}

  async join(topic: string, member: TopicMember, accept?: AcceptMessage): Promise<void> {
    let entry = this.topics.get(topic);
    if (!entry) {
      const members = new Map<TopicMember, AcceptMessage | undefined>();
      const ready = this.pubsub.subscribe(topic, (message) => this.deliver(members, message as ServerMessage));
      entry = { members, ready };
      this.topics.set(topic, entry);
    }
    entry.members.set(member, accept);
    try {
      await entry.ready;
    } catch (error) {
      // A failed subscription must not stay cached: the next join tries again.
      if (this.topics.get(topic) === entry) this.topics.delete(topic);
      throw error;
    }
  }

  async leave(topic: string, member: TopicMember): Promise<void> {
    const entry = this.topics.get(topic);
    if (!entry || !entry.members.delete(member) || entry.members.size > 0) return;
    this.topics.delete(topic);
    await (await entry.ready)();
  }

  /** Sockets on this process subscribed to the topic (for tests and metrics). */
  size(topic: string): number {
    return this.topics.get(topic)?.members.size ?? 0;
  }

  private deliver(members: Map<TopicMember, AcceptMessage | undefined>, message: ServerMessage): void {
    let frame: string | undefined;
    for (const [member, accept] of members) {
      if (accept && !accept(message)) continue;
      frame ??= JSON.stringify(message);
      member.sendRaw(frame);
    }
  }
}

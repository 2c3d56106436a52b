import type { ChatThread } from '@egoejo/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { liveSocket } from '../../lib/ws/live-socket';
import { Composer } from './Composer';
import { MessageItem } from './MessageItem';
import { useThread } from './use-thread';

export function ThreadView({ thread, me }: { thread: ChatThread; me: number }) {
  const { t, i18n } = useTranslation();
  const live = useThread(thread.id, me);
  const end = useRef<HTMLDivElement>(null);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const newest = live.messages.at(-1)?.id;

  useEffect(() => {
    if (!newest) return;
    end.current?.scrollIntoView({ block: 'nearest' });
    liveSocket.sendNow({ type: 'read', thread: thread.id, upTo: newest });
  }, [newest, thread.id]);

  return (
    <section className="thread" aria-labelledby="thread-heading">
      <h2 id="thread-heading">{thread.title}</h2>
      {live.online.length > 0 && (
        <p className="field-hint">{t('chat.online', { names: live.online.map((u) => u.displayName).join(', ') })}</p>
      )}
      {live.hasOlder && (
        <button type="button" className="link-button" onClick={() => void live.loadOlder()}>
          {t('chat.older')}
        </button>
      )}
      <div className="messages" role="log" aria-live="polite" aria-label={t('chat.messages')}>
        <ol className="message-list">
        {live.messages.map((message) => (
          <MessageItem key={message.id} message={message} mine={message.author.id === me} time={time.format(new Date(message.createdAt))} />
        ))}
        {live.pending.map((pending) => (
          <li key={pending.clientId} className="message message-pending">
            <p>{pending.text}</p>
            <p className="field-hint">{pending.failed ? t('chat.failed') : t('chat.sending')}</p>
          </li>
        ))}
        </ol>
        <div ref={end} />
      </div>
      {live.loaded && live.messages.length === 0 && live.pending.length === 0 && <p>{t('chat.empty')}</p>}
      <p className="field-hint typing" aria-live="polite">
        {live.typing.length > 0 ? t('chat.typing', { names: live.typing.map((u) => u.displayName).join(', ') }) : ''}
      </p>
      <Composer threadId={thread.id} onSend={live.send} />
    </section>
  );
}

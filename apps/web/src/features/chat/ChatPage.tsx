import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../lib/api/use-session';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { useLiveSocket } from '../../lib/ws/use-socket-status';
import { FormAlert } from '../../ui/FormAlert';
import { fetchThreads } from './api';
import { ThreadView } from './ThreadView';

/** Conversations: the threads (with unread counts) and the open one, live. Rendered inside RequireSession. */
export const ChatPage = withQueries(function ChatPage() {
  const { t } = useTranslation();
  usePageTitle(t('chat.title'));
  const session = useSession();
  const errorMessage = useErrorMessage();
  const status = useLiveSocket();
  const [params, setParams] = useSearchParams();
  const threads = useQuery({ queryKey: ['chat', 'threads'], queryFn: fetchThreads, refetchInterval: 60_000 });
  const items = threads.data ?? [];
  const openId = Number(params.get('fil')) || items[0]?.id;
  const open = items.find((thread) => thread.id === openId);
  if (!session) return null;

  return (
    <div>
      <h1>{t('chat.title')}</h1>
      {status === 'reconnecting' && (
        <p className="banner banner-warning" role="status">
          {t('chat.reconnecting')}
        </p>
      )}
      <FormAlert error={threads.error ? errorMessage(threads.error) : null} />
      <div className="chat-layout">
        <nav aria-label={t('chat.threads')}>
          <ul className="thread-list">
            {items.map((thread) => (
              <li key={thread.id}>
                <button
                  type="button"
                  className="thread-button"
                  aria-current={thread.id === openId ? 'true' : undefined}
                  onClick={() => {
                    setParams({ fil: String(thread.id) }, { replace: true });
                    void threads.refetch();
                  }}
                >
                  <span>{thread.title}</span>
                  {thread.unreadCount > 0 && thread.id !== openId && (
                    <span className="badge">
                      <span aria-hidden="true">{thread.unreadCount}</span>
                      <span className="visually-hidden">{t('chat.unread', { count: thread.unreadCount })}</span>
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
          {threads.isSuccess && items.length === 0 && <p>{t('chat.noThreads')}</p>}
        </nav>
        {open && <ThreadView key={open.id} thread={open} me={session.user.id} />}
      </div>
    </div>
  );
});

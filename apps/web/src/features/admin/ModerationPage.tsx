import type { ModerationAction, ModerationItem } from '@egoejo/contracts';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { liveSocket } from '../../lib/ws/live-socket';
import { useLiveSocket } from '../../lib/ws/use-socket-status';
import { FormAlert } from '../../ui/FormAlert';
import { PagedFooter } from '../../ui/PagedFooter';
import { AdminNav } from './AdminNav';
import { decide, fetchModerationQueue } from './api';
import { ModerationCard } from './ModerationCard';

/** The moderation queue: reported or flagged content, newest first, decided in one click; updated live. */
export const ModerationPage = withQueries(function ModerationPage() {
  const { t } = useTranslation();
  usePageTitle(t('moderation.title'));
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  useLiveSocket();
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});
  const queue = useInfiniteQuery({
    queryKey: ['admin', 'moderation'],
    queryFn: ({ pageParam }) => fetchModerationQueue(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];

  useEffect(() => {
    const stop = liveSocket.onMessage((message) => {
      if (message.type === 'moderation.flagged' || message.type === 'moderation.decided') {
        void queryClient.invalidateQueries({ queryKey: ['admin', 'moderation'] });
      }
    });
    // The moderators' topic: new flags and other moderators' decisions arrive while the page is open.
    const unsubscribe = liveSocket.subscribe('moderators', () => ({ type: 'moderation.subscribe' }), { type: 'moderation.unsubscribe' });
    return () => {
      stop();
      unsubscribe();
    };
  }, [queryClient]);

  const onDecide = (item: ModerationItem, action: ModerationAction) => {
    decide(item.id, action).then(
      () => {
        setOutcome({ success: t(`moderation.done.${action}`) });
        return queryClient.invalidateQueries({ queryKey: ['admin', 'moderation'] });
      },
      (error: unknown) => setOutcome({ error: errorMessage(error) }),
    );
  };

  return (
    <div>
      <AdminNav />
      <h1>{t('moderation.title')}</h1>
      <p>{t('moderation.intro')}</p>
      <FormAlert error={outcome.error ?? (queue.error ? errorMessage(queue.error) : null)} success={outcome.success} />
      <ul className="card-grid moderation-queue">
        {items.map((item) => (
          <ModerationCard key={item.id} item={item} onDecide={(action) => onDecide(item, action)} />
        ))}
      </ul>
      <PagedFooter query={queue} count={items.length} empty={t('moderation.empty')} />
    </div>
  );
});

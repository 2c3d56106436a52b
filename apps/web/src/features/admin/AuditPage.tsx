import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';
import { AdminNav } from './AdminNav';
import { fetchAuditPage } from './api';

/** The audit log: admin actions and auth events, newest first, paged by cursor. */
export const AuditPage = withQueries(function AuditPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.auditTitle'));
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState('');
  const [action, setAction] = useState<string>();
  const query = useInfiniteQuery({
    queryKey: ['admin', 'audit', action],
    queryFn: ({ pageParam }) => fetchAuditPage(action, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const events = query.data?.pages.flatMap((page) => page.items) ?? [];
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setAction(draft.trim() || undefined);
  };

  return (
    <div>
      <AdminNav />
      <h1>{t('admin.auditTitle')}</h1>
      <form className="toolbar" aria-label={t('admin.filters')} onSubmit={apply}>
        <TextField label={t('admin.actionFilter')} name="action" type="search" maxLength={100} value={draft} onChange={setDraft} />
        <button type="submit" className="button">
          {t('admin.apply')}
        </button>
      </form>
      <FormAlert error={query.error ? errorMessage(query.error) : null} />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('admin.auditTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.date')}</th>
              <th scope="col">{t('admin.action')}</th>
              <th scope="col">{t('admin.actor')}</th>
              <th scope="col">{t('admin.target')}</th>
              <th scope="col">{t('admin.details')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>{date.format(new Date(event.createdAt))}</td>
                <td><code>{event.action}</code></td>
                <td>{event.actorId ?? t('admin.system')}</td>
                <td>{event.targetKind ? `${event.targetKind} ${event.targetId ?? ''}` : ''}</td>
                <td><code>{Object.keys(event.metadata).length > 0 ? JSON.stringify(event.metadata) : ''}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {query.isSuccess && events.length === 0 && <p>{t('admin.empty')}</p>}
      {query.isPending && <p role="status">{t('app.loading')}</p>}
      {query.hasNextPage && (
        <button type="button" className="button" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('admin.loadMore')}
        </button>
      )}
    </div>
  );
});

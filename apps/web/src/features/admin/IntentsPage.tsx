import type { Intent, IntentFilters } from '@egoejo/contracts';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { FormAlert } from '../../ui/FormAlert';
import { AdminNav } from './AdminNav';
import { downloadIntentsCsv, fetchIntentsPage, removeIntent } from './api';
import { IntentFiltersForm } from './IntentFiltersForm';

/** Join requests for the team: filters, cursor pagination ("show more"), CSV export, deletion. */
export const IntentsPage = withQueries(function IntentsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.intentsTitle'));
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<IntentFilters>({});
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});
  const query = useInfiniteQuery({
    queryKey: ['admin', 'intents', filters],
    queryFn: ({ pageParam }) => fetchIntentsPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const intents = query.data?.pages.flatMap((page) => page.items) ?? [];
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const onRemove = (intent: Intent) => {
    if (!window.confirm(t('admin.removeConfirm', { name: intent.name }))) return;
    removeIntent(intent.id).then(
      () => {
        setOutcome({ success: t('admin.removed') });
        return queryClient.invalidateQueries({ queryKey: ['admin', 'intents'] });
      },
      (error: unknown) => setOutcome({ error: errorMessage(error) }),
    );
  };

  return (
    <div>
      <AdminNav />
      <h1>{t('admin.intentsTitle')}</h1>
      <IntentFiltersForm onApply={setFilters} />
      <button type="button" className="button" onClick={() => downloadIntentsCsv(filters).catch((error: unknown) => setOutcome({ error: errorMessage(error) }))}>
        {t('admin.exportCsv')}
      </button>
      <FormAlert error={outcome.error ?? (query.error ? errorMessage(query.error) : null)} success={outcome.success} />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('admin.intentsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.date')}</th>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.email')}</th>
              <th scope="col">{t('admin.profile')}</th>
              <th scope="col">{t('admin.message')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {intents.map((intent) => (
              <tr key={intent.id}>
                <td>{date.format(new Date(intent.updatedAt))}</td>
                <td>{intent.name}</td>
                <td>{intent.email}</td>
                <td>{t(`join.profiles.${intent.profile}.label`)}</td>
                <td>{intent.message}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => onRemove(intent)}>
                    {t('admin.remove')}<span className="visually-hidden"> {intent.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {query.isSuccess && intents.length === 0 && <p>{t('admin.empty')}</p>}
      {query.isPending && <p role="status">{t('app.loading')}</p>}
      {query.hasNextPage && (
        <button type="button" className="button" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('admin.loadMore')}
        </button>
      )}
    </div>
  );
});

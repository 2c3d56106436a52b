import type { Intent, IntentFilters } from '@egoejo/contracts';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { DataTable } from '../../ui/DataTable';
import { FormAlert } from '../../ui/FormAlert';
import { PagedFooter } from '../../ui/PagedFooter';
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
      <DataTable
        caption={t('admin.intentsTitle')}
        columns={[t('admin.date'), t('admin.name'), t('admin.email'), t('admin.profile'), t('admin.message'), t('admin.actions')]}
        rows={intents.map((intent) => ({
          key: intent.id,
          cells: [
            date.format(new Date(intent.updatedAt)),
            intent.name,
            intent.email,
            t(`join.profiles.${intent.profile}.label`),
            intent.message,
            <button key="remove" type="button" className="link-button" onClick={() => onRemove(intent)}>
              {t('admin.remove')}<span className="visually-hidden"> {intent.name}</span>
            </button>,
          ],
        }))}
      />
      <PagedFooter query={query} count={intents.length} empty={t('admin.empty')} />
    </div>
  );
});

import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { DataTable } from '../../ui/DataTable';
import { FormAlert } from '../../ui/FormAlert';
import { PagedFooter } from '../../ui/PagedFooter';
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
      <DataTable
        caption={t('admin.auditTitle')}
        columns={[t('admin.date'), t('admin.action'), t('admin.actor'), t('admin.target'), t('admin.details')]}
        rows={events.map((event) => ({
          key: event.id,
          cells: [
            date.format(new Date(event.createdAt)),
            <code key="action">{event.action}</code>,
            event.actorId ?? t('admin.system'),
            event.targetKind ? `${event.targetKind} ${event.targetId ?? ''}` : '',
            <code key="metadata">{Object.keys(event.metadata).length > 0 ? JSON.stringify(event.metadata) : ''}</code>,
          ],
        }))}
      />
      <PagedFooter query={query} count={events.length} empty={t('admin.empty')} />
    </div>
  );
});

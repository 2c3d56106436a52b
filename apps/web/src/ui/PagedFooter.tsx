import { useTranslation } from 'react-i18next';

interface PagedQuery {
  isPending: boolean;
  isSuccess: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** Under a cursor-paged list: "loading", "nothing here", or the button for the next page. */
export function PagedFooter({ query, count, empty, more }: { query: PagedQuery; count: number; empty: string; more?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {query.isPending && <p role="status">{t('app.loading')}</p>}
      {query.isSuccess && count === 0 && <p>{empty}</p>}
      {query.hasNextPage && (
        <p>
          <button type="button" className="button" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {more ?? t('admin.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}

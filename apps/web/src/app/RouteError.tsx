import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '../features/errors/NotFoundPage';

/** Shown when a page fails to load (a chunk missing after a deploy, a render error). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <div className="page" role="alert">
      <h1>{t('app.error')}</h1>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.retry')}
      </button>
    </div>
  );
}

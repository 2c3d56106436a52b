import type { Role } from '@egoejo/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession, useSessionRestored } from '../lib/api/use-session';
import { PageLoading } from './PageLoading';
import { paths } from './paths';

/** Pages for signed-in people (optionally of some roles): others go to the login page and come back after. */
export function RequireSession({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const restored = useSessionRestored();
  const location = useLocation();
  if (!session && !restored) return <PageLoading />;
  if (!session) return <Navigate to={paths.login} state={{ from: location.pathname + location.search }} replace />;
  if (roles && !roles.includes(session.user.role)) {
    return (
      <div className="page">
        <h1>{t('nav.admin')}</h1>
        <p role="alert">{t('admin.forbidden')}</p>
      </div>
    );
  }
  return children;
}

import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { signOut } from '../lib/api/session';
import { useSession } from '../lib/api/use-session';
import { paths } from './paths';

export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  if (!session) {
    return (
      <ul className="account-menu">
        <li><Link to={paths.login}>{t('nav.login')}</Link></li>
        <li><Link to={paths.register}>{t('nav.register')}</Link></li>
      </ul>
    );
  }
  const isStaff = session.user.role === 'admin' || session.user.role === 'moderator';
  return (
    <ul className="account-menu">
      {isStaff && (
        <li>
          <Link to={session.user.role === 'admin' ? paths.adminIntents : paths.adminModeration}>{t('nav.admin')}</Link>
        </li>
      )}
      <li><Link to={paths.account}>{session.user.displayName}</Link></li>
      <li>
        <button type="button" className="link-button" onClick={() => void signOut().finally(() => navigate(paths.home))}>
          {t('nav.logout')}
        </button>
      </li>
    </ul>
  );
}

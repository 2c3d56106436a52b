import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../app/paths';

export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.nav')}>
      <ul className="nav-list">
        <li><NavLink to={paths.adminIntents}>{t('admin.intentsTitle')}</NavLink></li>
        <li><NavLink to={paths.adminAudit}>{t('admin.auditTitle')}</NavLink></li>
        <li><NavLink to={paths.adminModeration}>{t('moderation.title')}</NavLink></li>
      </ul>
    </nav>
  );
}

import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../app/paths';
import { useSession } from '../../lib/api/use-session';

/** The team's pages: moderators see moderation and projects; admins also join requests and the audit log. */
export function AdminNav() {
  const { t } = useTranslation();
  const isAdmin = useSession()?.user.role === 'admin';
  return (
    <nav aria-label={t('admin.nav')}>
      <ul className="nav-list">
        {isAdmin && <li><NavLink to={paths.adminIntents}>{t('admin.intentsTitle')}</NavLink></li>}
        {isAdmin && <li><NavLink to={paths.adminAudit}>{t('admin.auditTitle')}</NavLink></li>}
        <li><NavLink to={paths.adminModeration}>{t('moderation.title')}</NavLink></li>
        <li><NavLink to={paths.adminProjects}>{t('editor.pageTitle')}</NavLink></li>
        <li><NavLink to={paths.adminConcepts}>{t('conceptEditor.pageTitle')}</NavLink></li>
      </ul>
    </nav>
  );
}

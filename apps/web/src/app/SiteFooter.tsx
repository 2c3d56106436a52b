import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from './paths';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p>{t('footer.about')}</p>
      <nav aria-label={t('footer.label')}>
        <ul className="footer-links">
          <li><Link to={paths.projects}>{t('nav.projects')}</Link></li>
          <li><Link to={paths.roots}>{t('nav.roots')}</Link></li>
          <li><Link to={paths.join}>{t('nav.join')}</Link></li>
          <li><Link to={paths.account}>{t('nav.account')}</Link></li>
        </ul>
      </nav>
      <p className="footer-small">
        {t('footer.privacy')} © {new Date().getFullYear()} {t('footer.rights')}
      </p>
    </footer>
  );
}

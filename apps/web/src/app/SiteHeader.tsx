import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { EcoToggle } from './EcoToggle';
import { LanguageSelect } from './LanguageSelect';
import { AccountMenu } from './AccountMenu';
import { paths } from './paths';

export function SiteHeader() {
  const { t } = useTranslation();
  const links = [
    { to: paths.home, label: t('nav.home'), end: true },
    { to: paths.projects, label: t('nav.projects') },
    { to: paths.roots, label: t('nav.roots') },
    { to: paths.constellation, label: t('nav.constellation') },
    { to: paths.chat, label: t('nav.chat') },
    { to: paths.polls, label: t('nav.polls') },
    { to: paths.join, label: t('nav.join') },
  ];
  return (
    <header className="site-header">
      <div className="header-row">
        <Link to={paths.home} className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </Link>
        <div className="header-tools">
          <LanguageSelect />
          <EcoToggle />
          <AccountMenu />
        </div>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="nav-list">
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end={link.end}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

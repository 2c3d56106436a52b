import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../lib/page-title';
import { PillarList } from './PillarList';
import { SupportSection } from './SupportSection';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  return (
    <>
      <section className="hero" aria-labelledby="home-heading">
        <p className="kicker">{t('home.kicker')}</p>
        <h1 id="home-heading">{t('home.heading')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <div className="actions">
          <Link to={paths.join} className="button button-primary">
            {t('home.joinCta')}
          </Link>
          <a href="#soutenir" className="button">
            {t('home.supportCta')}
          </a>
          <Link to={paths.projects} className="button">
            {t('home.projectsCta')}
          </Link>
        </div>
      </section>
      <PillarList />
      <SupportSection />
    </>
  );
}

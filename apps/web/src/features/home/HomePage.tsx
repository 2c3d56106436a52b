import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useEco } from '../../lib/eco/eco-mode';
import { usePageTitle } from '../../lib/page-title';
import { PillarList } from './PillarList';
import { SupportSection } from './SupportSection';

const FeaturedProjects = lazy(() => import('./FeaturedProjects').then((m) => ({ default: m.FeaturedProjects })));

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const { light } = useEco();
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
      <section className="section" aria-labelledby="featured-heading">
        <h2 id="featured-heading">{t('home.featuredHeading')}</h2>
        {!light && (
          <Suspense fallback={null}>
            <FeaturedProjects />
          </Suspense>
        )}
        <p>
          <Link to={paths.projects}>{t('home.featuredAll')}</Link>
        </p>
      </section>
      <SupportSection />
    </>
  );
}

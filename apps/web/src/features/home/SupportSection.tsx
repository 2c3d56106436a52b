import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { siteConfig } from '../../config';

/** External membership and donation links, configured at build time (see src/config.ts). */
export function SupportSection() {
  const { t } = useTranslation();
  const links = [
    { url: siteConfig.membershipUrl, title: t('home.membership'), text: t('home.membershipText') },
    { url: siteConfig.donationUrl, title: t('home.donation'), text: t('home.donationText') },
  ].filter((link): link is { url: string; title: string; text: string } => link.url !== null);
  return (
    <section className="section" id="soutenir" aria-labelledby="support-heading">
      <h2 id="support-heading">{t('home.supportHeading')}</h2>
      <p>{t('home.supportText')}</p>
      {links.length > 0 ? (
        <ul className="card-grid">
          {links.map((link) => (
            <li key={link.url} className="card">
              <h3>
                <a href={link.url} rel="noopener noreferrer external" target="_blank">
                  {link.title} <span className="visually-hidden">{t('home.externalLink')}</span>
                </a>
              </h3>
              <p>{link.text}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {t('home.supportSoon')} <Link to={paths.join}>{t('home.joinCta')}</Link>
        </p>
      )}
    </section>
  );
}

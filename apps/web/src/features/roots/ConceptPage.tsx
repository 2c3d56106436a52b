import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, generatePath, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ApiError } from '../../lib/api/errors';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { Paragraphs } from '../../ui/Paragraphs';
import { fetchConcept } from './api';

export const ConceptPage = withQueries(function ConceptPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const errorMessage = useErrorMessage();
  const query = useQuery({ queryKey: ['concepts', 'one', slug], queryFn: () => fetchConcept(slug) });
  const concept = query.data;
  usePageTitle(concept?.title ?? t('roots.title'));

  if (query.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!concept) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="page">
        <h1>{missing ? t('roots.notFound') : errorMessage(query.error)}</h1>
        <Link to={paths.roots}>{t('roots.back')}</Link>
      </div>
    );
  }
  return (
    <article className="page">
      <p>
        <Link to={paths.roots}>{t('roots.back')}</Link>
      </p>
      {concept.era && <p className="kicker">{concept.era}</p>}
      <h1>{concept.title}</h1>
      <p className="lead">{concept.summary}</p>
      <Paragraphs text={concept.body} />
      {concept.projects.length > 0 && (
        <section className="section" aria-labelledby="inspires-heading">
          <h2 id="inspires-heading">{t('roots.inspires')}</h2>
          <ul>
            {concept.projects.map((project) => (
              <li key={project.id}>
                <Link to={generatePath(paths.project, { slug: project.slug })}>{project.title}</Link> — {project.label}
              </li>
            ))}
          </ul>
        </section>
      )}
      {concept.sources.length > 0 && (
        <section className="section" aria-labelledby="sources-heading">
          <h2 id="sources-heading">{t('roots.sources')}</h2>
          <ul>
            {concept.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} rel="noopener noreferrer external">
                  {source.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {concept.tags.length > 0 && (
        <p className="chips">
          <span className="field-hint">{t('roots.tags')}</span>{' '}
          {concept.tags.map((tag) => (
            <Link key={tag} className="chip" to={`${paths.roots}?theme=${encodeURIComponent(tag)}`}>
              {tag}
            </Link>
          ))}
        </p>
      )}
    </article>
  );
});

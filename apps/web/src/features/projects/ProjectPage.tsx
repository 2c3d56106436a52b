import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, generatePath, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ApiError } from '../../lib/api/errors';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { Paragraphs } from '../../ui/Paragraphs';
import { fetchProject } from './api';
import { ProjectPolls } from './ProjectPolls';
import { ProjectThread } from './ProjectThread';

export const ProjectPage = withQueries(function ProjectPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const errorMessage = useErrorMessage();
  const query = useQuery({ queryKey: ['projects', 'one', slug], queryFn: () => fetchProject(slug) });
  const project = query.data;
  usePageTitle(project?.title ?? t('projects.title'));

  if (query.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!project) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="page">
        <h1>{missing ? t('projects.notFound') : errorMessage(query.error)}</h1>
        <Link to={paths.projects}>{t('projects.back')}</Link>
      </div>
    );
  }
  return (
    <article className="page">
      <p>
        <Link to={paths.projects}>{t('projects.back')}</Link>
      </p>
      <p className="kicker">
        {t(`projects.categories.${project.category}`)} · {t(`projects.statuses.${project.status}`)}
      </p>
      <h1>{project.title}</h1>
      <p className="lead">{project.summary}</p>
      {project.location && (
        <p>
          <span className="field-hint">{t('projects.location')}</span> {project.location.name}
        </p>
      )}
      {project.author && <p className="field-hint">{t('projects.by', { name: project.author.displayName })}</p>}
      <Paragraphs text={project.description} />
      {project.concepts.length > 0 && (
        <section className="section" aria-labelledby="concepts-heading">
          <h2 id="concepts-heading">{t('projects.concepts')}</h2>
          <ul>
            {project.concepts.map((concept) => (
              <li key={concept.id}>
                <Link to={generatePath(paths.concept, { slug: concept.slug })}>{concept.title}</Link> — {concept.label}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ProjectPolls slug={project.slug} />
      <ProjectThread slug={project.slug} />
    </article>
  );
});

import type { ProjectSummary } from '@egoejo/contracts';
import { useTranslation } from 'react-i18next';
import { Link, generatePath } from 'react-router';
import { paths } from '../../app/paths';

export function ProjectCard({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <p className="kicker">
        {t(`projects.categories.${project.category}`)} · {t(`projects.statuses.${project.status}`)}
      </p>
      <h3>
        <Link to={generatePath(paths.project, { slug: project.slug })}>{project.title}</Link>
      </h3>
      <p>{project.summary}</p>
      {project.location && <p className="field-hint">{project.location.name}</p>}
    </li>
  );
}

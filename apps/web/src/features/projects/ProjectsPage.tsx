import { ProjectCategory, ProjectStatus } from '@egoejo/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useEco } from '../../lib/eco/eco-mode';
import { useErrorMessage } from '../../lib/error-message';
import { usePageTitle } from '../../lib/page-title';
import { withQueries } from '../../lib/queries';
import { FormAlert } from '../../ui/FormAlert';
import { PagedFooter } from '../../ui/PagedFooter';
import { type ProjectFilters, fetchProjects } from './api';
import { ProjectCard } from './ProjectCard';
import { ProjectSearch } from './ProjectSearch';

/** Filters live in the address (`?category=eau&status=active`), so a filtered list can be shared. */
function filtersOf(params: URLSearchParams): ProjectFilters {
  const category = ProjectCategory.safeParse(params.get('category'));
  const status = ProjectStatus.safeParse(params.get('status'));
  return { ...(category.success ? { category: category.data } : {}), ...(status.success ? { status: status.data } : {}) };
}

export const ProjectsPage = withQueries(function ProjectsPage() {
  const { t } = useTranslation();
  usePageTitle(t('projects.title'));
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const categoryId = useId();
  const statusId = useId();
  // Eco-Mode fetches smaller pages: fewer bytes until the reader asks for more.
  const pageSize = useEco().light ? 6 : 12;
  const list = useInfiniteQuery({
    queryKey: ['projects', 'list', filters, pageSize],
    queryFn: ({ pageParam }) => fetchProjects(filters, pageParam, pageSize),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const projects = list.data?.pages.flatMap((page) => page.items) ?? [];
  const setFilter = (name: 'category' | 'status', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <div>
      <h1>{t('projects.title')}</h1>
      <p className="lead">{t('projects.intro')}</p>
      <ProjectSearch />
      <div className="toolbar">
        <div className="field">
          <label htmlFor={categoryId}>{t('projects.category')}</label>
          <select id={categoryId} value={filters.category ?? ''} onChange={(event) => setFilter('category', event.target.value)}>
            <option value="">{t('projects.all')}</option>
            {ProjectCategory.options.map((category) => (
              <option key={category} value={category}>
                {t(`projects.categories.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={statusId}>{t('projects.status')}</label>
          <select id={statusId} value={filters.status ?? ''} onChange={(event) => setFilter('status', event.target.value)}>
            <option value="">{t('projects.all')}</option>
            {ProjectStatus.options.map((status) => (
              <option key={status} value={status}>
                {t(`projects.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FormAlert error={list.error ? errorMessage(list.error) : null} />
      <ul className="card-grid">
        {projects.map((project) => (
          <ProjectCard key={project.id} project={project} />
        ))}
      </ul>
      <PagedFooter query={list} count={projects.length} empty={t('projects.empty')} more={t('projects.loadMore')} />
    </div>
  );
});

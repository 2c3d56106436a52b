import { useQuery } from '@tanstack/react-query';
import { withQueries } from '../../lib/queries';
import { fetchProjects } from '../projects/api';
import { ProjectCard } from '../projects/ProjectCard';

/**
 * Three recent projects. Its own chunk (with zod and TanStack Query), loaded after the page renders and
 * not at all in Eco-Mode, where the Home page shows only the link to the projects.
 */
export const FeaturedProjects = withQueries(function FeaturedProjects() {
  const query = useQuery({ queryKey: ['projects', 'featured'], queryFn: () => fetchProjects({}, undefined, 3) });
  const projects = query.data?.items ?? [];
  if (projects.length === 0) return null;
  return (
    <ul className="card-grid">
      {projects.map((project) => (
        <ProjectCard key={project.id} project={project} />
      ))}
    </ul>
  );
});

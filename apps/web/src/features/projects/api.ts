import {
  ApiPath,
  type ProjectCategory,
  ProjectPage,
  ProjectReply,
  type ProjectStatus,
  SearchReply,
  pathWith,
} from '@egoejo/contracts';
import { apiRequest } from '../../lib/api/client';

export interface ProjectFilters {
  category?: ProjectCategory;
  status?: ProjectStatus;
}

export function fetchProjects(filters: ProjectFilters, cursor: string | undefined, limit = 12) {
  return apiRequest(ApiPath.projects, { query: { ...filters, cursor, limit }, reply: ProjectPage });
}

export async function fetchProject(slug: string) {
  return (await apiRequest(pathWith(ApiPath.project, { slug }), { reply: ProjectReply })).project;
}

export async function searchProjects(q: string, signal: AbortSignal) {
  return (await apiRequest(ApiPath.search, { query: { q, kind: 'projects', limit: 8 }, reply: SearchReply, signal })).items;
}

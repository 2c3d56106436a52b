import {
  ApiPath,
  type CreateProjectBody,
  MediaReply,
  ProjectPage,
  ProjectReply,
  type UpdateProjectBody,
  pathWith,
} from '@egoejo/contracts';
import { apiRequest } from '../../lib/api/client';
import { accessToken } from '../../lib/api/session';
import { errorFromResponse } from '../../lib/api/errors';

export function fetchProjectsFor(visibility: 'published' | 'proposals', cursor: string | undefined) {
  return apiRequest(ApiPath.projects, { query: { visibility, cursor, limit: 100 }, reply: ProjectPage });
}

export async function createProject(body: CreateProjectBody) {
  return (await apiRequest(ApiPath.projects, { method: 'POST', body, reply: ProjectReply })).project;
}

export async function updateProject(slug: string, body: UpdateProjectBody) {
  return (await apiRequest(pathWith(ApiPath.project, { slug }), { method: 'PATCH', body, reply: ProjectReply })).project;
}

/** Uploads an image attached to a project (multipart: the text fields first, then the file). */
export async function uploadProjectImage(projectSlug: string, file: File, alt: string) {
  const form = new FormData();
  form.append('alt', alt);
  form.append('projectSlug', projectSlug);
  form.append('file', file);
  const token = await accessToken();
  const response = await fetch(ApiPath.media, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw await errorFromResponse(response);
  return MediaReply.parse(await response.json());
}

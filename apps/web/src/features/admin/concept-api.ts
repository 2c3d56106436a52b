import {
  ApiPath,
  type Concept,
  ConceptReply,
  type CreateConceptBody,
  type UpdateConceptBody,
  pathWith,
} from '@egoejo/contracts';
import { apiRequest } from '../../lib/api/client';

export async function createConcept(body: CreateConceptBody): Promise<Concept> {
  return (await apiRequest(ApiPath.concepts, { method: 'POST', body, reply: ConceptReply })).concept;
}

export async function updateConcept(slug: string, body: UpdateConceptBody): Promise<Concept> {
  return (await apiRequest(pathWith(ApiPath.concept, { slug }), { method: 'PATCH', body, reply: ConceptReply })).concept;
}

export async function linkProject(slug: string, projectSlug: string, label: string): Promise<Concept> {
  return (await apiRequest(pathWith(ApiPath.conceptProjects, { slug }), { method: 'POST', body: { projectSlug, label }, reply: ConceptReply })).concept;
}

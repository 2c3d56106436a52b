import { ApiPath, ConceptPage, ConceptReply, Constellation, pathWith } from '@egoejo/contracts';
import { apiRequest } from '../../lib/api/client';

export function fetchConcepts(tag: string | undefined, cursor: string | undefined) {
  return apiRequest(ApiPath.concepts, { query: { tag, cursor, limit: 50 }, reply: ConceptPage });
}

export async function fetchConcept(slug: string) {
  return (await apiRequest(pathWith(ApiPath.concept, { slug }), { reply: ConceptReply })).concept;
}

export function fetchConstellation() {
  return apiRequest(ApiPath.constellation, { reply: Constellation });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ApiPath,
  ConceptListQuery,
  ConceptPage,
  ConceptProjectParams,
  ConceptReply,
  CreateConceptBody,
  LinkProjectBody,
  SlugParam,
  UpdateConceptBody,
} from '@egoejo/contracts';
import { principalOf } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { api, errorReplies } from '../../platform/http';
import * as roots from './service';

export function registerRootsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = api(app);

  r.get(ApiPath.concepts, {
    config: { access: 'public' },
    schema: { tags: ['roots'], querystring: ConceptListQuery, response: { 200: ConceptPage, ...errorReplies } },
    handler: async (request) => roots.listConcepts(ctx, request.query),
  });

  r.get(ApiPath.concept, {
    config: { access: 'public' },
    schema: { tags: ['roots'], params: SlugParam, response: { 200: ConceptReply, ...errorReplies } },
    handler: async (request) => ({ concept: await roots.getConcept(ctx, request.principal, request.params.slug) }),
  });

  r.post(ApiPath.concepts, {
    config: { access: 'moderator' },
    schema: { tags: ['roots'], body: CreateConceptBody, response: { 201: ConceptReply, ...errorReplies } },
    handler: async (request, reply) => {
      const concept = await roots.createConcept(ctx, principalOf(request), request.body, request.ip);
      return reply.status(201).send({ concept });
    },
  });

  r.patch(ApiPath.concept, {
    config: { access: 'moderator' },
    schema: { tags: ['roots'], params: SlugParam, body: UpdateConceptBody, response: { 200: ConceptReply, ...errorReplies } },
    handler: async (request) => ({
      concept: await roots.editConcept(ctx, principalOf(request), request.params.slug, request.body, request.ip),
    }),
  });

  r.delete(ApiPath.concept, {
    config: { access: 'moderator' },
    schema: { tags: ['roots'], params: SlugParam, response: { 204: z.null(), ...errorReplies } },
    handler: async (request, reply) => {
      await roots.removeConcept(ctx, principalOf(request), request.params.slug, request.ip);
      return reply.status(204).send(null);
    },
  });

  r.post(ApiPath.conceptProjects, {
    config: { access: 'moderator' },
    schema: { tags: ['roots'], params: SlugParam, body: LinkProjectBody, response: { 200: ConceptReply, ...errorReplies } },
    handler: async (request) => ({
      concept: await roots.linkProject(ctx, principalOf(request), request.params.slug, request.body, request.ip),
    }),
  });

  r.delete(ApiPath.conceptProject, {
    config: { access: 'moderator' },
    schema: { tags: ['roots'], params: ConceptProjectParams, response: { 204: z.null(), ...errorReplies } },
    handler: async (request, reply) => {
      await roots.unlinkProject(ctx, principalOf(request), request.params.slug, request.params.projectSlug, request.ip);
      return reply.status(204).send(null);
    },
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ApiPath,
  CreateProjectBody,
  LegacySearchQuery,
  LegacySearchReply,
  ProjectListQuery,
  ProjectPage,
  ProjectReply,
  SlugParam,
  UpdateProjectBody,
} from '@egoejo/contracts';
import { principalOf } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { api, errorReplies } from '../../platform/http';
import { perMinute } from '../../platform/rate-limits';
import * as projects from './service';

export function registerProjectRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = api(app);

  r.get(ApiPath.projects, {
    config: { access: 'public' },
    schema: { tags: ['projects'], querystring: ProjectListQuery, response: { 200: ProjectPage, ...errorReplies } },
    handler: async (request) => projects.listProjects(ctx, request.principal, request.query),
  });

  r.get(ApiPath.project, {
    config: { access: 'public' },
    schema: { tags: ['projects'], params: SlugParam, response: { 200: ProjectReply, ...errorReplies } },
    handler: async (request) => ({ project: await projects.getProject(ctx, request.principal, request.params.slug) }),
  });

  r.post(ApiPath.projects, {
    config: { access: 'member', rateLimit: perMinute(20) },
    schema: { tags: ['projects'], body: CreateProjectBody, response: { 201: ProjectReply, ...errorReplies } },
    handler: async (request, reply) => {
      const project = await projects.createProject(ctx, principalOf(request), request.body, request.ip);
      return reply.status(201).send({ project });
    },
  });

  r.patch(ApiPath.project, {
    config: { access: 'member' },
    schema: { tags: ['projects'], params: SlugParam, body: UpdateProjectBody, response: { 200: ProjectReply, ...errorReplies } },
    handler: async (request) => ({
      project: await projects.editProject(ctx, principalOf(request), request.params.slug, request.body, request.ip),
    }),
  });

  r.delete(ApiPath.project, {
    config: { access: 'moderator' },
    schema: { tags: ['projects'], params: SlugParam, response: { 204: z.null(), ...errorReplies } },
    handler: async (request, reply) => {
      await projects.removeProject(ctx, principalOf(request), request.params.slug, request.ip);
      return reply.status(204).send(null);
    },
  });

  // The original system's path, with and without its trailing slash (old clients sent both).
  for (const url of [ApiPath.legacyProjectSearch, ApiPath.legacyProjectSearch.slice(0, -1)]) {
    r.get(url, {
      config: { access: 'public' },
      schema: { tags: ['search'], querystring: LegacySearchQuery, response: { 200: LegacySearchReply, ...errorReplies } },
      handler: async (request) => projects.legacySearch(ctx, request.query.q),
    });
  }
}

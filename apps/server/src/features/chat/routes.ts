import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ApiPath,
  ChatThreadList,
  ChatThreadReply,
  CreateThreadBody,
  EditMessageBody,
  IdParam,
  InviteBody,
  MessagePage,
  MessageReply,
  MessagesQuery,
  ReadMarkerBody,
  SendMessageBody,
  ThreadMemberList,
  UpdateThreadBody,
} from '@egoejo/contracts';
import { principalOf } from '../../platform/auth-guard';
import type { AppContext } from '../../platform/context';
import { api, errorReplies } from '../../platform/http';
import * as messages from './messages';
import * as threads from './service';
import { registerChatSocket } from './socket';

/** The chat's HTTP routes and, through `registerChatSocket`, its WebSocket messages. */
export function registerChatRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerChatSocket(app, ctx);
  const r = api(app);
  const tags = ['chat'];

  r.get(ApiPath.chatThreads, {
    config: { access: 'member' },
    schema: { tags, response: { 200: ChatThreadList, ...errorReplies } },
    handler: async (request) => ({ items: await threads.listThreads(ctx, principalOf(request)) }),
  });

  r.post(ApiPath.chatThreads, {
    config: { access: 'member' },
    schema: { tags, body: CreateThreadBody, response: { 201: ChatThreadReply, ...errorReplies } },
    handler: async (request, reply) => {
      const thread = await threads.createThread(ctx, principalOf(request), request.body, request.ip);
      return reply.status(201).send({ thread });
    },
  });

  r.patch(ApiPath.chatThread, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, body: UpdateThreadBody, response: { 200: ChatThreadReply, ...errorReplies } },
    handler: async (request) => ({ thread: await threads.renameThread(ctx, principalOf(request), request.params.id, request.body.title) }),
  });

  r.get(ApiPath.chatThreadMembers, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, response: { 200: ThreadMemberList, ...errorReplies } },
    handler: async (request) => ({ items: await threads.listMembers(ctx, principalOf(request), request.params.id) }),
  });

  r.post(ApiPath.chatThreadMembers, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, body: InviteBody, response: { 204: z.null(), ...errorReplies } },
    handler: async (request, reply) => {
      await threads.inviteMembers(ctx, principalOf(request), request.params.id, request.body.userIds);
      return reply.status(204).send(null);
    },
  });

  r.delete(ApiPath.chatThreadLeave, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, response: { 204: z.null(), ...errorReplies } },
    handler: async (request, reply) => {
      await threads.leaveThread(ctx, principalOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  r.get(ApiPath.chatThreadMessages, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, querystring: MessagesQuery, response: { 200: MessagePage, ...errorReplies } },
    handler: async (request) => messages.listMessages(ctx, principalOf(request), request.params.id, request.query),
  });

  r.post(ApiPath.chatThreadMessages, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, body: SendMessageBody, response: { 200: MessageReply, 201: MessageReply, ...errorReplies } },
    handler: async (request, reply) => {
      const { message, created } = await messages.sendMessage(ctx, principalOf(request), request.params.id, request.body);
      return reply.status(created ? 201 : 200).send({ message });
    },
  });

  r.patch(ApiPath.chatMessage, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, body: EditMessageBody, response: { 200: MessageReply, ...errorReplies } },
    handler: async (request) => ({ message: await messages.editMessage(ctx, principalOf(request), request.params.id, request.body.text) }),
  });

  r.delete(ApiPath.chatMessage, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, response: { 200: MessageReply, ...errorReplies } },
    handler: async (request) => ({ message: await messages.deleteMessage(ctx, principalOf(request), request.params.id) }),
  });

  r.put(ApiPath.chatThreadRead, {
    config: { access: 'member' },
    schema: { tags, params: IdParam, body: ReadMarkerBody, response: { 204: z.null(), ...errorReplies } },
    handler: async (request, reply) => {
      await messages.markRead(ctx, principalOf(request), request.params.id, request.body.upTo);
      return reply.status(204).send(null);
    },
  });
}

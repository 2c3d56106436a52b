import { ApiPath, ChatThreadList, MessagePage, type ReportBody, ReportReply, pathWith } from '@egoejo/contracts';
import { apiRequest } from '../../lib/api/client';

export async function fetchThreads() {
  return (await apiRequest(ApiPath.chatThreads, { reply: ChatThreadList })).items;
}

/** The latest messages of a thread (oldest first), or the ones before a message id. */
export function fetchMessages(threadId: number, before?: number) {
  return apiRequest(pathWith(ApiPath.chatThreadMessages, { id: threadId }), { query: { before, limit: 50 }, reply: MessagePage });
}

export function report(body: ReportBody) {
  return apiRequest(ApiPath.reports, { method: 'POST', body, reply: ReportReply });
}

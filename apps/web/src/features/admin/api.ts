import {
  ApiPath,
  AuditPage,
  DecisionReply,
  type IntentFilters,
  IntentPage,
  type ModerationAction,
  ModerationQueuePage,
  pathWith,
} from '@egoejo/contracts';
import { apiDownload, apiRequest } from '../../lib/api/client';

export function fetchIntentsPage(filters: IntentFilters, cursor: string | undefined) {
  return apiRequest(ApiPath.adminIntents, { query: { ...filters, cursor, limit: 50 }, reply: IntentPage });
}

export function removeIntent(id: number): Promise<void> {
  return apiRequest(pathWith(ApiPath.adminIntent, { id }), { method: 'DELETE' });
}

export function downloadIntentsCsv(filters: IntentFilters): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  return apiDownload(ApiPath.adminIntentsCsv, `demandes-adhesion-${day}.csv`, { ...filters });
}

export function fetchAuditPage(action: string | undefined, cursor: string | undefined) {
  return apiRequest(ApiPath.adminAudit, { query: { action, cursor, limit: 50 }, reply: AuditPage });
}

export function fetchModerationQueue(cursor: string | undefined) {
  return apiRequest(ApiPath.adminModerationQueue, { query: { cursor, limit: 20 }, reply: ModerationQueuePage });
}

export function decide(itemId: number, action: ModerationAction) {
  return apiRequest(pathWith(ApiPath.adminModerationDecision, { id: itemId }), { method: 'POST', body: { action }, reply: DecisionReply });
}

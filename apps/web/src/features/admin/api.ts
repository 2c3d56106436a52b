import { ApiPath, AuditPage, type IntentFilters, IntentPage, pathWith } from '@egoejo/contracts';
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

import { ApiPath, type IntentBody, IntentReply } from '@egoejo/contracts';
import { apiRequest } from '../../lib/api/client';

export function submitJoinRequest(body: IntentBody) {
  return apiRequest(ApiPath.intents, { method: 'POST', body, reply: IntentReply });
}

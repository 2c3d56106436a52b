import {
  ApiPath,
  type LoginBody,
  MeReply,
  RegisterReply,
  type RegisterBody,
  SessionReply,
  type UpdateMeBody,
} from '@egoejo/contracts';
import { apiDownload, apiRequest } from '../../lib/api/client';
import { endSession, startSession, updateSessionUser } from '../../lib/api/session';

export async function register(body: RegisterBody) {
  return apiRequest(ApiPath.register, { method: 'POST', body, reply: RegisterReply });
}

export async function login(body: LoginBody) {
  return startSession(await apiRequest(ApiPath.login, { method: 'POST', body, reply: SessionReply }));
}

export async function fetchMe() {
  const { user } = await apiRequest(ApiPath.me, { reply: MeReply });
  updateSessionUser(user);
  return user;
}

export async function updateMe(body: UpdateMeBody) {
  const { user } = await apiRequest(ApiPath.me, { method: 'PATCH', body, reply: MeReply });
  updateSessionUser(user);
  return user;
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await apiRequest(ApiPath.password, { method: 'POST', body: { currentPassword, newPassword } });
}

export function downloadMyData(): Promise<void> {
  return apiDownload(ApiPath.meExport, 'egoejo-mes-donnees.json');
}

export async function eraseMe(password: string): Promise<void> {
  await apiRequest(ApiPath.me, { method: 'DELETE', body: { password } });
  endSession();
}

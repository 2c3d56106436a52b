/** The admin the e2e server creates at start (ADMIN_EMAIL / ADMIN_PASSWORD). */
export const adminCredentials = { email: 'admin-e2e@egoejo.test', password: 'racines-profondes-2026' };

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@egoejo.test`;
}

/** A different documentation address (RFC 5737) per visitor, sent as X-Forwarded-For. */
export function uniqueIp(): string {
  counter += 1;
  return `198.51.100.${(counter % 250) + 1}`;
}

/** A member created through the API (as the sign-up form would), from their own address. */
export async function createMember(baseUrl: string, displayName: string): Promise<{ email: string; password: string; displayName: string }> {
  const member = { email: uniqueEmail('membre'), password: 'un jardin partagé au printemps', displayName };
  const response = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueIp() },
    body: JSON.stringify(member),
  });
  if (response.status !== 201) throw new Error(`register answered ${response.status}: ${await response.text()}`);
  return member;
}

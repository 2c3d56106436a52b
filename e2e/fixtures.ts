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

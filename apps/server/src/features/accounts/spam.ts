import type { PublicUser } from '@egoejo/contracts';

/**
 * What a bot that filled the honeypot gets back: a reply shaped exactly like a real registration,
 * so it learns nothing, while nothing is stored.
 */
export function fakeRegisteredUser(input: { email: string; displayName: string }): PublicUser {
  return {
    id: 1_000_000 + Math.floor(Math.random() * 1_000_000),
    email: input.email,
    displayName: input.displayName,
    role: 'member',
    bio: '',
    createdAt: new Date().toISOString(),
  };
}

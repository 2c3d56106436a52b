import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** OWASP's Argon2id parameters (DESIGN §7): 19 MiB, 2 iterations, 1 lane. */
// The library's default algorithm is Argon2id (its enum is an ambient const enum, unusable under isolatedModules).
export const argon2Params = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// The 49k most common passwords (zxcvbn's list), checked case-insensitively.
const commonPasswords = new Set(dictionary.passwords.map((p) => p.toLowerCase()));

/** Returns why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string; displayName?: string } = {}): string | null {
  if ([...password].length < 10) return 'The password must be at least 10 characters long.';
  if (/^\d+$/.test(password)) return 'The password must not be only digits.';
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return 'This password is among the most common ones; choose another.';
  const localPart = context.email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) return 'The password must not contain your email address.';
  return null;
}

export const hashPassword = (password: string): Promise<string> => hash(password, argon2Params);

export const verifyPassword = async (passwordHash: string, password: string): Promise<boolean> => {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash verifies nothing
  }
};

/** True when a stored hash was made with other (older or weaker) parameters and should be redone. */
export function needsRehash(passwordHash: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash);
  if (!match) return true;
  const [, m, t, p] = match.map(Number);
  return m !== argon2Params.memoryCost || t !== argon2Params.timeCost || p !== argon2Params.parallelism;
}

/**
 * A hash of a random password, verified against when the email is unknown, so that an unknown
 * email and a wrong password take the same time (no account enumeration by timing).
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoyHash;
}

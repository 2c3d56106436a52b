import { createHmac, timingSafeEqual } from 'node:crypto';

/** The hidden fields of public forms (see HoneypotFields in the contracts). */
export interface HoneypotInput {
  website?: string | undefined;
  nickname?: string | undefined;
  comment?: string | undefined;
  formStamp?: string | undefined;
}

/** A person needs more than this to fill a form; a faster submission is a bot's. */
export const minimumFillMs = 2_000;
const stampLifetimeMs = 24 * 60 * 60 * 1000;

export interface FormStamps {
  issue(now?: number): string;
  /** Why a submission looks automated, or null when it looks human. */
  spamReason(input: HoneypotInput, now?: number): 'honeypot' | 'too_fast' | 'bad_stamp' | null;
}

/** Signed "form issued at" stamps: `<issuedAtMs>.<hmac>`. Optional for API clients, always sent by the web app. */
export function createFormStamps(secret: Uint8Array): FormStamps {
  const sign = (issuedAt: string) => createHmac('sha256', secret).update(`form-stamp:${issuedAt}`).digest('base64url');
  const validIssuedAt = (stamp: string): number | null => {
    const [issuedAt, signature] = stamp.split('.');
    if (!issuedAt || !signature || !/^\d{1,15}$/.test(issuedAt)) return null;
    const expected = Buffer.from(sign(issuedAt));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return Number(issuedAt);
  };
  return {
    issue: (now = Date.now()) => `${now}.${sign(String(now))}`,
    spamReason: (input, now = Date.now()) => {
      if ([input.website, input.nickname, input.comment].some((v) => v !== undefined && v.trim() !== '')) return 'honeypot';
      if (input.formStamp === undefined) return null;
      const issuedAt = validIssuedAt(input.formStamp);
      if (issuedAt === null || now - issuedAt > stampLifetimeMs || issuedAt > now) return 'bad_stamp';
      return now - issuedAt < minimumFillMs ? 'too_fast' : null;
    },
  };
}

import { z } from 'zod';
import { Email, HoneypotFields } from './accounts';
import { IsoDate, PageQuery, Timestamp, pageOf } from './common';

export const JoinProfile = z.enum(['je-decouvre', 'je-participe', 'je-contribue']);
export type JoinProfile = z.infer<typeof JoinProfile>;

export const IntentBody = HoneypotFields.extend({
  name: z.string().trim().min(1).max(120),
  email: Email,
  profile: JoinProfile,
  message: z.string().trim().max(2000).optional(),
});
export type IntentBody = z.infer<typeof IntentBody>;

/** The same reply whether the intent was stored or silently dropped as spam. */
export const IntentReply = z.object({ received: z.literal(true) });

export const Intent = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  profile: JoinProfile,
  message: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Intent = z.infer<typeof Intent>;

export const IntentFilters = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  profile: JoinProfile.optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export type IntentFilters = z.infer<typeof IntentFilters>;
export const IntentListQuery = PageQuery.extend(IntentFilters.shape);
export type IntentListQuery = z.infer<typeof IntentListQuery>;
export const IntentPage = pageOf(Intent);

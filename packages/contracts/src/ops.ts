import { z } from 'zod';

export const HealthReply = z.object({ status: z.literal('ok') });
export const ReadyReply = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), z.enum(['ok', 'failing'])),
});
export type ReadyReply = z.infer<typeof ReadyReply>;

import { z } from 'zod';
import { PageQuery, Timestamp, pageOf } from './common';

export const AuditEvent = z.object({
  id: z.number().int(),
  actorId: z.number().int().nullable(),
  action: z.string(),
  targetKind: z.string().nullable(),
  targetId: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  createdAt: Timestamp,
});
export type AuditEvent = z.infer<typeof AuditEvent>;
export const AuditQuery = PageQuery.extend({ action: z.string().max(100).optional() });
export const AuditPage = pageOf(AuditEvent);

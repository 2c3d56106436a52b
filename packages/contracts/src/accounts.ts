import { z } from 'zod';
import { Timestamp } from './common';

export const Role = z.enum(['member', 'moderator', 'admin']);
export type Role = z.infer<typeof Role>;

/** Hidden fields of public forms: a person leaves them empty, a bot fills them. */
export const HoneypotFields = z.object({
  website: z.string().max(500).optional(),
  nickname: z.string().max(500).optional(),
  comment: z.string().max(5000).optional(),
  formStamp: z.string().max(200).optional(),
});

export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email({ message: 'not a valid email address' }));
export const DisplayName = z.string().trim().min(1).max(80);
export const Bio = z.string().trim().max(2000);
/** Length bounds only: the server's password rules (common passwords, digits) are checked by the service. */
export const Password = z.string().min(1).max(256);

export const PublicUser = z.object({
  id: z.number().int(),
  email: z.string(),
  displayName: z.string(),
  role: Role,
  bio: z.string(),
  createdAt: Timestamp,
});
export type PublicUser = z.infer<typeof PublicUser>;

export const RegisterBody = HoneypotFields.extend({
  email: Email,
  password: Password,
  displayName: DisplayName,
});
export type RegisterBody = z.infer<typeof RegisterBody>;
export const RegisterReply = z.object({ user: PublicUser });

export const LoginBody = z.object({ email: Email, password: Password });
export type LoginBody = z.infer<typeof LoginBody>;

export const SessionReply = z.object({
  accessToken: z.string(),
  expiresIn: z.number().int().describe('seconds until the access token expires'),
  refreshToken: z.string().optional().describe('only for clients that sent the refresh token in the body'),
  user: PublicUser,
});
export type SessionReply = z.infer<typeof SessionReply>;

// Browsers send the refresh cookie and no body at all (which Fastify parses as null).
export const RefreshBody = z.object({ refreshToken: z.string().min(1).max(200).optional() }).nullish();

export const UpdateMeBody = z
  .object({ displayName: DisplayName.optional(), bio: Bio.optional() })
  .refine((b) => b.displayName !== undefined || b.bio !== undefined, { message: 'nothing to update' });
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;

export const ChangePasswordBody = z.object({ currentPassword: Password, newPassword: Password });
export const DeleteMeBody = z.object({ password: Password });

export const MeReply = z.object({ user: PublicUser });

export const FormStampReply = z.object({ stamp: z.string() });

import { z } from 'zod';

/** Every error reply of the API, and every `error` frame of the WebSocket, has this shape. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Field-level problems of a rejected input, as listed in `error.details` of a `validation_failed` reply. */
export const FieldIssue = z.object({ field: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorCode = {
  validationFailed: 'validation_failed',
  invalidJson: 'invalid_json',
  unsupportedMediaType: 'unsupported_media_type',
  payloadTooLarge: 'payload_too_large',
  notFound: 'not_found',
  unauthenticated: 'unauthenticated',
  invalidToken: 'invalid_token',
  forbidden: 'forbidden',
  rateLimited: 'rate_limited',
  conflict: 'conflict',
  databaseUnavailable: 'database_unavailable',
  serviceUnavailable: 'service_unavailable',
  invalidCredentials: 'invalid_credentials',
  weakPassword: 'weak_password',
  emailTaken: 'email_taken',
  invalidRefreshToken: 'invalid_refresh_token',
  refreshTokenReused: 'refresh_token_reused',
  internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

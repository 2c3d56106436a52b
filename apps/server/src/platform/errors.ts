import { ErrorCode, type ErrorBody } from '@egoejo/contracts';

/** An error a client can cause or must be told about; anything else is a bug and answers 500. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}

export const badRequest = (code: string, message: string, details?: unknown) => new AppError(400, code, message, details);
export const unauthenticated = (message = 'Authentication required.') => new AppError(401, ErrorCode.unauthenticated, message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(403, ErrorCode.forbidden, message);
export const notFound = (what = 'Resource') => new AppError(404, ErrorCode.notFound, `${what} not found.`);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const unprocessable = (code: string, message: string, details?: unknown) => new AppError(422, code, message, details);
export const unavailable = (code: string, message: string, retryAfterSeconds = 5) =>
  new AppError(503, code, message, undefined, { 'retry-after': String(retryAfterSeconds) });

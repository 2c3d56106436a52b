import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, type FieldIssue } from '@egoejo/contracts';
import { AppError, unavailable } from './errors';

const clientErrorCodes: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: ErrorCode.invalidJson, message: 'The body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: ErrorCode.invalidJson, message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_content_length', message: 'Content-Length does not match the body.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: ErrorCode.payloadTooLarge, message: 'The body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: ErrorCode.unsupportedMediaType, message: 'This content type is not accepted here.' },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: ErrorCode.unsupportedMediaType, message: 'This content type is not accepted here.' },
};

/** Errors of node-postgres or PgBouncer that mean "the database is unreachable right now", not a bug. */
const databaseDownPatterns = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT/,
  /server login has been failing|no more connections allowed|pgbouncer cannot connect/i,
  /the database system is (starting up|shutting down)/i,
  /terminating connection due to administrator command/i,
  /Query read timeout/i,
  /not queryable|Connection terminated unexpectedly|query_wait_timeout|server conn crashed/i,
];
const databaseDownSqlStates = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '53300']);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const sqlState = (error as { code?: unknown }).code;
  if (typeof sqlState === 'string' && databaseDownSqlStates.has(sqlState)) return true;
  return databaseDownPatterns.some((p) => p.test(error.message));
}

interface ValidationItem {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[] } };
}

function fieldIssues(error: FastifyError): FieldIssue[] {
  const context = (error as { validationContext?: string }).validationContext ?? 'body';
  return ((error.validation ?? []) as ValidationItem[]).map((item) => {
    const path = item.instancePath?.replace(/^\//, '').replaceAll('/', '.') ?? '';
    return { field: path ? path : context, message: item.message ?? 'invalid value' };
  });
}

/** Maps any thrown error to the API's error shape; only genuine bugs answer 500. */
export function toAppError(error: FastifyError | AppError | Error): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const issues = fieldIssues(fastifyError);
    const fields = [...new Set(issues.map((i) => i.field))].join(', ');
    return new AppError(400, ErrorCode.validationFailed, `Invalid input: ${fields}.`, issues);
  }
  const known = fastifyError.code ? clientErrorCodes[fastifyError.code] : undefined;
  if (known) return new AppError(known.status, known.code, known.message);
  if (isDatabaseUnavailable(error)) {
    return unavailable(ErrorCode.databaseUnavailable, 'The database is unavailable; try again shortly.');
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    return new AppError(status, status === 429 ? ErrorCode.rateLimited : 'bad_request', error.message);
  }
  return new AppError(500, ErrorCode.internal, 'Something went wrong on our side.');
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.status >= 500 && appError.code === ErrorCode.internal) {
      request.log.error({ err: error }, 'unhandled error');
    } else if (appError.status >= 500) {
      request.log.warn({ code: appError.code, reason: error.message }, 'dependency unavailable');
    }
    void reply.status(appError.status).headers(appError.headers).send(appError.toBody());
  });
}

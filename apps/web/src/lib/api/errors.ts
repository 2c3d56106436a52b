import type { ErrorBody, FieldIssue } from '@egoejo/contracts';

/** An error reply of the API (`{"error":{"code","message","details"?}}`), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field problems of a `validation_failed` reply, by field name (first message of each field). */
  fieldMessages(): Record<string, string> {
    if (!Array.isArray(this.details)) return {};
    const byField: Record<string, string> = {};
    for (const issue of this.details as FieldIssue[]) {
      if (typeof issue?.field === 'string' && byField[issue.field] === undefined) byField[issue.field] = issue.message;
    }
    return byField;
  }
}

export const networkErrorCode = 'network_error';

/**
 * The shape check of `ErrorBody`, written out so that this module (on every page's path) does not pull
 * zod into the initial bundle; replies of features are still parsed with their contract schemas.
 */
function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

export async function errorFromResponse(response: Response): Promise<ApiError> {
  const retryAfter = response.headers.get('retry-after');
  try {
    const body: unknown = await response.json();
    if (isErrorBody(body)) {
      const { code, message, details } = body.error;
      return new ApiError(response.status, code, message, details ?? (retryAfter ? { retryAfter } : undefined));
    }
  } catch {
    // not JSON (a proxy's error page): fall through to a generic error
  }
  return new ApiError(response.status, 'http_' + response.status, response.statusText);
}

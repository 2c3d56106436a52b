import type { ErrorCode } from '@egoejo/contracts';
import { accessToken, refreshSession } from './session';
import { ApiError, errorFromResponse, networkErrorCode } from './errors';

const expiredToken: ErrorCode = 'invalid_token';

/** Anything that can check a reply: the zod schemas of `@egoejo/contracts` are. */
export interface Parser<T> {
  parse(data: unknown): T;
}

export type QueryValue = string | number | boolean | undefined | null;

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Parses the reply; omit for replies without a body (204). */
  reply?: Parser<T>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function send(path: string, options: RequestOptions<unknown>, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  try {
    return await fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, networkErrorCode, 'The server could not be reached.');
  }
}

/**
 * Calls the API with the session's access token when there is one; on an expired token, renews it once
 * and retries. Paths come from `ApiPath` (with `pathWith` for parameters), never written by hand in pages.
 */
export async function apiRequest<T = void>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  let response = await send(path, options, await accessToken());
  if (response.status === 401 && (await errorFromResponse(response.clone())).code === expiredToken) {
    const renewed = await refreshSession();
    if (renewed) response = await send(path, options, renewed.accessToken);
  }
  if (!response.ok) throw await errorFromResponse(response);
  if (!options.reply || response.status === 204) return undefined as T;
  return options.reply.parse(await response.json());
}

/** Fetches an authenticated file (CSV, data export) and hands it to the browser as a download. */
export async function apiDownload(path: string, fileName: string, query?: Record<string, QueryValue>): Promise<void> {
  const response = await send(path, { query }, await accessToken());
  if (!response.ok) throw await errorFromResponse(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

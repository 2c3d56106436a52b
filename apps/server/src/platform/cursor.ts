import { badRequest } from './errors';

/**
 * Opaque keyset cursors. Clients must not build them; a tampered or foreign cursor is a 400, never a 500.
 */
export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === arity && parts.every((p) => typeof p === 'string' || typeof p === 'number')) {
      return parts as (string | number)[];
    }
  } catch {
    // fall through to the 400 below
  }
  throw badRequest('invalid_cursor', 'The cursor is not valid.');
}

export const encodeIdCursor = (id: number) => encodeCursor([id]);

export function decodeIdCursor(cursor: string): number {
  const [id] = decodeCursor(cursor, 1);
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) throw badRequest('invalid_cursor', 'The cursor is not valid.');
  return id;
}

/** A (timestamp, id) cursor for lists ordered newest first. */
export function encodeTimeCursor(at: Date, id: number): string {
  return encodeCursor([at.toISOString(), id]);
}

export function decodeTimeCursor(cursor: string): { at: Date; id: number } {
  const [at, id] = decodeCursor(cursor, 2);
  const date = typeof at === 'string' ? new Date(at) : new Date(NaN);
  if (Number.isNaN(date.getTime()) || typeof id !== 'number' || !Number.isSafeInteger(id)) {
    throw badRequest('invalid_cursor', 'The cursor is not valid.');
  }
  return { at: date, id };
}

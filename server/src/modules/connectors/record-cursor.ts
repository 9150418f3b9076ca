import { InvalidCursorError } from './connector.ts';

/**
 * Keyset cursors for the portal's own tables: the exact position (timestamp to the microsecond,
 * then id) of the last record on a page, opaque to the client. Bound to the category, so a cursor
 * from one list cannot page through another.
 */
export type TRecordPosition = { category: string; at: string; id: string } | { category: string; seq: number };

export function encodeCursor(position: TRecordPosition): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

const MICRO_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function decodeCursor(cursor: string, category: string): TRecordPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('not a cursor of this list');
  }
  const p = parsed as Record<string, unknown> | null;
  if (p && typeof p === 'object' && p.category === category) {
    if (typeof p.at === 'string' && MICRO_ISO.test(p.at) && typeof p.id === 'string' && UUID.test(p.id)) {
      return { category, at: p.at, id: p.id };
    }
    if (typeof p.seq === 'number' && Number.isSafeInteger(p.seq) && p.seq > 0) return { category, seq: p.seq };
  }
  throw new InvalidCursorError('not a cursor of this list');
}

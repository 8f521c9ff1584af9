import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { badInput } from './errors.ts';

/**
 * Opaque keyset cursors: base64url(JSON payload) + "." + HMAC. The payload names the ordering it belongs to,
 * so a cursor from another ordering, a tampered one or garbage is refused as BAD_USER_INPUT (never a 500).
 * The signing key is kept in the database (app_settings) so cursors survive restarts and work across instances.
 */
export interface CursorPayload {
  /** Ordering (and query shape) the cursor belongs to. */
  o: string;
  /** Sort key values after the id, in order. */
  k: Array<string | number | null>;
  /** Last id of the page. */
  i: number;
  /** Extra state, e.g. the instant NEXT_MEETING ordering was computed at. */
  x?: string | number;
}

export class CursorCodec {
  /** Imported once: an HMAC keyed by a string re-imports the key for every cursor. */
  private readonly key: KeyObject;

  constructor(secret: string) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url').slice(0, 22);
  }

  encode(payload: CursorPayload): string {
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  /** The signed body of a cursor, parsed; null for anything not signed by us or not JSON. */
  private verified(cursor: unknown): CursorPayload | null {
    if (typeof cursor !== 'string' || cursor.length > 1_000) return null;
    const [body, mac, ...rest] = cursor.split('.');
    if (!body || !mac || rest.length) return null;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CursorPayload;
    } catch {
      return null;
    }
  }

  /**
   * The extra state (`x`) of a cursor we signed, whatever its ordering, or undefined: for what must be known before
   * the ordering is (a search's "now" decides its filter, and the filter its ordering). decode() checks the rest.
   */
  peekExtra(cursor: string): string | number | undefined {
    const x = this.verified(cursor)?.x;
    return typeof x === 'string' || typeof x === 'number' ? x : undefined;
  }

  /** Decodes a cursor for the given ordering; any defect is BAD_USER_INPUT on `argument`. */
  decode(cursor: string, ordering: string, argument = 'after'): CursorPayload {
    const invalid = () => badInput(argument, 'is not a valid cursor for this query');
    const payload = this.verified(cursor);
    if (
      !payload ||
      payload.o !== ordering ||
      !Array.isArray(payload.k) ||
      !Number.isInteger(payload.i) ||
      !payload.k.every((v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
    ) {
      throw invalid();
    }
    return payload;
  }
}

import type { ResourceInput } from '../../../generated/graphql.ts';

/**
 * One feed record mapped to a listing input, before the import decides what to do with it. Formats produce
 * these; the import service geocodes, validates and writes them the same way whatever the format.
 */
export interface MappedRecord {
  /** The record's own id in the feed (Meeting Guide `slug`, HSDS `id`): the listing's externalId. */
  ref: string;
  /** Present when the record cannot be imported: why (one line). Nothing else is used then. */
  skip?: { code: SkipCode; reason: string };
  input?: ResourceInput;
  /** The feed's own codes, kept as given (Meeting Guide `types`), exported back. */
  typeCodes: string[];
  /** The record has no usable point: an address to geocode, if a geocoder is configured. */
  geocode?: { query: string; countryHint: string | null };
  /** Time zone still to be found from the point (after geocoding). */
  needsTimeZone?: boolean;
  /** A point that tells the time zone when the listing itself has no location (an online meeting's area). */
  zonePoint?: { latitude: number; longitude: number };
}

export type SkipCode =
  | 'INVALID'
  | 'NO_SCHEDULE'
  | 'NO_LOCATION'
  | 'NO_TIME_ZONE'
  | 'INACTIVE'
  | 'TAKEN_DOWN'
  | 'DUPLICATE_EXTERNAL_ID'
  | 'NOT_ALLOWED_FOR_KIND'
  | 'GEOCODING_FAILED';

export interface MapOptions {
  /** `--time-zone`: used when a record has none; otherwise the point decides. */
  timeZone: string | null;
  /** `--topic` slugs for the whole feed. */
  topics: string[];
}

export const skip = (ref: string, code: SkipCode, reason: string, typeCodes: string[] = []): MappedRecord => ({
  ref,
  skip: { code, reason },
  typeCodes,
});

/** A feed that cannot be read at all: names the file and where in it. */
export class FeedFormatError extends Error {
  constructor(
    readonly file: string,
    readonly position: string | null,
    readonly detail: string,
  ) {
    super(`${file}${position ? ` (${position})` : ''}: ${detail}`);
  }
}

/** JSON.parse with the line and column of a syntax error, which V8 gives only as an offset. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    let position: string | null;
    if (at) {
      const offset = Number(at[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      position = `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
    } else {
      // Node 20's V8 gives no offset: the error is where the shortest failing prefix ends (a prefix before it only
      // "ends unexpectedly"). A binary search takes a few dozen parses.
      const failsAt = (k: number) => {
        try {
          JSON.parse(text.slice(0, k));
          return false;
        } catch (e) {
          const msg = String((e as Error).message);
          const at = /at position (\d+)/.exec(msg);
          // Running out of input (at the end of the prefix) is not the error we look for.
          return !/Unexpected end of JSON input/.test(msg) && !(at && Number(at[1]) >= k - 1);
        }
      };
      let lo = 0;
      let hi = text.length;
      if (failsAt(hi)) {
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (failsAt(mid)) hi = mid;
          else lo = mid + 1;
        }
      }
      const before = text.slice(0, Math.max(0, hi - 1));
      const lines = before.split('\n');
      position = `line ${lines.length}, column ${lines.at(-1)!.length + 1}`;
    }
    const reason = message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
      .replace(/^JSON\.parse: /, '');
    throw new FeedFormatError(file, position, `not valid JSON: ${text.trim() ? reason : 'the file is empty'}`);
  }
}

/** "7:00 pm", "19:00", "7pm", "19:00:00" → "19:00"; null when not a time. */
export function parseTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*([ap])?\.?\s*m?\.?\s*$/i.exec(value);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const half = m[3]?.toLowerCase();
  if (!m[2] && !half) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    if (half === 'a' && hour === 12) hour = 0;
    else if (half === 'p' && hour !== 12) hour += 12;
  }
  if (hour === 24 && minute === 0) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Minutes from start to end, over midnight if need be; null when either is missing. */
export function durationBetween(start: string, end: string | null): number | null {
  if (!end) return null;
  const mins = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const d = (mins(end) - mins(start) + 1440) % 1440;
  return d === 0 ? null : d;
}

/** A coordinate given as a number or a numeric string; null when absent or not a finite number. */
export function parseCoordinate(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() && Number.isFinite(Number(value))) return Number(value);
  return null;
}

export const text = (value: unknown): string | null => {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t ? t : null;
};

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys look like `pa_<id>.<secret>`: the id (`pa_` + 12 base32 characters) is the non-secret prefix that
 * names the key in `key list` and logs; the secret is 32 random bytes. Only SHA-256 of the secret is stored:
 * a 256-bit random secret needs no slow hash, and a fast one keeps authentication cheap on every request.
 */
const ID_ALPHABET = 'abcdefghijkmnopqrstuvwxyz23456789';
const KEY_PATTERN = /^(pa_[a-z2-9]{12})\.([A-Za-z0-9_-]{43})$/;

export interface NewKey {
  id: string;
  secretHash: string;
  /** The whole key, shown once. */
  token: string;
}

export function generateKey(): NewKey {
  const bytes = randomBytes(12);
  const id = 'pa_' + Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('');
  const secret = randomBytes(32).toString('base64url');
  return { id, secretHash: hashSecret(secret), token: `${id}.${secret}` };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function parseKey(token: string): { id: string; secret: string } | null {
  const m = KEY_PATTERN.exec(token);
  return m ? { id: m[1]!, secret: m[2]! } : null;
}

// Compared against when the key id is unknown, so that unknown and wrong keys take the same time.
const DUMMY_HASH = hashSecret('not-a-key');

export function secretMatches(secret: string, storedHash: string | null): boolean {
  const expected = Buffer.from(storedHash ?? DUMMY_HASH, 'hex');
  const given = Buffer.from(hashSecret(secret), 'hex');
  return timingSafeEqual(expected, given) && storedHash !== null;
}

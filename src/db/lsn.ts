/**
 * PostgreSQL WAL positions ("16/B374D848"): two hex numbers of up to 32 bits. Kept as bigint so they compare
 * exactly (a double loses the low bits past 2^53 bytes of WAL).
 */
export type Lsn = bigint;

const PATTERN = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/;

/** The position, or null for anything that is not one (a client's header is untrusted input). */
export function parseLsn(text: unknown): Lsn | null {
  if (typeof text !== 'string') return null;
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  return (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`);
}

export function formatLsn(lsn: Lsn): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

export function maxLsn(...values: Array<Lsn | null | undefined>): Lsn | null {
  let best: Lsn | null = null;
  for (const v of values) if (v !== null && v !== undefined && (best === null || v > best)) best = v;
  return best;
}

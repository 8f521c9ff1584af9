import { badInput } from './errors.ts';

/**
 * Global ids are base64url("<Type>:<number>"). Clients treat them as opaque; the type prefix lets
 * `node(id)` and `_entities` know where to look without a lookup table.
 */
export type IdType = 'Resource' | 'Topic' | 'Organization' | 'Revision' | 'Feed' | 'ContactRequest' | 'Report';
const idTypes: ReadonlySet<string> = new Set<IdType>([
  'Resource',
  'Topic',
  'Organization',
  'Revision',
  'Feed',
  'ContactRequest',
  'Report',
]);

export function encodeId(type: IdType, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export interface DecodedId {
  type: IdType;
  id: number;
}

/** Decodes a global id, or returns null when it is not one of ours. */
export function tryDecodeId(globalId: string): DecodedId | null {
  if (typeof globalId !== 'string' || globalId.length > 64 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  if (!match || !idTypes.has(match[1]!)) return null;
  const id = Number(match[2]);
  if (id > 2_147_483_647) return null;
  return { type: match[1] as IdType, id };
}

/** Decodes an id argument: a malformed id is BAD_USER_INPUT; a well-formed id of another type is the caller's to treat as unknown. */
export function decodeId(globalId: string, argument: string): DecodedId {
  const decoded = tryDecodeId(globalId);
  if (!decoded) throw badInput(argument, 'is not a valid id');
  return decoded;
}

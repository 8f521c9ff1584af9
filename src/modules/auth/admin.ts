import type { Db } from '../../db/database.ts';
import {
  findOrganizationById,
  findOrganizationsByName,
  insertOrganization,
  updateOrganizationTrust,
} from '../organizations/repository.ts';
import { generateKey } from './keys.ts';
import * as repo from './repository.ts';

// Operator actions on organisations and keys (the CLI). Keys are shown once; only hashes are stored.

export class DuplicateOrganizationName extends Error {
  constructor(readonly existing: Array<{ id: number; name: string }>) {
    super('an organization with this name exists');
  }
}

/**
 * Creates an organisation and its first partner key, in one transaction. A name that is already taken (ignoring
 * case) is refused unless `allowDuplicate`: running `partner create` twice by mistake would otherwise make a
 * second organisation whose listings never merge with the first's.
 */
export async function createPartner(
  db: Db,
  input: { name: string; url?: string | null; trusted: boolean; keyName?: string; allowDuplicate?: boolean },
) {
  return db.transaction().execute(async (trx) => {
    if (!input.allowDuplicate) {
      const existing = await findOrganizationsByName(trx, input.name);
      if (existing.length) throw new DuplicateOrganizationName(existing);
    }
    const organizationId = await insertOrganization(trx, {
      name: input.name,
      url: input.url ?? null,
      trusted: input.trusted,
    });
    const key = generateKey();
    await repo.insertKey(trx, {
      id: key.id,
      role: 'partner',
      name: input.keyName ?? input.name,
      organizationId,
      secretHash: key.secretHash,
    });
    return { organizationId, keyId: key.id, token: key.token };
  });
}

export async function createKey(db: Db, input: { role: 'moderator' | 'analyst'; name: string }) {
  const key = generateKey();
  await repo.insertKey(db, {
    id: key.id,
    role: input.role,
    name: input.name,
    organizationId: null,
    secretHash: key.secretHash,
  });
  return { keyId: key.id, token: key.token };
}

/**
 * Another key for an existing organisation: rotation with overlap. The old key keeps working until it is
 * revoked, so a partner can deploy the new one first. Null when there is no such organisation.
 */
export async function createPartnerKey(db: Db, input: { organizationId: number; name?: string | undefined }) {
  return db.transaction().execute(async (trx) => {
    const org = await findOrganizationById(trx, input.organizationId);
    if (!org) return null;
    const key = generateKey();
    const name = input.name ?? `${org.name} (${new Date().toISOString().slice(0, 10)})`;
    await repo.insertKey(trx, {
      id: key.id,
      role: 'partner',
      name,
      organizationId: org.id,
      secretHash: key.secretHash,
    });
    return { keyId: key.id, token: key.token, organizationName: org.name };
  });
}

export const setTrusted = updateOrganizationTrust;
export const listPartners = repo.listPartners;
export const listKeys = repo.listKeys;
export const revokeKey = repo.revokeKey;

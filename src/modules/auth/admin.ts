import type { Db } from '../../db/database.ts';
import { insertOrganization } from '../organizations/repository.ts';
import { generateKey } from './keys.ts';
import * as repo from './repository.ts';

// Operator actions on organisations and keys (the CLI). Keys are shown once; only hashes are stored.

export async function createPartner(db: Db, input: { name: string; url?: string | null; trusted: boolean; keyName?: string }) {
  return db.transaction().execute(async (trx) => {
    const organizationId = await insertOrganization(trx, { name: input.name, url: input.url ?? null, trusted: input.trusted });
    const key = generateKey();
    await repo.insertKey(trx, { id: key.id, role: 'partner', name: input.keyName ?? input.name, organizationId, secretHash: key.secretHash });
    return { organizationId, keyId: key.id, token: key.token };
  });
}

export async function createKey(db: Db, input: { role: 'moderator' | 'analyst'; name: string }) {
  const key = generateKey();
  await repo.insertKey(db, { id: key.id, role: input.role, name: input.name, organizationId: null, secretHash: key.secretHash });
  return { keyId: key.id, token: key.token };
}

export const listKeys = repo.listKeys;
export const revokeKey = repo.revokeKey;

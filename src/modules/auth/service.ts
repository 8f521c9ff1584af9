import type { Db } from '../../db/database.ts';
import { errorSummary, type Logger } from '../../logger.ts';
import { unauthenticated } from '../../shared/errors.ts';
import { parseKey, secretMatches } from './keys.ts';
import * as repo from './repository.ts';
import { anonymous, type Viewer } from './viewer.ts';

const REFUSED = 'The API key is not valid';

/**
 * The viewer for an Authorization header. No header: anonymous. Anything else that is not a live key
 * (malformed, unknown, wrong secret, revoked) is UNAUTHENTICATED with one message, so a caller never learns
 * whether a key id exists.
 */
export async function authenticate(db: Db, header: string | undefined, log: Logger): Promise<Viewer> {
  if (header === undefined || header === '') return anonymous;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const parsed = match ? parseKey(match[1]!) : null;
  const row = parsed ? await repo.findKeyWithOrganization(db, parsed.id) : undefined;
  const ok = secretMatches(parsed?.secret ?? '', row?.secret_hash ?? null);
  if (!parsed || !row || !ok || row.revoked_at !== null) throw unauthenticated(REFUSED);
  if (row.last_used_at === null || Date.now() - row.last_used_at.getTime() > 60_000) {
    // Not awaited: bookkeeping must not slow or fail the request.
    repo.touchKey(db, row.id).catch((err: unknown) => log.warn({ err: errorSummary(err) }, 'could not record key use'));
  }
  switch (row.role) {
    case 'partner':
      return { role: 'partner', keyId: row.id, organizationId: row.organization_id!, trusted: row.trusted ?? false };
    case 'moderator':
      return { role: 'moderator', keyId: row.id };
    case 'analyst':
      return { role: 'analyst', keyId: row.id };
  }
}

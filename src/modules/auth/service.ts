import type { Db } from '../../db/database.ts';
import { errorSummary, type Logger } from '../../logger.ts';
import { unauthenticated } from '../../shared/errors.ts';
import { parseKey, secretMatches } from './keys.ts';
import * as repo from './repository.ts';
import { anonymous, type Viewer } from './viewer.ts';

const REFUSED = 'The API key is not valid';

/**
 * The viewer for an Authorization header. No header: anonymous. An empty header, or one without the Bearer
 * scheme, is UNAUTHENTICATED with a message that says what to send. Anything else that is not a live key
 * (malformed, unknown, wrong secret, revoked) is UNAUTHENTICATED with one message, so a caller never learns
 * whether a key id exists.
 */
export async function authenticate(
  db: Db,
  header: string | undefined,
  log: Logger,
  requestId?: string,
): Promise<Viewer> {
  if (header === undefined) return anonymous;
  // Saying why costs nothing here: neither case reveals anything about stored keys.
  if (header.trim() === '')
    throw unauthenticated(
      'The Authorization header is empty: send `Authorization: Bearer <key>`, or no header to read anonymously',
    );
  if (!/^Bearer\s/i.test(header)) {
    throw unauthenticated(
      parseKey(header.trim())
        ? 'The key must follow the word Bearer: `Authorization: Bearer <key>`'
        : 'The Authorization header must be `Bearer <key>`',
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const parsed = match ? parseKey(match[1]!) : null;
  const row = parsed ? await repo.findKeyWithOrganization(db, parsed.id) : undefined;
  const ok = secretMatches(parsed?.secret ?? '', row?.secret_hash ?? null);
  if (!parsed || !row || !ok || row.revoked_at !== null) throw unauthenticated(REFUSED);
  if (row.last_used_at === null || Date.now() - row.last_used_at.getTime() > 60_000) {
    // Not awaited: bookkeeping must not slow or fail the request.
    repo
      .touchKey(db, row.id)
      .catch((err: unknown) => log.warn({ requestId, err: errorSummary(err) }, 'could not record key use'));
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

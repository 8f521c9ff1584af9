import type { ListingDetails } from './model.ts';
import { stricter } from './visibility.ts';

/**
 * The stored details with only the parts of `proposed` that make them more private applied: contacts removed,
 * a contact or the online details made less visible, the online details removed. Null when nothing is
 * narrower. (Clarifications: a change that only narrows visibility applies at once for every partner.)
 */
export function narrowedDetails(
  stored: ListingDetails | undefined,
  proposed: ListingDetails | undefined,
): ListingDetails | null {
  if (!stored || !proposed) return null;
  const key = (c: { method: string; value: string }) => `${c.method}\u0000${c.value}`;
  const proposedByKey = new Map(proposed.contacts.map((c) => [key(c), c]));
  const contacts = stored.contacts
    .filter((c) => proposedByKey.has(key(c)))
    .map((c) => ({ ...c, visibility: stricter(c.visibility, proposedByKey.get(key(c))!.visibility) }));
  let online = stored.online;
  if (online && !proposed.online) online = null;
  else if (online && proposed.online)
    online = { ...online, visibility: stricter(online.visibility, proposed.online.visibility) };
  const next = { ...stored, contacts, online };
  return JSON.stringify(next) === JSON.stringify(stored) ? null : next;
}

/**
 * The listing status machine, in one place: what each write does to a listing's status. The partner service
 * asks here and never decides a status itself.
 *
 * | action                     | trusted partner            | untrusted partner                        |
 * |----------------------------|----------------------------|------------------------------------------|
 * | submit (new)               | PUBLISHED                  | PENDING                                  |
 * | submit / patch, PUBLISHED  | PUBLISHED (applied)        | stays PUBLISHED; edit becomes a REVISION  |
 * |                            |                            | (a change that only hides more of the     |
 * |                            |                            | place is applied at once)                 |
 * | submit, ARCHIVED/REJECTED  | PUBLISHED                  | PENDING                                  |
 * | patch, ARCHIVED            | ARCHIVED (edited, unlisted)| ARCHIVED                                 |
 * | submit / patch, PENDING    | PUBLISHED                  | PENDING (new version)                    |
 * | any write, TAKEN DOWN      | PENDING (a moderator's review brings it back, whoever writes)          |
 * | archive (owner)            | ARCHIVED                                                               |
 * | review APPROVE             | PUBLISHED (the pending revision applied, or the PENDING listing)        |
 * | review REJECT              | REJECTED for a PENDING listing; a revision is dropped, listing stays    |
 * | takeDown (moderator)       | ARCHIVED, marked taken down                                            |
 */
export type ListingStatus = 'PUBLISHED' | 'PENDING' | 'REJECTED' | 'ARCHIVED';

export interface WriteSituation {
  trusted: boolean;
  /** Null for a new listing. */
  status: ListingStatus | null;
  takenDown: boolean;
  via: 'submit' | 'patch';
}

export type WriteOutcome =
  /** Write the content with this status. */
  | { kind: 'apply'; status: ListingStatus }
  /** Keep the published content; store the edit as a revision for a moderator. */
  | { kind: 'revision' };

export function onWrite(s: WriteSituation): WriteOutcome {
  if (s.status === null) return { kind: 'apply', status: s.trusted ? 'PUBLISHED' : 'PENDING' };
  if (!s.trusted && s.status === 'PUBLISHED') return { kind: 'revision' };
  // A patch edits an archived listing without listing it again; resubmitting lists it again.
  if (s.status === 'ARCHIVED' && s.via === 'patch') return { kind: 'apply', status: 'ARCHIVED' };
  // A listing a moderator took down comes back only through a moderator's review.
  return { kind: 'apply', status: s.trusted && !s.takenDown ? 'PUBLISHED' : 'PENDING' };
}

/** A moderator's decision on a PENDING listing (a pending revision leaves the status as it is). */
export const onReview = (decision: 'APPROVE' | 'REJECT'): ListingStatus =>
  decision === 'APPROVE' ? 'PUBLISHED' : 'REJECTED';

export const ON_ARCHIVE: ListingStatus = 'ARCHIVED';
export const ON_TAKE_DOWN: ListingStatus = 'ARCHIVED';

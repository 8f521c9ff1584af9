import type { Db } from '../../db/database.ts';
import { detailsFromRow } from './columns.ts';
import type { ContactPointModel, ListingDetails, OnlineAccessModel } from './model.ts';

// History keeps what a listing said, but not a way to reach someone that is no longer public: a contact value
// or an online way in appears in history only while it is a PUBLIC value of the listing now. When a value is
// hidden or removed, every earlier snapshot loses it too.

interface PublicNow {
  contactValues: Set<string>;
  online: OnlineAccessModel | null;
}

function publicNow(details: ListingDetails | null): PublicNow {
  return {
    contactValues: new Set((details?.contacts ?? []).filter((c) => c.visibility === 'PUBLIC').map((c) => c.value)),
    online: details?.online && details.online.visibility === 'PUBLIC' ? details.online : null,
  };
}

function redactContent(content: unknown, now: PublicNow): unknown {
  if (!content || typeof content !== 'object') return content;
  const c = { ...(content as Record<string, unknown>) };
  if (Array.isArray(c.contacts)) {
    c.contacts = (c.contacts as ContactPointModel[]).map((x) =>
      x && x.value != null && !now.contactValues.has(x.value) ? { ...x, value: null } : x,
    );
  }
  if (c.online && typeof c.online === 'object') {
    const o = c.online as OnlineAccessModel;
    const keep = (v: string | null, current: string | null | undefined) => (v != null && v === current ? v : null);
    const numbers = new Set((now.online?.dialIn ?? []).map((d) => d.number));
    c.online = {
      ...o,
      joinUrl: keep(o.joinUrl, now.online?.joinUrl),
      meetingId: keep(o.meetingId, now.online?.meetingId),
      passcode: keep(o.passcode, now.online?.passcode),
      dialIn: (o.dialIn ?? []).map((d) => ({
        ...d,
        number: d.number != null && numbers.has(d.number) ? d.number : null,
      })),
    };
  }
  return c;
}

async function currentDetails(db: Db, resourceId: number): Promise<ListingDetails | null> {
  const row = await db
    .selectFrom('resources')
    .select([
      'join_mode',
      'joining',
      'contacts',
      'online',
      'eligibility',
      'operational_status',
      'status_until',
      'notices',
      'cost_model',
      'cost',
      'registration_url',
    ])
    .where('id', '=', resourceId)
    .executeTakeFirst();
  return row ? detailsFromRow(row) : null;
}

/** A history entry's before/after with only today's public contact values and online details left. */
export async function redactForHistory(
  db: Db,
  resourceId: number,
  before: unknown,
  after: unknown,
): Promise<{ before: unknown; after: unknown }> {
  const now = publicNow(await currentDetails(db, resourceId));
  return { before: redactContent(before, now), after: redactContent(after, now) };
}

/** Rewrites every history snapshot of the listing so none keeps a value that is not public now. */
export async function redactContactHistory(db: Db, resourceId: number): Promise<void> {
  const now = publicNow(await currentDetails(db, resourceId));
  const rows = await db
    .selectFrom('resource_history')
    .select(['id', 'before', 'after'])
    .where('resource_id', '=', resourceId)
    .execute();
  for (const h of rows) {
    const before = redactContent(h.before, now);
    const after = redactContent(h.after, now);
    if (JSON.stringify([before, after]) !== JSON.stringify([h.before, h.after])) {
      await db
        .updateTable('resource_history')
        .set({
          before: before == null ? null : JSON.stringify(before),
          after: after == null ? null : JSON.stringify(after),
        })
        .where('id', '=', h.id)
        .execute();
    }
  }
}

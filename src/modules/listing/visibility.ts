import type { Viewer } from '../auth/viewer.ts';
import type { ResourceModel } from '../resources/model.ts';
import type { ContactPointModel, OnlineAccessModel, Visibility } from './model.ts';

// Who sees which tier. One rule for every surface: GraphQL fields, duplicates, history and exports read
// through these functions or through publicDetails (exports, search text).

const RANK: Record<Visibility, number> = { PUBLIC: 0, PARTNERS: 1, ON_REQUEST: 2 };

/** The most private tier the viewer may read on a listing of this organisation. */
export function viewerTier(viewer: Viewer, organizationId: number): Visibility {
  if (viewer.role === 'moderator') return 'ON_REQUEST';
  if (viewer.role === 'partner') return viewer.organizationId === organizationId ? 'ON_REQUEST' : 'PARTNERS';
  // Anonymous readers and analysts: public values only.
  return 'PUBLIC';
}

export const mayRead = (tier: Visibility, value: Visibility): boolean => RANK[value] <= RANK[tier];

/** The more private of two tiers. */
export const stricter = (a: Visibility, b: Visibility): Visibility => (RANK[a] >= RANK[b] ? a : b);

export interface ContactPointView {
  id: string;
  label: string | null;
  role: ContactPointModel['role'];
  method: ContactPointModel['method'];
  value: string | null;
  visibility: Visibility;
  hours: string | null;
}

/** Contacts as the viewer sees them: a value above the viewer's tier is null (the contact's existence is not secret). */
export function contactsFor(tier: Visibility, r: Pick<ResourceModel, 'id' | 'details'>): ContactPointView[] {
  return r.details.contacts.map((c, i) => ({
    id: Buffer.from(`Contact:${r.id}:${i}`).toString('base64url'),
    label: c.label,
    role: c.role,
    method: c.method,
    value: mayRead(tier, c.visibility) ? c.value : null,
    visibility: c.visibility,
    hours: c.hours,
  }));
}

/** Online access as the viewer sees it: the way in (link, id, passcode, dial-in numbers) only at its tier. */
export function onlineFor(
  tier: Visibility,
  online: OnlineAccessModel | null,
):
  | (Omit<OnlineAccessModel, 'dialIn'> & {
      dialIn: Array<{ number: string | null; country: string | null; notes: string | null }>;
    })
  | null {
  if (!online) return null;
  const open = mayRead(tier, online.visibility);
  return {
    ...online,
    joinUrl: open ? online.joinUrl : null,
    meetingId: open ? online.meetingId : null,
    passcode: open ? online.passcode : null,
    dialIn: online.dialIn.map((d) => ({ ...d, number: open ? d.number : null })),
  };
}

/**
 * A content snapshot (history, exports) with every value above PUBLIC removed: contact values and the online
 * way in. History is read by the owner and moderators, but it outlives the values: a number the organiser
 * hid or removed must not stay readable there.
 */
export function publicContent<T>(content: T): T {
  if (!content || typeof content !== 'object') return content;
  const c = { ...(content as Record<string, unknown>) };
  if (Array.isArray(c.contacts)) {
    c.contacts = (c.contacts as ContactPointModel[]).map((x) =>
      x && x.visibility !== 'PUBLIC' ? { ...x, value: null } : x,
    );
  }
  if (c.online && typeof c.online === 'object') {
    const o = c.online as OnlineAccessModel;
    if (o.visibility !== 'PUBLIC') c.online = onlineFor('PUBLIC', o);
  }
  return c as T;
}

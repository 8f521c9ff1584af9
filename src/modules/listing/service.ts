import type { Context } from '../../context.ts';
import type { LocationModel, ResourceModel } from '../resources/model.ts';
import { NOT_RUNNING, type NoticeModel } from './model.ts';
import { contactsFor, onlineFor, viewerTier } from './visibility.ts';

// Read side of the listing model: every value passes the viewer's tier here.

export function resourceContacts(ctx: Context, r: ResourceModel) {
  return contactsFor(viewerTier(ctx.viewer, r.organizationId), r);
}

export function resourceOnline(ctx: Context, r: ResourceModel) {
  return onlineFor(viewerTier(ctx.viewer, r.organizationId), r.details.online);
}

/** Notices still current: one whose last day (endsOn) has passed anywhere on Earth is gone. */
export function currentNotices(r: ResourceModel, now = new Date()): NoticeModel[] {
  // UTC−12 is the last place a day ends: a notice is shown until its endsOn is over there too.
  const lastPlaceToday = new Date(now.getTime() - 12 * 3_600_000).toISOString().slice(0, 10);
  return r.details.notices
    .filter((n) => !n.endsOn || n.endsOn >= lastPlaceToday)
    .sort((a, b) => (b.startsOn ?? '').localeCompare(a.startsOn ?? ''));
}

export const isRunning = (r: ResourceModel): boolean => !NOT_RUNNING.has(r.details.operationalStatus);

/** Location.addressOnRequest: an approximate place's address is had by asking the organiser. */
export const addressOnRequest = (l: LocationModel): boolean => l.approximate;

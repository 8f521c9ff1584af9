import type { LocationModel, ResourceModel } from './model.ts';
import type { MeetingModel, ScheduleModel } from '../schedules/model.ts';
import type { ListingDetails } from '../listing/model.ts';

/** A complete listing to write: the resource, its topics by slug, and its parts. */
export interface NewListing {
  organizationId: number;
  kind: ResourceModel['kind'];
  externalId: string | null;
  name: string;
  description: string | null;
  format: ResourceModel['format'];
  languages: string[];
  isFree: boolean;
  audiences: string[];
  accessibility: string[];
  url: string | null;
  status: ResourceModel['status'];
  lastVerifiedAt: Date | null;
  createdAt?: Date;
  facilitation: string | null;
  capacity: number | null;
  registrationUrl: string | null;
  platform: string | null;
  moderated: boolean | null;
  topicSlugs: string[];
  location: LocationModel | null;
  schedule: Omit<ScheduleModel, 'resourceId'> | null;
  sessions: MeetingModel[];
  /** The listing model (joining, contacts, online, eligibility, running status, notices, cost); absent = nothing stated. */
  details?: ListingDetails;
}

/** Rounds an approximate location to its public point and drops what would reveal the exact place. */
export function privatiseLocation(loc: LocationModel): LocationModel {
  if (!loc.approximate) return loc;
  return {
    ...loc,
    // A venue's name ("St Mary's Church hall") identifies the place as surely as its address.
    name: null,
    // "Side door on Church Lane" places the room as well as the address does.
    accessNotes: null,
    address: null,
    postalCode: null,
    latitude: Math.round(loc.latitude * 100) / 100,
    longitude: Math.round(loc.longitude * 100) / 100,
  };
}

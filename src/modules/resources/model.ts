import type {
  AccessibilityFeature,
  Audience,
  DeliveryFormat,
  Facilitation,
  ListingStatus,
  ResourceKind,
} from '../../generated/graphql.ts';
import type { ListingDetails } from '../listing/model.ts';
import type { MeetingModel, ScheduleModel } from '../schedules/model.ts';

/** A listing as services and resolvers see it. Relations (topics, location, …) load through DataLoaders. */
export interface ResourceModel {
  id: number;
  kind: ResourceKind;
  organizationId: number;
  externalId: string | null;
  name: string;
  description: string | null;
  format: DeliveryFormat;
  languages: string[];
  isFree: boolean;
  audiences: Audience[];
  accessibility: AccessibilityFeature[];
  url: string | null;
  status: ListingStatus;
  version: number;
  lastVerifiedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  facilitation: Facilitation | null;
  capacity: number | null;
  registrationUrl: string | null;
  platform: string | null;
  moderated: boolean | null;
  /** The moderator's note on a rejection: shown to the owner and moderators only. */
  moderationNote: string | null;
  /** The listing model: joining, contacts, online access, eligibility, running status, notices, cost. */
  details: ListingDetails;
}

/** A listing as the write path reads it under lock: the model plus what only writers decide on. */
export interface StoredListing extends ResourceModel {
  /** Set by a moderator's takedown: the owner's writes cannot bring the listing back, only a review can. */
  takenDownAt: Date | null;
}

/** The parts of a listing kept in their own tables, as a writer (or an export) needs them together. */
export interface ListingParts {
  location: LocationModel | null;
  schedule: ScheduleModel | null;
  sessions: MeetingModel[];
  /** In topic-name order, as stored. */
  topicSlugs: string[];
}

export interface LocationModel {
  name: string | null;
  address: string | null;
  locality: string | null;
  region: string | null;
  postalCode: string | null;
  country: string;
  latitude: number;
  longitude: number;
  approximate: boolean;
  /** How to find the room; never kept for an approximate place. */
  accessNotes?: string | null;
}

export const graphqlTypeByKind: Record<ResourceKind, 'PeerGroup' | 'Workshop' | 'OnlineCommunity'> = {
  PEER_GROUP: 'PeerGroup',
  WORKSHOP: 'Workshop',
  ONLINE_COMMUNITY: 'OnlineCommunity',
};

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccessibilityFeature =
  | 'ACCESSIBLE_TOILET'
  | 'CAPTIONS'
  | 'DIAL_IN_BY_PHONE'
  | 'HEARING_LOOP'
  | 'LOW_BANDWIDTH'
  | 'QUIET_SPACE'
  | 'SIGN_LANGUAGE'
  | 'STEP_FREE_ACCESS';

export type AttendancePolicy =
  /** Open: anyone, including friends, family and observers (Meeting Guide O). */
  | 'ANYONE'
  | 'LIVED_EXPERIENCE_AND_SUPPORTERS'
  /** Only people who share the experience (Meeting Guide C). */
  | 'LIVED_EXPERIENCE_ONLY'
  /** Family, friends and carers. */
  | 'SUPPORTERS_ONLY';

export type Audience =
  | 'FAMILY_AND_CARERS'
  | 'LGBTQ_PLUS'
  | 'LIVED_EXPERIENCE'
  | 'MEN'
  | 'OLDER_ADULTS'
  | 'PARENTS'
  | 'STUDENTS'
  | 'VETERANS'
  | 'WOMEN'
  | 'YOUNG_PEOPLE';

/**
 * A latitude/longitude rectangle in degrees: south ≤ north, each in [-90, 90]; west and east in [-180, 180].
 * A listing on an edge is inside.
 */
export type BoundingBox = {
  east: number;
  north: number;
  south: number;
  west: number;
};

export type CancellationInput = {
  /** Local date, YYYY-MM-DD. */
  date: string;
  reason?: string | null | undefined;
};

export type ContactMethod =
  | 'EMAIL'
  | 'PHONE'
  | 'SMS'
  | 'WEB_FORM'
  | 'WHATSAPP';

export type ContactPointInput = {
  hours?: string | null | undefined;
  /** First name or role only. */
  label?: string | null | undefined;
  method: ContactMethod;
  role?: ContactRole | null | undefined;
  value: string;
  /** Default: ON_REQUEST for a FACILITATOR's or GROUP_COORDINATOR's own number or address, PUBLIC otherwise. */
  visibility?: Visibility | null | undefined;
};

export type ContactRole =
  | 'BOOKINGS'
  | 'FACILITATOR'
  | 'GROUP_COORDINATOR'
  | 'ORGANISATION';

export type CostInput = {
  amount?: number | null | undefined;
  concessions?: string | null | undefined;
  currency?: string | null | undefined;
  description?: string | null | undefined;
  model: CostModel;
  per?: CostPer | null | undefined;
};

export type CostModel =
  | 'FIXED_FEE'
  | 'FREE'
  | 'FREE_DONATIONS_WELCOME'
  | 'MEMBERSHIP'
  | 'PAY_WHAT_YOU_CAN'
  /** Not stated: never reported as free. */
  | 'UNKNOWN';

export type CostPer =
  | 'COURSE'
  | 'MONTH'
  | 'SESSION'
  | 'YEAR';

export type DeliveryFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

export type DialInInput = {
  country?: string | null | undefined;
  notes?: string | null | undefined;
  number: string;
};

export type EligibilityInput = {
  attendance?: AttendancePolicy | null | undefined;
  description?: string | null | undefined;
  maximumAge?: number | null | undefined;
  minimumAge?: number | null | undefined;
  referralRequired?: boolean | null | undefined;
};

export type Facilitation =
  | 'CO_FACILITATED'
  | 'PEER_LED'
  | 'PROFESSIONAL';

/** A feed format Peer Atlas can import (feeds issue). */
export type FeedFormat =
  /** HSDS 3.0 (Open Referral): JSON lists or objects; a CSV datapackage when imported by CLI. */
  | 'HSDS'
  /** Meeting Guide JSON (code4recovery/spec): weekly peer meetings. */
  | 'MEETING_GUIDE';

export type FeedRunStatus =
  | 'FAILED'
  /** The feed answered 304 Not Modified: nothing was read or written. */
  | 'NOT_MODIFIED'
  | 'OK';

export type HelplineChannel =
  | 'CHAT'
  | 'EMAIL'
  | 'PHONE'
  | 'SMS'
  | 'WEB'
  | 'WHATSAPP';

export type JoinMode =
  /** Get in touch before the first visit (needs a contact or the listing's url). */
  | 'CONTACT_FIRST'
  /** Just turn up. */
  | 'DROP_IN'
  /** Same fact as operationalStatus NOT_TAKING_NEW_MEMBERS. */
  | 'NOT_TAKING_NEW_MEMBERS'
  /** Same fact as eligibility.referralRequired. */
  | 'REFERRAL_REQUIRED'
  | 'REGISTER_EACH_TIME'
  | 'REGISTER_ONCE'
  /** Not stated. */
  | 'UNKNOWN';

export type JoinPolicyInput = {
  firstVisit?: string | null | undefined;
  instructions?: string | null | undefined;
  mode: JoinMode;
  newcomersWelcome?: boolean | null | undefined;
  /** Any kind; for a workshop the same as registrationUrl. */
  registrationUrl?: string | null | undefined;
};

export type ListingStatus =
  | 'ARCHIVED'
  | 'PENDING'
  | 'PUBLISHED'
  | 'REJECTED';

export type LocationInput = {
  /** How to find the room; hidden when approximate. */
  accessNotes?: string | null | undefined;
  address?: string | null | undefined;
  /**
   * Keep the exact place private: only a point rounded to 2 decimals is stored, and no venue name, address or postal
   * code. Omitted: false for a new listing; on update or upsert the stored setting is kept, so a resync that does not
   * know about it never makes a private place public again.
   */
  approximate?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2. */
  country: string;
  latitude: number;
  locality?: string | null | undefined;
  longitude: number;
  name?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** ISO 3166-2, e.g. GB-ENG. */
  region?: string | null | undefined;
};

export type MeetingInput = {
  endsAt?: string | null | undefined;
  startsAt: string;
  timeZone: string;
};

export type NearInput = {
  latitude: number;
  longitude: number;
  /** Great-circle radius, greater than 0 and at most 500. */
  radiusKm?: number;
};

export type NoticeInput = {
  endsOn?: string | null | undefined;
  kind: NoticeKind;
  startsOn?: string | null | undefined;
  text: string;
};

export type NoticeKind =
  | 'CANCELLATION'
  | 'CHANGE'
  | 'INFO'
  | 'NEW_DETAILS'
  | 'PAUSE';

export type OnlineAccessInput = {
  dialIn?: Array<DialInInput> | null | undefined;
  instructions?: string | null | undefined;
  joinUrl?: string | null | undefined;
  meetingId?: string | null | undefined;
  passcode?: string | null | undefined;
  platform?: string | null | undefined;
  /** Default PUBLIC. */
  visibility?: Visibility | null | undefined;
};

/** Whether the listing is running (ListingStatus is moderation, this is operation). */
export type OperationalStatus =
  | 'ACTIVE'
  /** Stopped for good: no next meetings; left out of searches by default. */
  | 'CLOSED'
  | 'NOT_TAKING_NEW_MEMBERS'
  /** Not meeting for now: no next meetings are shown; left out of searches by default. */
  | 'PAUSED'
  /** The venue is closed for now; the group meets online (Meeting Guide TC). */
  | 'TEMPORARILY_ONLINE';

export type RegisterFeedInput = {
  format: FeedFormat;
  /** 5 to 10080; default FEED_DEFAULT_INTERVAL_MINUTES (360). */
  intervalMinutes?: number | null | undefined;
  timeZone?: string | null | undefined;
  topics?: Array<string> | null | undefined;
  /** An http(s) URL on the public internet. */
  url: string;
};

export type ReportReason =
  | 'GROUP_CLOSED'
  | 'HARMFUL_CONTENT'
  | 'NOT_PEER_SUPPORT'
  | 'OTHER'
  | 'OUTDATED'
  | 'SAFETY_CONCERN'
  | 'SPAM'
  | 'WRONG_DETAILS';

export type ResourceFilter = {
  /** Matches listings that have all of these. */
  accessibility?: Array<AccessibilityFeature> | null | undefined;
  /** Listings whose stated age range includes this age; under 18, listings that state no ages are left out. */
  age?: number | null | undefined;
  /** Matches listings for any of these, and listings that state eligibility.attendance ANYONE (empty audiences is not a claim). */
  audiences?: Array<Audience> | null | undefined;
  costModels?: Array<CostModel> | null | undefined;
  /** Peer groups only. */
  facilitation?: Array<Facilitation> | null | undefined;
  formats?: Array<DeliveryFormat> | null | undefined;
  freeOnly?: boolean | null | undefined;
  /** With `near`: also return ONLINE listings (distanceKm null, after located ones). */
  includeOnline?: boolean | null | undefined;
  joinModes?: Array<JoinMode> | null | undefined;
  kinds?: Array<ResourceKind> | null | undefined;
  languages?: Array<string> | null | undefined;
  /** Peer groups with a meeting, and workshops with a session, in the next N days (at most 90). */
  meetsWithinDays?: number | null | undefined;
  /** Default [ACTIVE, NOT_TAKING_NEW_MEMBERS, TEMPORARILY_ONLINE]: PAUSED and CLOSED only when asked for. */
  operationalStatuses?: Array<OperationalStatus> | null | undefined;
  organizationIds?: Array<string | number> | null | undefined;
  /** Default [PUBLISHED]; other statuses only for their owner or a moderator. */
  statuses?: Array<ListingStatus> | null | undefined;
  /** Ranked full text, tolerant of small typos. */
  text?: string | null | undefined;
  /** Topic slugs; a listing matches a slug or any of its descendants. */
  topics?: Array<string> | null | undefined;
  /** lastVerifiedAt within the last N days. */
  verifiedWithinDays?: number | null | undefined;
  /**
   * Located listings inside the box (a map viewport); online listings have no place and never match. With
   * `near` too, both apply. `west` greater than `east` crosses the antimeridian (e.g. west 170, east -170).
   */
  within?: BoundingBox | null | undefined;
};

export type ResourceInput = {
  accessibility?: Array<AccessibilityFeature> | null | undefined;
  audiences?: Array<Audience> | null | undefined;
  /** WORKSHOP. */
  capacity?: number | null | undefined;
  contacts?: Array<ContactPointInput> | null | undefined;
  /** Omitted on a new listing: UNKNOWN (unless isFree is given). */
  cost?: CostInput | null | undefined;
  description?: string | null | undefined;
  eligibility?: EligibilityInput | null | undefined;
  /** Your own id for this listing: submitting it again updates the same listing (upsert). */
  externalId?: string | null | undefined;
  /** PEER_GROUP (required). */
  facilitation?: Facilitation | null | undefined;
  format: DeliveryFormat;
  isFree?: boolean | null | undefined;
  joining?: JoinPolicyInput | null | undefined;
  kind: ResourceKind;
  /** ISO 639-1 codes; default ["en"]. The first one decides how the text is stemmed for search. */
  languages?: Array<string> | null | undefined;
  /** Required unless the format is ONLINE; not allowed when it is. */
  location?: LocationInput | null | undefined;
  /** ONLINE_COMMUNITY (required). */
  moderated?: boolean | null | undefined;
  name: string;
  notices?: Array<NoticeInput> | null | undefined;
  /** Required for ONLINE and HYBRID peer groups and workshops. */
  online?: OnlineAccessInput | null | undefined;
  /** Default ACTIVE. */
  operationalStatus?: OperationalStatus | null | undefined;
  /** ONLINE_COMMUNITY (required). */
  platform?: string | null | undefined;
  /** WORKSHOP. */
  registrationUrl?: string | null | undefined;
  /** PEER_GROUP. */
  schedule?: ScheduleInput | null | undefined;
  /** WORKSHOP (at least one). */
  sessions?: Array<MeetingInput> | null | undefined;
  /** YYYY-MM-DD. */
  statusUntil?: string | null | undefined;
  /** Topic slugs (see Query.topics), 1 to 10. */
  topics: Array<string>;
  url?: string | null | undefined;
};

export type ResourceKind =
  | 'ONLINE_COMMUNITY'
  | 'PEER_GROUP'
  | 'WORKSHOP';

export type ResourceOrder =
  | 'DISTANCE'
  | 'NAME'
  | 'NEXT_MEETING'
  | 'RELEVANCE'
  | 'UPDATED';

/** The fields of ResourceInput except kind, all optional: only given fields change; null clears an optional field. */
export type ResourcePatch = {
  accessibility?: Array<AccessibilityFeature> | null | undefined;
  audiences?: Array<Audience> | null | undefined;
  capacity?: number | null | undefined;
  contacts?: Array<ContactPointInput> | null | undefined;
  cost?: CostInput | null | undefined;
  description?: string | null | undefined;
  eligibility?: EligibilityInput | null | undefined;
  externalId?: string | null | undefined;
  facilitation?: Facilitation | null | undefined;
  format?: DeliveryFormat | null | undefined;
  isFree?: boolean | null | undefined;
  joining?: JoinPolicyInput | null | undefined;
  languages?: Array<string> | null | undefined;
  location?: LocationInput | null | undefined;
  moderated?: boolean | null | undefined;
  name?: string | null | undefined;
  notices?: Array<NoticeInput> | null | undefined;
  online?: OnlineAccessInput | null | undefined;
  operationalStatus?: OperationalStatus | null | undefined;
  platform?: string | null | undefined;
  registrationUrl?: string | null | undefined;
  schedule?: ScheduleInput | null | undefined;
  sessions?: Array<MeetingInput> | null | undefined;
  statusUntil?: string | null | undefined;
  topics?: Array<string> | null | undefined;
  url?: string | null | undefined;
};

export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT';

export type ScheduleInput = {
  /** Cancelled meetings with a reason; their dates join cancelledDates. On update, omitted keeps the stored reasons. */
  cancellations?: Array<CancellationInput> | null | undefined;
  /** Local dates with no meeting (EXDATE), YYYY-MM-DD. On update, omitted keeps the stored dates; null clears them. */
  cancelledDates?: Array<string> | null | undefined;
  durationMinutes: number;
  /** An RFC 5545 RRULE without DTSTART, e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=TU or FREQ=MONTHLY;BYDAY=2WE,4WE. */
  rrule: string;
  /**
   * Local date the rule counts from (YYYY-MM-DD), within 50 years before and 5 years after today. Required for rules
   * with INTERVAL > 1 or COUNT (their weeks depend on it) unless the listing has one stored; otherwise today in the
   * time zone. On update, omitted keeps the stored date.
   */
  startDate?: string | null | undefined;
  /** Local start time, HH:MM. */
  startTime: string;
  /** IANA time zone, e.g. Europe/London. */
  timeZone: string;
};

/**
 * How multi-valued dimensions count: a listing with two topics (or two languages) counts once under each of
 * them, so bucket counts can add up to more than the number of listings. A listing without a location counts
 * under "NONE" for COUNTRY and REGION.
 */
export type StatDimension =
  | 'COUNTRY'
  /** YYYY-MM of createdAt, in UTC. */
  | 'CREATED_MONTH'
  | 'FORMAT'
  | 'KIND'
  | 'LANGUAGE'
  /** Organisation id. */
  | 'ORGANIZATION'
  | 'REGION'
  | 'STATUS'
  /** Topic slug (the listing's own topics, not their ancestors). */
  | 'TOPIC';

/** What is wrong with a mutation's input (userErrors: nothing was written) or worth a second look (warnings). */
export type UserErrorCode =
  /** Another of the partner's listings already uses this externalId. */
  | 'DUPLICATE_EXTERNAL_ID'
  /** The organisation has already registered this feed URL. */
  | 'DUPLICATE_FEED'
  | 'ENDS_BEFORE_START'
  | 'FORBIDDEN'
  /** Malformed text: control characters, malformed UTF-16, a bad format. */
  | 'INVALID'
  | 'INVALID_COUNTRY'
  | 'INVALID_DATE'
  | 'INVALID_LANGUAGE'
  /** The RRULE is malformed, forbidden (DTSTART, times), or yields no meeting soon enough. */
  | 'INVALID_RRULE'
  | 'INVALID_TIME'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_URL'
  /** Warning: the point is far from the stated country (latitude and longitude swapped?). */
  | 'LOCATION_MISMATCH'
  | 'NOTHING_TO_REVIEW'
  /** A field that does not apply to the listing's kind, or an attempt to change a listing's kind. */
  | 'NOT_ALLOWED_FOR_KIND'
  | 'NOT_FOUND'
  | 'OUT_OF_RANGE'
  | 'RATE_LIMITED'
  /** A required field, or an argument the situation requires (revisionId, expectedVersion, startDate), is missing. */
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_MANY'
  | 'UNKNOWN_TOPIC'
  /** The listing (or the pending revision) changed since the caller read it. */
  | 'VERSION_CONFLICT';

/**
 * Who may see a value. PUBLIC: anyone. PARTNERS: partner and moderator keys (referrers; never analysts or
 * anonymous readers). ON_REQUEST: only the owning partner and moderators; everyone else gets null and can reach
 * the organiser through requestContact.
 */
export type Visibility =
  | 'ON_REQUEST'
  | 'PARTNERS'
  | 'PUBLIC';

export type AnalyticsStatsQueryVariables = Exact<{
  g: Array<StatDimension> | StatDimension;
  f?: ResourceFilter | null | undefined;
  near?: NearInput | null | undefined;
}>;


export type AnalyticsStatsQuery = { resourceStats: Array<{ key: Array<string>, count: number, labels: Array<string> }> };

export type AnalyticsCoverageQueryVariables = Exact<{
  p: Array<NearInput> | NearInput;
  f?: ResourceFilter | null | undefined;
}>;


export type AnalyticsCoverageQuery = { coverageGaps: Array<{ covered: boolean, nearestKm: number | null, point: { latitude: number, longitude: number } }> };

export type AnalyticsStillServingQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsStillServingQuery = { resources: { totalCount: number } };

export type BatchingNestedQueryVariables = Exact<{
  first: number;
}>;


export type BatchingNestedQuery = { resources: { edges: Array<{ node:
        | { id: string, name: string, organization: { id: string, name: string }, topics: Array<{ slug: string, name: string }>, location: { locality: string | null, latitude: number } | null }
        | { id: string, name: string, organization: { id: string, name: string }, topics: Array<{ slug: string, name: string }>, location: { locality: string | null, latitude: number } | null }
        | { id: string, name: string, organization: { id: string, name: string }, topics: Array<{ slug: string, name: string }>, location: { locality: string | null, latitude: number } | null }
       }> } };

export type BatchingEveryPartQueryVariables = Exact<{
  first: number;
}>;


export type BatchingEveryPartQuery = { resources: { edges: Array<{ node:
        | { id: string, name: string, organization: { id: string, name: string }, topics: Array<{ slug: string, name: string }>, location: { locality: string | null, latitude: number } | null }
        | { id: string, name: string, schedule: { rrule: string } | null, organization: { id: string, name: string }, topics: Array<{ slug: string, name: string }>, location: { locality: string | null, latitude: number } | null }
        | { id: string, name: string, sessions: Array<{ startsAt: string }>, organization: { id: string, name: string }, topics: Array<{ slug: string, name: string }>, location: { locality: string | null, latitude: number } | null }
       }> } };

type BatchingEveryPart_OnlineCommunity_Fragment = { __typename: 'OnlineCommunity', id: string, name: string, platform: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string }>, location: { name: string | null, address: string | null, locality: string | null, latitude: number, longitude: number, approximate: boolean, accessNotes: string | null } | null };

type BatchingEveryPart_Organization_Fragment = { __typename: 'Organization' };

type BatchingEveryPart_PeerGroup_Fragment = { __typename: 'PeerGroup', id: string, name: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string }>, location: { name: string | null, address: string | null, locality: string | null, latitude: number, longitude: number, approximate: boolean, accessNotes: string | null } | null, schedule: { rrule: string, timeZone: string, startTime: string, durationMinutes: number, cancelledDates: Array<string>, description: string } | null, nextMeetings: Array<{ startsAt: string, endsAt: string | null, timeZone: string }> };

type BatchingEveryPart_Topic_Fragment = { __typename: 'Topic' };

type BatchingEveryPart_Workshop_Fragment = { __typename: 'Workshop', id: string, name: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string }>, location: { name: string | null, address: string | null, locality: string | null, latitude: number, longitude: number, approximate: boolean, accessNotes: string | null } | null, sessions: Array<{ startsAt: string }> };

export type BatchingEveryPartFragment =
  | BatchingEveryPart_OnlineCommunity_Fragment
  | BatchingEveryPart_Organization_Fragment
  | BatchingEveryPart_PeerGroup_Fragment
  | BatchingEveryPart_Topic_Fragment
  | BatchingEveryPart_Workshop_Fragment
;

export type BatchingNearbyQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingNearbyQuery = { resources: { edges: Array<{ distanceKm: number | null, node:
        | { id: string, name: string, organization: { name: string }, topics: Array<{ slug: string }>, location: { latitude: number, longitude: number } | null }
        | { id: string, name: string, organization: { name: string }, topics: Array<{ slug: string }>, location: { latitude: number, longitude: number } | null }
        | { id: string, name: string, organization: { name: string }, topics: Array<{ slug: string }>, location: { latitude: number, longitude: number } | null }
       }> } };

export type BatchingPartsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingPartsPageQuery = { resources: { edges: Array<{ node:
        | { id: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string, parent: { slug: string } | null }> }
        | { id: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string, parent: { slug: string } | null }> }
        | { id: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string, parent: { slug: string } | null }> }
       }> } };

type BatchingParts_OnlineCommunity_Fragment = { id: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string, parent: { slug: string } | null }> };

type BatchingParts_PeerGroup_Fragment = { id: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string, parent: { slug: string } | null }> };

type BatchingParts_Workshop_Fragment = { id: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string, parent: { slug: string } | null }> };

export type BatchingPartsFragment =
  | BatchingParts_OnlineCommunity_Fragment
  | BatchingParts_PeerGroup_Fragment
  | BatchingParts_Workshop_Fragment
;

export type BatchingPartsOneQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingPartsOneQuery = { resource:
    | { id: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string, parent: { slug: string } | null }> }
    | { id: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string, parent: { slug: string } | null }> }
    | { id: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string, parent: { slug: string } | null }> }
   | null };

export type BatchingTopicSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingTopicSearchQuery = { resources: { edges: Array<{ node:
        | { id: string, topics: Array<{ slug: string }> }
        | { id: string, topics: Array<{ slug: string }> }
        | { id: string, topics: Array<{ slug: string }> }
       }> } };

export type BatchingReadOneQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingReadOneQuery = { resource:
    | { __typename: 'OnlineCommunity', id: string, name: string, platform: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string }>, location: { name: string | null, address: string | null, locality: string | null, latitude: number, longitude: number, approximate: boolean, accessNotes: string | null } | null }
    | { __typename: 'PeerGroup', id: string, name: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string }>, location: { name: string | null, address: string | null, locality: string | null, latitude: number, longitude: number, approximate: boolean, accessNotes: string | null } | null, schedule: { rrule: string, timeZone: string, startTime: string, durationMinutes: number, cancelledDates: Array<string>, description: string } | null, nextMeetings: Array<{ startsAt: string, endsAt: string | null, timeZone: string }> }
    | { __typename: 'Workshop', id: string, name: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string }>, location: { name: string | null, address: string | null, locality: string | null, latitude: number, longitude: number, approximate: boolean, accessNotes: string | null } | null, sessions: Array<{ startsAt: string }> }
   | null };

export type BatchingReadOneViaNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingReadOneViaNodeQuery = { node:
    | { __typename: 'OnlineCommunity', id: string, name: string, platform: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string }>, location: { name: string | null, address: string | null, locality: string | null, latitude: number, longitude: number, approximate: boolean, accessNotes: string | null } | null }
    | { __typename: 'Organization' }
    | { __typename: 'PeerGroup', id: string, name: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string }>, location: { name: string | null, address: string | null, locality: string | null, latitude: number, longitude: number, approximate: boolean, accessNotes: string | null } | null, schedule: { rrule: string, timeZone: string, startTime: string, durationMinutes: number, cancelledDates: Array<string>, description: string } | null, nextMeetings: Array<{ startsAt: string, endsAt: string | null, timeZone: string }> }
    | { __typename: 'Topic' }
    | { __typename: 'Workshop', id: string, name: string, organization: { id: string, name: string, url: string | null }, topics: Array<{ id: string, slug: string, name: string }>, location: { name: string | null, address: string | null, locality: string | null, latitude: number, longitude: number, approximate: boolean, accessNotes: string | null } | null, sessions: Array<{ startsAt: string }> }
   | null };

export type BatchingSomeIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingSomeIdsQuery = { resources: { edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type BatchingOrganizationsQueryVariables = Exact<{
  n: number;
}>;


export type BatchingOrganizationsQuery = { organizations: { edges: Array<{ node: { name: string, resources: { totalCount: number, edges: Array<{ node:
              | { name: string, topics: Array<{ slug: string }>, organization: { name: string } }
              | { name: string, topics: Array<{ slug: string }>, organization: { name: string } }
              | { name: string, topics: Array<{ slug: string }>, organization: { name: string } }
             }> } } }> } };

export type BatchingCardQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingCardQuery = { resources: { edges: Array<{ node:
        | { __typename: 'OnlineCommunity', id: string, name: string, kind: ResourceKind, format: DeliveryFormat, organization: { name: string }, topics: Array<{ slug: string }>, location: { locality: string | null } | null }
        | { __typename: 'PeerGroup', id: string, name: string, kind: ResourceKind, format: DeliveryFormat, organization: { name: string }, topics: Array<{ slug: string }>, location: { locality: string | null } | null }
        | { __typename: 'Workshop', id: string, name: string, kind: ResourceKind, format: DeliveryFormat, organization: { name: string }, topics: Array<{ slug: string }>, location: { locality: string | null } | null }
       }> } };

type BatchingCardFields_OnlineCommunity_Fragment = { __typename: 'OnlineCommunity', id: string, name: string, kind: ResourceKind, format: DeliveryFormat, organization: { name: string }, topics: Array<{ slug: string }>, location: { locality: string | null } | null };

type BatchingCardFields_PeerGroup_Fragment = { __typename: 'PeerGroup', id: string, name: string, kind: ResourceKind, format: DeliveryFormat, organization: { name: string }, topics: Array<{ slug: string }>, location: { locality: string | null } | null };

type BatchingCardFields_Workshop_Fragment = { __typename: 'Workshop', id: string, name: string, kind: ResourceKind, format: DeliveryFormat, organization: { name: string }, topics: Array<{ slug: string }>, location: { locality: string | null } | null };

export type BatchingCardFieldsFragment =
  | BatchingCardFields_OnlineCommunity_Fragment
  | BatchingCardFields_PeerGroup_Fragment
  | BatchingCardFields_Workshop_Fragment
;

export type BatchingCardAndMoreQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingCardAndMoreQuery = { resources: { edges: Array<{ node:
        | { __typename: 'OnlineCommunity', id: string, name: string, kind: ResourceKind, format: DeliveryFormat, organization: { name: string }, topics: Array<{ slug: string }>, location: { locality: string | null } | null }
        | { __typename: 'PeerGroup', description: string | null, id: string, name: string, kind: ResourceKind, format: DeliveryFormat, organization: { name: string }, topics: Array<{ slug: string }>, location: { locality: string | null } | null }
        | { __typename: 'Workshop', id: string, name: string, kind: ResourceKind, format: DeliveryFormat, organization: { name: string }, topics: Array<{ slug: string }>, location: { locality: string | null } | null }
       }> } };

export type BatchingBareCardQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingBareCardQuery = { resources: { edges: Array<{ node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } };

export type BatchingCardWithPlaceQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingCardWithPlaceQuery = { resources: { edges: Array<{ nextMeetingAt: string | null, node:
        | { id: string, name: string, location: { locality: string | null } | null }
        | { id: string, name: string, location: { locality: string | null } | null }
        | { id: string, name: string, location: { locality: string | null } | null }
       }> } };

export type BatchingCardThenListingQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingCardThenListingQuery = { resources: { edges: Array<{ node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> }, resource:
    | { id: string, name: string, description: string | null, languages: Array<string>, updatedAt: string }
    | { id: string, name: string, description: string | null, languages: Array<string>, updatedAt: string }
    | { id: string, name: string, description: string | null, languages: Array<string>, updatedAt: string }
   | null, node:
    | { description: string | null, languages: Array<string> }
    | { description: string | null, languages: Array<string> }
    | { description: string | null, languages: Array<string> }
    | Record<PropertyKey, never>
   | null };

export type BatchingListingAloneQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchingListingAloneQuery = { resource:
    | { id: string, name: string, description: string | null, languages: Array<string>, updatedAt: string }
    | { id: string, name: string, description: string | null, languages: Array<string>, updatedAt: string }
    | { id: string, name: string, description: string | null, languages: Array<string>, updatedAt: string }
   | null };

export type FederationNearbyQueryVariables = Exact<{
  near: NearInput;
}>;


export type FederationNearbyQuery = { resources: { edges: Array<{ distanceKm: number | null, node:
        | { __typename: 'OnlineCommunity', id: string, name: string, organization: { id: string, name: string } }
        | { __typename: 'PeerGroup', id: string, name: string, organization: { id: string, name: string } }
        | { __typename: 'Workshop', id: string, name: string, organization: { id: string, name: string } }
       }> } };

export type FederationGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type FederationGroupQuery = { resource:
    | { __typename: 'OnlineCommunity', id: string, name: string, organization: { id: string, name: string } }
    | { __typename: 'PeerGroup', id: string, name: string, organization: { id: string, name: string } }
    | { __typename: 'Workshop', id: string, name: string, organization: { id: string, name: string } }
   | null };

export type FederationOursQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  from?: string | null | undefined;
}>;


export type FederationOursQuery = { a:
    | { name: string }
    | { name: string, nextMeetings: Array<{ startsAt: string }> }
    | { name: string }
   | null, b:
    | { name: string }
    | { name: string, nextMeetings: Array<{ startsAt: string }> }
    | { name: string }
   | null };

export type FederationPageQueryVariables = Exact<{ [key: string]: never; }>;


export type FederationPageQuery = { resources: { edges: Array<{ node:
        | { __typename: 'OnlineCommunity', id: string, topics: Array<{ id: string }>, organization: { id: string } }
        | { __typename: 'PeerGroup', id: string, topics: Array<{ id: string }>, organization: { id: string } }
        | { __typename: 'Workshop', id: string, topics: Array<{ id: string }>, organization: { id: string } }
       }> } };

export type FeedsRegisterMutationVariables = Exact<{
  input: RegisterFeedInput;
}>;


export type FeedsRegisterMutation = { registerFeed: { feed: { id: string, url: string, format: FeedFormat, intervalMinutes: number, topics: Array<string>, lastStatus: FeedRunStatus | null, nextRunAt: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type FeedsIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type FeedsIdsQuery = { feeds: Array<{ id: string }> };

export type FeedsMineQueryVariables = Exact<{ [key: string]: never; }>;


export type FeedsMineQuery = { feeds: Array<{ id: string, url: string }> };

export type FeedsRemoveOtherMutationVariables = Exact<{
  id: string | number;
}>;


export type FeedsRemoveOtherMutation = { removeFeed: { ok: boolean, userErrors: Array<{ code: UserErrorCode }> } };

export type FeedsRemoveMineMutationVariables = Exact<{
  id: string | number;
}>;


export type FeedsRemoveMineMutation = { removeFeed: { ok: boolean } };

export type FeedsTypeCodesQueryVariables = Exact<{
  e: string;
}>;


export type FeedsTypeCodesQuery = { resourceByExternalId:
    | { typeCodes: Array<string> }
    | { typeCodes: Array<string>, schedule: { rrule: string, timeZone: string, startTime: string } | null }
    | { typeCodes: Array<string> }
   | null };

export type ImportCountQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportCountQuery = { organization: { resources: { totalCount: number } } | null };

export type ImportTypeCodesQueryVariables = Exact<{
  e: string;
}>;


export type ImportTypeCodesQuery = { resourceByExternalId:
    | { typeCodes: Array<string>, operationalStatus: OperationalStatus, eligibility: { attendance: AttendancePolicy | null } | null, online: { joinUrl: string | null, dialIn: Array<{ number: string | null, notes: string | null }> } | null }
    | { typeCodes: Array<string>, operationalStatus: OperationalStatus, eligibility: { attendance: AttendancePolicy | null } | null, online: { joinUrl: string | null, dialIn: Array<{ number: string | null, notes: string | null }> } | null }
    | { typeCodes: Array<string>, operationalStatus: OperationalStatus, eligibility: { attendance: AttendancePolicy | null } | null, online: { joinUrl: string | null, dialIn: Array<{ number: string | null, notes: string | null }> } | null }
   | null };

export type ImportNextMeetingsQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportNextMeetingsQuery = { resource:
    | { __typename: 'OnlineCommunity' }
    | { __typename: 'PeerGroup', nextMeetings: Array<{ startsAt: string, timeZone: string }> }
    | { __typename: 'Workshop' }
   | null };

export type HardeningDryRunMutationVariables = Exact<{
  input: ResourceInput;
}>;


export type HardeningDryRunMutation = { submitResource: { userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type HardeningMeetingsFromQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
}>;


export type HardeningMeetingsFromQuery = { resource:
    | { nextMeetings: Array<{ startsAt: string }> }
    | Record<PropertyKey, never>
   | null };

export type HardeningMeetingsSoonQueryVariables = Exact<{
  id: string | number;
}>;


export type HardeningMeetingsSoonQuery = { resource:
    | { __typename: 'OnlineCommunity' }
    | { __typename: 'PeerGroup', nextMeetings: Array<{ startsAt: string }> }
    | { __typename: 'Workshop' }
   | null };

export type HardeningCountRuleMutationVariables = Exact<{
  input: ResourceInput;
}>;


export type HardeningCountRuleMutation = { submitResource: { userErrors: Array<{ code: UserErrorCode }>, resource:
      | { __typename: 'OnlineCommunity' }
      | { __typename: 'PeerGroup', schedule: { rrule: string } | null, nextMeetings: Array<{ startsAt: string }> }
      | { __typename: 'Workshop' }
     | null } };

export type HardeningNulTextQueryVariables = Exact<{
  t?: string | null | undefined;
}>;


export type HardeningNulTextQuery = { resources: { totalCount: number } };

export type HardeningNulNoteMutationVariables = Exact<{
  id: string | number;
  n?: string | null | undefined;
}>;


export type HardeningNulNoteMutation = { reviewResource: { userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type HardeningBatchTextMutationVariables = Exact<{
  inputs: Array<ResourceInput> | ResourceInput;
}>;


export type HardeningBatchTextMutation = { submitResources: Array<{ userErrors: Array<{ field: Array<string>, code: UserErrorCode }>, resource:
      | { name: string }
      | { name: string }
      | { name: string }
     | null }> };

export type ModerationPayloadFragment = { awaitingReview: boolean, resource:
    | { __typename: 'OnlineCommunity', id: string, status: ListingStatus, version: number, description: string | null, name: string }
    | { __typename: 'PeerGroup', moderationNote: string | null, id: string, status: ListingStatus, version: number, description: string | null, name: string, schedule: { rrule: string } | null, pendingRevision: { id: string, changedFields: Array<string> } | null, history: Array<{ action: string, actor: string | null, actorRole: string, note: string | null }> | null }
    | { __typename: 'Workshop', id: string, status: ListingStatus, version: number, description: string | null, name: string }
   | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, warnings: Array<{ field: Array<string>, code: UserErrorCode, message: string }> };

export type ModerationSubmitMutationVariables = Exact<{
  input: ResourceInput;
  dryRun?: boolean | null | undefined;
}>;


export type ModerationSubmitMutation = { submitResource: { awaitingReview: boolean, resource:
      | { __typename: 'OnlineCommunity', id: string, status: ListingStatus, version: number, description: string | null, name: string }
      | { __typename: 'PeerGroup', moderationNote: string | null, id: string, status: ListingStatus, version: number, description: string | null, name: string, schedule: { rrule: string } | null, pendingRevision: { id: string, changedFields: Array<string> } | null, history: Array<{ action: string, actor: string | null, actorRole: string, note: string | null }> | null }
      | { __typename: 'Workshop', id: string, status: ListingStatus, version: number, description: string | null, name: string }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, warnings: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type ModerationUpdateMutationVariables = Exact<{
  id: string | number;
  patch: ResourcePatch;
}>;


export type ModerationUpdateMutation = { updateResource: { awaitingReview: boolean, resource:
      | { __typename: 'OnlineCommunity', id: string, status: ListingStatus, version: number, description: string | null, name: string }
      | { __typename: 'PeerGroup', moderationNote: string | null, id: string, status: ListingStatus, version: number, description: string | null, name: string, schedule: { rrule: string } | null, pendingRevision: { id: string, changedFields: Array<string> } | null, history: Array<{ action: string, actor: string | null, actorRole: string, note: string | null }> | null }
      | { __typename: 'Workshop', id: string, status: ListingStatus, version: number, description: string | null, name: string }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, warnings: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type ModerationReviewMutationVariables = Exact<{
  id: string | number;
  d: ReviewDecision;
  note?: string | null | undefined;
  rev?: string | number | null | undefined;
  v?: number | null | undefined;
}>;


export type ModerationReviewMutation = { reviewResource: { awaitingReview: boolean, resource:
      | { __typename: 'OnlineCommunity', id: string, status: ListingStatus, version: number, description: string | null, name: string }
      | { __typename: 'PeerGroup', moderationNote: string | null, id: string, status: ListingStatus, version: number, description: string | null, name: string, schedule: { rrule: string } | null, pendingRevision: { id: string, changedFields: Array<string> } | null, history: Array<{ action: string, actor: string | null, actorRole: string, note: string | null }> | null }
      | { __typename: 'Workshop', id: string, status: ListingStatus, version: number, description: string | null, name: string }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, warnings: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type ModerationSeenQueryVariables = Exact<{
  id: string | number;
}>;


export type ModerationSeenQuery = { resource:
    | { __typename: 'OnlineCommunity', version: number, description: string | null }
    | { __typename: 'PeerGroup', version: number, description: string | null, pendingRevision: { id: string } | null }
    | { __typename: 'Workshop', version: number, description: string | null }
   | null };

export type ModerationTakeDownMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ModerationTakeDownMutation = { takeDownResource: { awaitingReview: boolean, resource:
      | { __typename: 'OnlineCommunity', id: string, status: ListingStatus, version: number, description: string | null, name: string }
      | { __typename: 'PeerGroup', moderationNote: string | null, id: string, status: ListingStatus, version: number, description: string | null, name: string, schedule: { rrule: string } | null, pendingRevision: { id: string, changedFields: Array<string> } | null, history: Array<{ action: string, actor: string | null, actorRole: string, note: string | null }> | null }
      | { __typename: 'Workshop', id: string, status: ListingStatus, version: number, description: string | null, name: string }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, warnings: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type ModerationHistoryAsPartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type ModerationHistoryAsPartnerQuery = { resource:
    | { __typename: 'OnlineCommunity' }
    | { __typename: 'PeerGroup', history: Array<{ action: string, actor: string | null, actorRole: string }> | null }
    | { __typename: 'Workshop' }
   | null };

export type ModerationHistoryAsModeratorQueryVariables = Exact<{
  id: string | number;
}>;


export type ModerationHistoryAsModeratorQuery = { resource:
    | { __typename: 'OnlineCommunity' }
    | { __typename: 'PeerGroup', history: Array<{ action: string, actor: string | null }> | null }
    | { __typename: 'Workshop' }
   | null };

export type ModerationQueueQueryVariables = Exact<{
  after?: string | number | null | undefined;
}>;


export type ModerationQueueQuery = { pendingResources: Array<
    | { id: string, status: ListingStatus }
    | { moderationNote: string | null, id: string, status: ListingStatus }
    | { id: string, status: ListingStatus }
  > };

export type ModerationOwnerViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ModerationOwnerViewQuery = { resource:
    | { __typename: 'OnlineCommunity', status: ListingStatus }
    | { __typename: 'PeerGroup', moderationNote: string | null, status: ListingStatus, history: Array<{ action: string, note: string | null }> | null }
    | { __typename: 'Workshop', status: ListingStatus }
   | null };

export type PartnerWritesPayloadFragment = { awaitingReview: boolean, resource:
    | { id: string, status: ListingStatus, version: number, isFree: boolean, name: string, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
    | { id: string, status: ListingStatus, version: number, isFree: boolean, name: string, schedule: { rrule: string, description: string } | null, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
    | { id: string, status: ListingStatus, version: number, isFree: boolean, name: string, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
   | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, warnings: Array<{ field: Array<string>, code: UserErrorCode, message: string }> };

export type PartnerWritesSubmitMutationVariables = Exact<{
  input: ResourceInput;
  dryRun?: boolean | null | undefined;
}>;


export type PartnerWritesSubmitMutation = { submitResource: { awaitingReview: boolean, resource:
      | { id: string, status: ListingStatus, version: number, isFree: boolean, name: string, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
      | { id: string, status: ListingStatus, version: number, isFree: boolean, name: string, schedule: { rrule: string, description: string } | null, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
      | { id: string, status: ListingStatus, version: number, isFree: boolean, name: string, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, warnings: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PartnerWritesBatchMutationVariables = Exact<{
  inputs: Array<ResourceInput> | ResourceInput;
}>;


export type PartnerWritesBatchMutation = { submitResources: Array<{ awaitingReview: boolean, resource:
      | { id: string, status: ListingStatus, version: number, isFree: boolean, name: string, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
      | { id: string, status: ListingStatus, version: number, isFree: boolean, name: string, schedule: { rrule: string, description: string } | null, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
      | { id: string, status: ListingStatus, version: number, isFree: boolean, name: string, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, warnings: Array<{ field: Array<string>, code: UserErrorCode, message: string }> }> };

export type PartnerWritesUpdateMutationVariables = Exact<{
  id: string | number;
  patch: ResourcePatch;
}>;


export type PartnerWritesUpdateMutation = { updateResource: { awaitingReview: boolean, resource:
      | { id: string, status: ListingStatus, version: number, isFree: boolean, name: string, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
      | { id: string, status: ListingStatus, version: number, isFree: boolean, name: string, schedule: { rrule: string, description: string } | null, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
      | { id: string, status: ListingStatus, version: number, isFree: boolean, name: string, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, warnings: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PartnerWritesApproveMutationVariables = Exact<{
  id: string | number;
  v?: number | null | undefined;
}>;


export type PartnerWritesApproveMutation = { reviewResource: { resource:
      | { status: ListingStatus }
      | { status: ListingStatus }
      | { status: ListingStatus }
     | null, userErrors: Array<{ code: UserErrorCode }> } };

export type PartnerWritesVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerWritesVersionQuery = { resource:
    | { version: number }
    | { version: number }
    | { version: number }
   | null };

export type PartnerWritesByExternalIdQueryVariables = Exact<{
  e: string;
}>;


export type PartnerWritesByExternalIdQuery = { resourceByExternalId:
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type PartnerWritesPublicPlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerWritesPublicPlaceQuery = { resource:
    | { name: string, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
    | { name: string, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
    | { name: string, location: { name: string | null, address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
   | null };

export type PartnerWritesPendingQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerWritesPendingQuery = { resource:
    | { __typename: 'OnlineCommunity' }
    | { __typename: 'PeerGroup', pendingRevision: { id: string } | null }
    | { __typename: 'Workshop' }
   | null };

export type PartnerWritesRejectMutationVariables = Exact<{
  id: string | number;
  r?: string | number | null | undefined;
}>;


export type PartnerWritesRejectMutation = { reviewResource: { userErrors: Array<{ code: UserErrorCode }> } };

export type TopicsForMetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicsForMetricsQuery = { topics: Array<{ slug: string }> };

export type BrokenQueryVariables = Exact<{ [key: string]: never; }>;


export type BrokenQuery = { resources: { totalCount: number } };

export type NestedQueryVariables = Exact<{ [key: string]: never; }>;


export type NestedQuery = { organizations: { edges: Array<{ node: { resources: { edges: Array<{ node:
              | { topics: Array<{ slug: string }> }
              | { topics: Array<{ slug: string }> }
              | { topics: Array<{ slug: string }> }
             }> } } }> } };

export type HttpTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type HttpTopicsQuery = { topics: Array<{ slug: string }> };

type ListingModel_OnlineCommunity_Fragment = { __typename: 'OnlineCommunity', operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null };

type ListingModel_PeerGroup_Fragment = { __typename: 'PeerGroup', operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, history: Array<{ action: string, before: unknown, after: unknown }> | null, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null };

type ListingModel_Workshop_Fragment = { __typename: 'Workshop', operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null };

export type ListingModelFragment =
  | ListingModel_OnlineCommunity_Fragment
  | ListingModel_PeerGroup_Fragment
  | ListingModel_Workshop_Fragment
;

export type ListingPayloadFragment = { resource:
    | { __typename: 'OnlineCommunity', id: string, version: number, operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null }
    | { __typename: 'PeerGroup', id: string, version: number, operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, history: Array<{ action: string, before: unknown, after: unknown }> | null, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null }
    | { __typename: 'Workshop', id: string, version: number, operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null }
   | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, warnings: Array<{ field: Array<string>, code: UserErrorCode }>, duplicates: Array<{ score: number }> };

export type ListingSubmitMutationVariables = Exact<{
  input: ResourceInput;
}>;


export type ListingSubmitMutation = { submitResource: { resource:
      | { __typename: 'OnlineCommunity', id: string, version: number, operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null }
      | { __typename: 'PeerGroup', id: string, version: number, operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, history: Array<{ action: string, before: unknown, after: unknown }> | null, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null }
      | { __typename: 'Workshop', id: string, version: number, operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, warnings: Array<{ field: Array<string>, code: UserErrorCode }>, duplicates: Array<{ score: number }> } };

export type ListingUpdateMutationVariables = Exact<{
  id: string | number;
  patch: ResourcePatch;
}>;


export type ListingUpdateMutation = { updateResource: { resource:
      | { __typename: 'OnlineCommunity', id: string, version: number, operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null }
      | { __typename: 'PeerGroup', id: string, version: number, operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, history: Array<{ action: string, before: unknown, after: unknown }> | null, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null }
      | { __typename: 'Workshop', id: string, version: number, operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, warnings: Array<{ field: Array<string>, code: UserErrorCode }>, duplicates: Array<{ score: number }> } };

export type ListingReadQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingReadQuery = { resource:
    | { __typename: 'OnlineCommunity', id: string, operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null }
    | { __typename: 'PeerGroup', id: string, operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, history: Array<{ action: string, before: unknown, after: unknown }> | null, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null }
    | { __typename: 'Workshop', id: string, operationalStatus: OperationalStatus, statusUntil: string | null, isFree: boolean, languages: Array<string>, accessibility: Array<AccessibilityFeature>, joining: { mode: JoinMode, instructions: string | null, registrationUrl: string | null, newcomersWelcome: boolean | null, firstVisit: string | null }, contacts: Array<{ id: string, label: string | null, role: ContactRole | null, method: ContactMethod, value: string | null, visibility: Visibility, hours: string | null }>, online: { platform: string | null, joinUrl: string | null, meetingId: string | null, passcode: string | null, visibility: Visibility, instructions: string | null, dialIn: Array<{ number: string | null, country: string | null, notes: string | null }> } | null, eligibility: { attendance: AttendancePolicy | null, minimumAge: number | null, maximumAge: number | null, referralRequired: boolean, description: string | null } | null, notices: Array<{ kind: NoticeKind, text: string, startsOn: string | null, endsOn: string | null }>, cost: { model: CostModel, amount: number | null, currency: string | null, per: CostPer | null, concessions: string | null, description: string | null }, location: { name: string | null, address: string | null, accessNotes: string | null, approximate: boolean, addressOnRequest: boolean } | null }
   | null };

export type ListingFreeQueryVariables = Exact<{
  o?: Array<string | number> | string | number | null | undefined;
}>;


export type ListingFreeQuery = { resources: { totalCount: number, edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type ListingByCostModelQueryVariables = Exact<{
  o?: Array<string | number> | string | number | null | undefined;
}>;


export type ListingByCostModelQuery = { resources: { totalCount: number } };

export type ListingWorkshopRegistrationMutationVariables = Exact<{
  input: ResourceInput;
}>;


export type ListingWorkshopRegistrationMutation = { submitResource: { resource:
      | { __typename: 'OnlineCommunity', id: string, joining: { mode: JoinMode, registrationUrl: string | null } }
      | { __typename: 'PeerGroup', id: string, joining: { mode: JoinMode, registrationUrl: string | null } }
      | { __typename: 'Workshop', registrationUrl: string | null, id: string, joining: { mode: JoinMode, registrationUrl: string | null } }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ListingByJoinModeQueryVariables = Exact<{
  o?: Array<string | number> | string | number | null | undefined;
}>;


export type ListingByJoinModeQuery = { resources: { totalCount: number, edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
       }>, facets: { kinds: Array<{ value: string, count: number }> } } };

export type ListingTextSearchQueryVariables = Exact<{
  t: string;
  o?: Array<string | number> | string | number | null | undefined;
}>;


export type ListingTextSearchQuery = { resources: { totalCount: number } };

export type ListingDryRunDuplicatesMutationVariables = Exact<{
  input: ResourceInput;
}>;


export type ListingDryRunDuplicatesMutation = { submitResource: { duplicates: Array<{ resource:
        | { id: string, contacts: Array<{ value: string | null }>, online: { joinUrl: string | null } | null }
        | { id: string, contacts: Array<{ value: string | null }>, online: { joinUrl: string | null } | null }
        | { id: string, contacts: Array<{ value: string | null }>, online: { joinUrl: string | null } | null }
       }> } };

export type ListingVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingVersionQuery = { resource:
    | { version: number }
    | { version: number }
    | { version: number }
   | null };

export type ListingApproveMutationVariables = Exact<{
  id: string | number;
  v?: number | null | undefined;
}>;


export type ListingApproveMutation = { reviewResource: { userErrors: Array<{ code: UserErrorCode }> } };

export type ListingPublicContactsQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingPublicContactsQuery = { resource:
    | { description: string | null, contacts: Array<{ value: string | null, visibility: Visibility }> }
    | { description: string | null, contacts: Array<{ value: string | null, visibility: Visibility }> }
    | { description: string | null, contacts: Array<{ value: string | null, visibility: Visibility }> }
   | null };

export type ListingAgeQueryVariables = Exact<{
  o?: Array<string | number> | string | number | null | undefined;
  age?: number | null | undefined;
  a?: Array<Audience> | Audience | null | undefined;
}>;


export type ListingAgeQuery = { resources: { totalCount: number, edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type ListingByStatusQueryVariables = Exact<{
  o?: Array<string | number> | string | number | null | undefined;
  st?: Array<OperationalStatus> | OperationalStatus | null | undefined;
  m?: number | null | undefined;
}>;


export type ListingByStatusQuery = { resources: { totalCount: number, edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
       }>, facets: { formats: Array<{ value: string, count: number }> } } };

export type ListingPausedReadQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingPausedReadQuery = { resource:
    | { operationalStatus: OperationalStatus, statusUntil: string | null, notices: Array<{ kind: NoticeKind, text: string }> }
    | { operationalStatus: OperationalStatus, statusUntil: string | null, nextMeetings: Array<{ startsAt: string }>, notices: Array<{ kind: NoticeKind, text: string }> }
    | { operationalStatus: OperationalStatus, statusUntil: string | null, notices: Array<{ kind: NoticeKind, text: string }> }
   | null };

export type ListingStatsQueryVariables = Exact<{
  o?: Array<string | number> | string | number | null | undefined;
}>;


export type ListingStatsQuery = { resourceStats: Array<{ key: Array<string>, count: number }> };

export type ListingMeetingsQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingMeetingsQuery = { resource:
    | { __typename: 'OnlineCommunity' }
    | { __typename: 'PeerGroup', nextMeetings: Array<{ localStartsAt: string }> }
    | { __typename: 'Workshop' }
   | null };

export type ListingCancelMutationVariables = Exact<{
  id: string | number;
  patch: ResourcePatch;
}>;


export type ListingCancelMutation = { updateResource: { userErrors: Array<{ field: Array<string>, code: UserErrorCode }>, resource:
      | { __typename: 'OnlineCommunity' }
      | { __typename: 'PeerGroup', schedule: { cancelledDates: Array<string>, description: string, cancellations: Array<{ date: string, reason: string | null }> } | null, nextMeetings: Array<{ localStartsAt: string, cancelled: boolean, cancellationReason: string | null }> }
      | { __typename: 'Workshop' }
     | null } };

export type ListingNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingNameQuery = { resource:
    | { name: string }
    | { name: string }
    | { name: string }
   | null };

export type ListingCommunityPlatformMutationVariables = Exact<{
  input: ResourceInput;
}>;


export type ListingCommunityPlatformMutation = { submitResource: { resource:
      | { platform: string, online: { platform: string | null } | null }
      | Record<PropertyKey, never>
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type ListingCommunityClashMutationVariables = Exact<{
  input: ResourceInput;
}>;


export type ListingCommunityClashMutation = { submitResource: { userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

type InvalidationParts_OnlineCommunity_Fragment = { __typename: 'OnlineCommunity', id: string, name: string, version: number, topics: Array<{ slug: string }>, location: { locality: string | null } | null, organization: { resources: { totalCount: number, edges: Array<{ node:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> } } };

type InvalidationParts_PeerGroup_Fragment = { __typename: 'PeerGroup', id: string, name: string, version: number, schedule: { rrule: string } | null, nextMeetings: Array<{ startsAt: string }>, history: Array<{ action: string }> | null, pendingRevision: { changedFields: Array<string> } | null, topics: Array<{ slug: string }>, location: { locality: string | null } | null, organization: { resources: { totalCount: number, edges: Array<{ node:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> } } };

type InvalidationParts_Workshop_Fragment = { __typename: 'Workshop', id: string, name: string, version: number, sessions: Array<{ startsAt: string }>, topics: Array<{ slug: string }>, location: { locality: string | null } | null, organization: { resources: { totalCount: number, edges: Array<{ node:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> } } };

export type InvalidationPartsFragment =
  | InvalidationParts_OnlineCommunity_Fragment
  | InvalidationParts_PeerGroup_Fragment
  | InvalidationParts_Workshop_Fragment
;

export type InvalidationReadWriteReadMutationVariables = Exact<{
  id: string | number;
  patch: ResourcePatch;
}>;


export type InvalidationReadWriteReadMutation = { before: { resource:
      | { __typename: 'OnlineCommunity', id: string, name: string, version: number, topics: Array<{ slug: string }>, location: { locality: string | null } | null, organization: { resources: { totalCount: number, edges: Array<{ node:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               }> } } }
      | { __typename: 'PeerGroup', id: string, name: string, version: number, schedule: { rrule: string } | null, nextMeetings: Array<{ startsAt: string }>, history: Array<{ action: string }> | null, pendingRevision: { changedFields: Array<string> } | null, topics: Array<{ slug: string }>, location: { locality: string | null } | null, organization: { resources: { totalCount: number, edges: Array<{ node:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               }> } } }
      | { __typename: 'Workshop', id: string, name: string, version: number, sessions: Array<{ startsAt: string }>, topics: Array<{ slug: string }>, location: { locality: string | null } | null, organization: { resources: { totalCount: number, edges: Array<{ node:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               }> } } }
     | null }, after: { awaitingReview: boolean, resource:
      | { __typename: 'OnlineCommunity', id: string, name: string, version: number, topics: Array<{ slug: string }>, location: { locality: string | null } | null, organization: { resources: { totalCount: number, edges: Array<{ node:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               }> } } }
      | { __typename: 'PeerGroup', id: string, name: string, version: number, schedule: { rrule: string } | null, nextMeetings: Array<{ startsAt: string }>, history: Array<{ action: string }> | null, pendingRevision: { changedFields: Array<string> } | null, topics: Array<{ slug: string }>, location: { locality: string | null } | null, organization: { resources: { totalCount: number, edges: Array<{ node:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               }> } } }
      | { __typename: 'Workshop', id: string, name: string, version: number, sessions: Array<{ startsAt: string }>, topics: Array<{ slug: string }>, location: { locality: string | null } | null, organization: { resources: { totalCount: number, edges: Array<{ node:
                | { id: string, name: string }
                | { id: string, name: string }
                | { id: string, name: string }
               }> } } }
     | null, userErrors: Array<{ code: UserErrorCode }> } };

export type PartnersPayloadFragment = { awaitingReview: boolean, resource:
    | { __typename: 'OnlineCommunity', id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, location: { latitude: number, longitude: number, address: string | null } | null }
    | { __typename: 'PeerGroup', facilitation: Facilitation, moderationNote: string | null, id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, schedule: { rrule: string } | null, pendingRevision: { changedFields: Array<string>, proposed: unknown } | null, history: Array<{ action: string, changedFields: Array<string>, actor: string | null }> | null, location: { latitude: number, longitude: number, address: string | null } | null }
    | { __typename: 'Workshop', id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, location: { latitude: number, longitude: number, address: string | null } | null }
   | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, duplicates: Array<{ score: number, resource:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export type PartnersSubmitMutationVariables = Exact<{
  input: ResourceInput;
  dryRun?: boolean | null | undefined;
}>;


export type PartnersSubmitMutation = { submitResource: { awaitingReview: boolean, resource:
      | { __typename: 'OnlineCommunity', id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, location: { latitude: number, longitude: number, address: string | null } | null }
      | { __typename: 'PeerGroup', facilitation: Facilitation, moderationNote: string | null, id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, schedule: { rrule: string } | null, pendingRevision: { changedFields: Array<string>, proposed: unknown } | null, history: Array<{ action: string, changedFields: Array<string>, actor: string | null }> | null, location: { latitude: number, longitude: number, address: string | null } | null }
      | { __typename: 'Workshop', id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, location: { latitude: number, longitude: number, address: string | null } | null }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, duplicates: Array<{ score: number, resource:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } };

export type PartnersUpdateMutationVariables = Exact<{
  id: string | number;
  patch: ResourcePatch;
  v?: number | null | undefined;
}>;


export type PartnersUpdateMutation = { updateResource: { awaitingReview: boolean, resource:
      | { __typename: 'OnlineCommunity', id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, location: { latitude: number, longitude: number, address: string | null } | null }
      | { __typename: 'PeerGroup', facilitation: Facilitation, moderationNote: string | null, id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, schedule: { rrule: string } | null, pendingRevision: { changedFields: Array<string>, proposed: unknown } | null, history: Array<{ action: string, changedFields: Array<string>, actor: string | null }> | null, location: { latitude: number, longitude: number, address: string | null } | null }
      | { __typename: 'Workshop', id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, location: { latitude: number, longitude: number, address: string | null } | null }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, duplicates: Array<{ score: number, resource:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } };

export type PartnersArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnersArchiveMutation = { archiveResource: { awaitingReview: boolean, resource:
      | { __typename: 'OnlineCommunity', id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, location: { latitude: number, longitude: number, address: string | null } | null }
      | { __typename: 'PeerGroup', facilitation: Facilitation, moderationNote: string | null, id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, schedule: { rrule: string } | null, pendingRevision: { changedFields: Array<string>, proposed: unknown } | null, history: Array<{ action: string, changedFields: Array<string>, actor: string | null }> | null, location: { latitude: number, longitude: number, address: string | null } | null }
      | { __typename: 'Workshop', id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, location: { latitude: number, longitude: number, address: string | null } | null }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, duplicates: Array<{ score: number, resource:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } };

export type PartnersVerifyMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnersVerifyMutation = { verifyResource: { awaitingReview: boolean, resource:
      | { __typename: 'OnlineCommunity', id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, location: { latitude: number, longitude: number, address: string | null } | null }
      | { __typename: 'PeerGroup', facilitation: Facilitation, moderationNote: string | null, id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, schedule: { rrule: string } | null, pendingRevision: { changedFields: Array<string>, proposed: unknown } | null, history: Array<{ action: string, changedFields: Array<string>, actor: string | null }> | null, location: { latitude: number, longitude: number, address: string | null } | null }
      | { __typename: 'Workshop', id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, location: { latitude: number, longitude: number, address: string | null } | null }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, duplicates: Array<{ score: number, resource:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } };

export type PartnersReviewMutationVariables = Exact<{
  id: string | number;
  d: ReviewDecision;
  note?: string | null | undefined;
  rev?: string | number | null | undefined;
  v?: number | null | undefined;
}>;


export type PartnersReviewMutation = { reviewResource: { awaitingReview: boolean, resource:
      | { __typename: 'OnlineCommunity', id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, location: { latitude: number, longitude: number, address: string | null } | null }
      | { __typename: 'PeerGroup', facilitation: Facilitation, moderationNote: string | null, id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, schedule: { rrule: string } | null, pendingRevision: { changedFields: Array<string>, proposed: unknown } | null, history: Array<{ action: string, changedFields: Array<string>, actor: string | null }> | null, location: { latitude: number, longitude: number, address: string | null } | null }
      | { __typename: 'Workshop', id: string, name: string, status: ListingStatus, version: number, description: string | null, lastVerifiedAt: string | null, externalId: string | null, location: { latitude: number, longitude: number, address: string | null } | null }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }>, duplicates: Array<{ score: number, resource:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } };

export type PartnersSeenQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnersSeenQuery = { resource:
    | { version: number }
    | { version: number, pendingRevision: { id: string } | null }
    | { version: number }
   | null };

export type PartnersReadQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnersReadQuery = { resource:
    | { id: string, name: string, status: ListingStatus, version: number, description: string | null }
    | { moderationNote: string | null, id: string, name: string, status: ListingStatus, version: number, description: string | null, history: Array<{ action: string }> | null }
    | { id: string, name: string, status: ListingStatus, version: number, description: string | null }
   | null };

export type PartnersPublicDescriptionsQueryVariables = Exact<{
  f?: ResourceFilter | null | undefined;
}>;


export type PartnersPublicDescriptionsQuery = { resources: { edges: Array<{ node:
        | { description: string | null }
        | { description: string | null }
        | { description: string | null }
       }> } };

export type PartnersQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersQueueQuery = { pendingRevisions: Array<{ changedFields: Array<string>, resource:
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type PartnersQueueIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersQueueIdsQuery = { pendingRevisions: Array<{ id: string }> };

export type PartnersFullQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnersFullQuery = { resource:
    | { __typename: 'OnlineCommunity', name: string, description: string | null, topics: Array<{ slug: string }>, location: { latitude: number, longitude: number, locality: string | null } | null }
    | { __typename: 'PeerGroup', name: string, description: string | null, schedule: { rrule: string, startTime: string } | null, nextMeetings: Array<{ localStartsAt: string }>, topics: Array<{ slug: string }>, location: { latitude: number, longitude: number, locality: string | null } | null }
    | { __typename: 'Workshop', name: string, description: string | null, topics: Array<{ slug: string }>, location: { latitude: number, longitude: number, locality: string | null } | null }
   | null };

export type PartnersFoundQueryVariables = Exact<{
  f?: ResourceFilter | null | undefined;
}>;


export type PartnersFoundQuery = { resources: { edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type PartnersNextMeetingQueryVariables = Exact<{
  f?: ResourceFilter | null | undefined;
}>;


export type PartnersNextMeetingQuery = { resources: { edges: Array<{ nextMeetingAt: string | null, node:
        | { __typename: 'OnlineCommunity', id: string }
        | { __typename: 'PeerGroup', id: string, nextMeetings: Array<{ startsAt: string }> }
        | { __typename: 'Workshop', id: string }
       }> } };

export type PartnersTwoRenamesMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnersTwoRenamesMutation = { a: { resource:
      | { name: string, version: number }
      | { name: string, version: number }
      | { name: string, version: number }
     | null }, b: { resource:
      | { name: string, version: number }
      | { name: string, version: number }
      | { name: string, version: number }
     | null } };

export type PartnersCountQueryVariables = Exact<{
  f?: ResourceFilter | null | undefined;
}>;


export type PartnersCountQuery = { resources: { totalCount: number } };

export type ReadResourceIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadResourceIdQuery = { resource:
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ReadFirstPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadFirstPageQuery = { resources: { totalCount: number, edges: Array<{ cursor: string, node:
        | { id: string, name: string, kind: ResourceKind, organization: { name: string } }
        | { id: string, name: string, kind: ResourceKind, organization: { name: string } }
        | { id: string, name: string, kind: ResourceKind, organization: { name: string } }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReadEveryKindQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadEveryKindQuery = { resource:
    | { __typename: 'OnlineCommunity', platform: string, moderated: boolean, id: string, kind: ResourceKind, name: string, status: ListingStatus, version: number, location: { locality: string | null } | null, topics: Array<{ slug: string, parent: { slug: string } | null }> }
    | { __typename: 'PeerGroup', facilitation: Facilitation, id: string, kind: ResourceKind, name: string, status: ListingStatus, version: number, schedule: { rrule: string, timeZone: string, startTime: string, durationMinutes: number, description: string } | null, nextMeetings: Array<{ startsAt: string, localStartsAt: string, timeZone: string }>, location: { locality: string | null } | null, topics: Array<{ slug: string, parent: { slug: string } | null }> }
    | { __typename: 'Workshop', capacity: number | null, registrationUrl: string | null, id: string, kind: ResourceKind, name: string, status: ListingStatus, version: number, sessions: Array<{ startsAt: string, endsAt: string | null }>, location: { locality: string | null } | null, topics: Array<{ slug: string, parent: { slug: string } | null }> }
   | null };

export type ReadNodeWorkshopQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadNodeWorkshopQuery = { node:
    | { __typename: 'OnlineCommunity', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PeerGroup', id: string }
    | { __typename: 'Topic', id: string }
    | { __typename: 'Workshop', capacity: number | null, id: string }
   | null };

export type ReadUnknownIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadUnknownIdsQuery = { resource:
    | { id: string }
    | { id: string }
    | { id: string }
   | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ReadOrganizationIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadOrganizationIdQuery = { organization: { id: string } | null };

export type ReadStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadStatusQuery = { resource:
    | { id: string, status: ListingStatus }
    | { id: string, status: ListingStatus }
    | { id: string, status: ListingStatus }
   | null };

export type ReadApproximatePlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadApproximatePlaceQuery = { resource:
    | { location: { address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
    | { location: { address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
    | { location: { address: string | null, postalCode: string | null, latitude: number, longitude: number, approximate: boolean } | null }
   | null };

export type ReadTopicTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadTopicTreeQuery = { topics: Array<{ slug: string, parent: { slug: string } | null }> };

export type ReadTopicQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadTopicQuery = { topic: { name: string, path: Array<string>, children: Array<{ slug: string, path: Array<string> }> } | null, missing: { id: string } | null };

export type ReadOrganizationPagesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ReadOrganizationPagesQuery = { organization: { name: string, resources: { totalCount: number, edges: Array<{ cursor: string, node:
          | { name: string }
          | { name: string }
          | { name: string }
         }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type SafetySubmitMutationVariables = Exact<{
  input: ResourceInput;
}>;


export type SafetySubmitMutation = { submitResource: { resource:
      | { id: string }
      | { id: string }
      | { id: string }
     | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type SafetyCrisisNearLeedsQueryVariables = Exact<{
  near: NearInput;
}>;


export type SafetyCrisisNearLeedsQuery = { resources: { totalCount: number, crisisSupportFirst: boolean, crisisSupport: { country: string, emergencyNumber: string | null, emergencyNumbers: Array<string>, notice: string, helplines: Array<{ name: string, open24x7: boolean, source: string, verifiedAt: string, contacts: Array<{ channel: HelplineChannel, value: string }> }> } | null } };

export type SafetyCrisisNotFirstQueryVariables = Exact<{
  near: NearInput;
}>;


export type SafetyCrisisNotFirstQuery = { resources: { crisisSupportFirst: boolean, crisisSupport: { country: string } | null } };

export type SafetyCrisisNoPlaceQueryVariables = Exact<{ [key: string]: never; }>;


export type SafetyCrisisNoPlaceQuery = { resources: { crisisSupportFirst: boolean, crisisSupport: { country: string } | null } };

export type SafetySensitiveTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type SafetySensitiveTopicsQuery = { topics: Array<{ slug: string, sensitive: boolean }> };

export type SafetyCrisisUsQueryVariables = Exact<{ [key: string]: never; }>;


export type SafetyCrisisUsQuery = { crisisSupport: { country: string, emergencyNumber: string | null, notice: string, helplines: Array<{ name: string, languages: Array<string> }> } | null };

export type SafetyCrisisNzQueryVariables = Exact<{ [key: string]: never; }>;


export type SafetyCrisisNzQuery = { crisisSupport: { country: string } | null };

export type SafetyCrisisUnknownCountryQueryVariables = Exact<{ [key: string]: never; }>;


export type SafetyCrisisUnknownCountryQuery = { crisisSupport: { country: string } | null };

export type SafetyCrisisBadLanguageQueryVariables = Exact<{ [key: string]: never; }>;


export type SafetyCrisisBadLanguageQuery = { crisisSupport: { country: string } | null };

export type SafetyRequestContactMutationVariables = Exact<{
  id: string | number;
  m: string;
  r: string;
}>;


export type SafetyRequestContactMutation = { requestContact: { ok: boolean, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type SafetyInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type SafetyInboxQuery = { contactRequests: Array<{ id: string, message: string, replyTo: string, createdAt: string, resource:
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type SafetyReportSpamMutationVariables = Exact<{
  id: string | number;
}>;


export type SafetyReportSpamMutation = { reportResource: { ok: boolean } };

export type SafetyReportMutationVariables = Exact<{
  id: string | number;
  reason: ReportReason;
  d?: string | null | undefined;
}>;


export type SafetyReportMutation = { reportResource: { ok: boolean, userErrors: Array<{ field: Array<string>, code: UserErrorCode }> } };

export type SafetyReportsQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type SafetyReportsQuery = { resourceReports: Array<{ reason: ReportReason, details: string | null, resource:
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type WithinQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
  near?: NearInput | null | undefined;
  after?: string | null | undefined;
  counts: boolean;
}>;


export type WithinQuery = { resources: { totalCount?: number, facets?: { kinds: Array<{ value: string, count: number }> }, edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WithinCountQueryVariables = Exact<{
  f?: ResourceFilter | null | undefined;
}>;


export type WithinCountQuery = { resources: { totalCount: number } };

export type WithinRefusedQueryVariables = Exact<{
  f?: ResourceFilter | null | undefined;
}>;


export type WithinRefusedQuery = { resources: { totalCount: number } };

export type SearchNearPagesQueryVariables = Exact<{
  near: NearInput;
  filter?: ResourceFilter | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchNearPagesQuery = { resources: { edges: Array<{ cursor: string, distanceKm: number | null, node:
        | { id: string, format: DeliveryFormat }
        | { id: string, format: DeliveryFormat }
        | { id: string, format: DeliveryFormat }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchNearOneByOneQueryVariables = Exact<{
  near: NearInput;
  filter?: ResourceFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchNearOneByOneQuery = { resources: { totalCount: number, edges: Array<{ cursor: string, distanceKm: number | null, node:
        | { name: string }
        | { name: string }
        | { name: string }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchWalkWhileInsertingQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
  near?: NearInput | null | undefined;
  orderBy?: ResourceOrder | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchWalkWhileInsertingQuery = { resources: { edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchPageArgumentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: ResourceOrder | null | undefined;
}>;


export type SearchPageArgumentsQuery = { resources: { pageInfo: { endCursor: string | null } } };

export type SearchTextPastCandidatesQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchTextPastCandidatesQuery = { resources: { edges: Array<{ node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchFilteredQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
  near?: NearInput | null | undefined;
  orderBy?: ResourceOrder | null | undefined;
}>;


export type SearchFilteredQuery = { resources: { totalCount: number, edges: Array<{ node:
        | { id: string, name: string, kind: ResourceKind, format: DeliveryFormat, languages: Array<string>, isFree: boolean }
        | { id: string, name: string, kind: ResourceKind, format: DeliveryFormat, languages: Array<string>, isFree: boolean }
        | { id: string, name: string, kind: ResourceKind, format: DeliveryFormat, languages: Array<string>, isFree: boolean }
       }> } };

export type SearchCountAllQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchCountAllQuery = { resources: { totalCount: number } };

export type SearchFacetsQueryVariables = Exact<{
  f?: ResourceFilter | null | undefined;
}>;


export type SearchFacetsQuery = { resources: { totalCount: number, facets: { kinds: Array<{ value: string, count: number }>, formats: Array<{ value: string, count: number }>, topics: Array<{ value: string, count: number }>, languages: Array<{ value: string, count: number }> } } };

export type SearchApproximateQueryVariables = Exact<{
  near: NearInput;
  f?: ResourceFilter | null | undefined;
}>;


export type SearchApproximateQuery = { resources: { edges: Array<{ cursor: string, distanceKm: number | null, node:
        | { location: { latitude: number, longitude: number, address: string | null, postalCode: string | null } | null }
        | { location: { latitude: number, longitude: number, address: string | null, postalCode: string | null } | null }
        | { location: { latitude: number, longitude: number, address: string | null, postalCode: string | null } | null }
       }> } };

export const BatchingEveryPartFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchingEveryPart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledDates"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineCommunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}}]} as unknown as DocumentNode<BatchingEveryPartFragment, unknown>;
export const BatchingPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchingParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<BatchingPartsFragment, unknown>;
export const BatchingCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchingCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}}]}}]} as unknown as DocumentNode<BatchingCardFieldsFragment, unknown>;
export const ModerationPayloadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<ModerationPayloadFragment, unknown>;
export const PartnerWritesPayloadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWritesPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<PartnerWritesPayloadFragment, unknown>;
export const ListingModelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingModel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"joining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"newcomersWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"online"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"passcode"}},{"kind":"Field","name":{"kind":"Name","value":"dialIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"maximumAge"}},{"kind":"Field","name":{"kind":"Name","value":"referralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"statusUntil"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"concessions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"addressOnRequest"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<ListingModelFragment, unknown>;
export const ListingPayloadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingModel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingModel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"joining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"newcomersWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"online"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"passcode"}},{"kind":"Field","name":{"kind":"Name","value":"dialIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"maximumAge"}},{"kind":"Field","name":{"kind":"Name","value":"referralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"statusUntil"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"concessions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"addressOnRequest"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<ListingPayloadFragment, unknown>;
export const InvalidationPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2027-03-01T00:00:00Z","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<InvalidationPartsFragment, unknown>;
export const PartnersPayloadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitation"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<PartnersPayloadFragment, unknown>;
export const AnalyticsStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]}}]} as unknown as DocumentNode<AnalyticsStatsQuery, AnalyticsStatsQueryVariables>;
export const AnalyticsCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"points"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"nearestKm"}}]}}]}}]} as unknown as DocumentNode<AnalyticsCoverageQuery, AnalyticsCoverageQueryVariables>;
export const AnalyticsStillServingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsStillServing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AnalyticsStillServingQuery, AnalyticsStillServingQueryVariables>;
export const BatchingNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchingNestedQuery, BatchingNestedQueryVariables>;
export const BatchingEveryPartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingEveryPart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchingEveryPartQuery, BatchingEveryPartQueryVariables>;
export const BatchingNearbyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingNearby"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"latitude"},"value":{"kind":"FloatValue","value":"53.4808"}},{"kind":"ObjectField","name":{"kind":"Name","value":"longitude"},"value":{"kind":"FloatValue","value":"-2.2426"}},{"kind":"ObjectField","name":{"kind":"Name","value":"radiusKm"},"value":{"kind":"IntValue","value":"25"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchingNearbyQuery, BatchingNearbyQueryVariables>;
export const BatchingPartsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingPartsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchingParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchingParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<BatchingPartsPageQuery, BatchingPartsPageQueryVariables>;
export const BatchingPartsOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingPartsOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineCommunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchingPartsOneQuery, BatchingPartsOneQueryVariables>;
export const BatchingTopicSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingTopicSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topics"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"anxiety","block":false}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchingTopicSearchQuery, BatchingTopicSearchQueryVariables>;
export const BatchingReadOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingReadOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchingEveryPart"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchingEveryPart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledDates"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineCommunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}}]} as unknown as DocumentNode<BatchingReadOneQuery, BatchingReadOneQueryVariables>;
export const BatchingReadOneViaNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingReadOneViaNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchingEveryPart"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchingEveryPart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledDates"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineCommunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}}]} as unknown as DocumentNode<BatchingReadOneViaNodeQuery, BatchingReadOneViaNodeQueryVariables>;
export const BatchingSomeIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingSomeIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeOnline"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchingSomeIdsQuery, BatchingSomeIdsQueryVariables>;
export const BatchingOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchingOrganizationsQuery, BatchingOrganizationsQueryVariables>;
export const BatchingCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeOnline"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchingCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchingCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}}]}}]} as unknown as DocumentNode<BatchingCardQuery, BatchingCardQueryVariables>;
export const BatchingCardAndMoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingCardAndMore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeOnline"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchingCardFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchingCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}}]}}]} as unknown as DocumentNode<BatchingCardAndMoreQuery, BatchingCardAndMoreQueryVariables>;
export const BatchingBareCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingBareCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchingBareCardQuery, BatchingBareCardQueryVariables>;
export const BatchingCardWithPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingCardWithPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetingAt"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchingCardWithPlaceQuery, BatchingCardWithPlaceQueryVariables>;
export const BatchingCardThenListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingCardThenListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeOnline"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]}}]} as unknown as DocumentNode<BatchingCardThenListingQuery, BatchingCardThenListingQueryVariables>;
export const BatchingListingAloneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchingListingAlone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<BatchingListingAloneQuery, BatchingListingAloneQueryVariables>;
export const FederationNearbyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FederationNearby"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FederationNearbyQuery, FederationNearbyQueryVariables>;
export const FederationGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FederationGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FederationGroupQuery, FederationGroupQueryVariables>;
export const FederationOursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FederationOurs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FederationOursQuery, FederationOursQueryVariables>;
export const FederationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FederationPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FederationPageQuery, FederationPageQueryVariables>;
export const FeedsRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedsRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FeedsRegisterMutation, FeedsRegisterMutationVariables>;
export const FeedsIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedsIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FeedsIdsQuery, FeedsIdsQueryVariables>;
export const FeedsMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedsMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<FeedsMineQuery, FeedsMineQueryVariables>;
export const FeedsRemoveOtherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedsRemoveOther"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FeedsRemoveOtherMutation, FeedsRemoveOtherMutationVariables>;
export const FeedsRemoveMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedsRemoveMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<FeedsRemoveMineMutation, FeedsRemoveMineMutationVariables>;
export const FeedsTypeCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedsTypeCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceByExternalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeCodes"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedsTypeCodesQuery, FeedsTypeCodesQueryVariables>;
export const ImportCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ImportCountQuery, ImportCountQueryVariables>;
export const ImportTypeCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportTypeCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceByExternalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeCodes"}},{"kind":"Field","name":{"kind":"Name","value":"operationalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"online"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"dialIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportTypeCodesQuery, ImportTypeCodesQueryVariables>;
export const ImportNextMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportNextMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportNextMeetingsQuery, ImportNextMeetingsQueryVariables>;
export const HardeningDryRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HardeningDryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HardeningDryRunMutation, HardeningDryRunMutationVariables>;
export const HardeningMeetingsFromDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HardeningMeetingsFrom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HardeningMeetingsFromQuery, HardeningMeetingsFromQueryVariables>;
export const HardeningMeetingsSoonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HardeningMeetingsSoon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HardeningMeetingsSoonQuery, HardeningMeetingsSoonQueryVariables>;
export const HardeningCountRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HardeningCountRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HardeningCountRuleMutation, HardeningCountRuleMutationVariables>;
export const HardeningNulTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HardeningNulText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<HardeningNulTextQuery, HardeningNulTextQueryVariables>;
export const HardeningNulNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HardeningNulNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"REJECT"}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<HardeningNulNoteMutation, HardeningNulNoteMutationVariables>;
export const HardeningBatchTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HardeningBatchText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HardeningBatchTextMutation, HardeningBatchTextMutationVariables>;
export const ModerationSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerationSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<ModerationSubmitMutation, ModerationSubmitMutationVariables>;
export const ModerationUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerationUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<ModerationUpdateMutation, ModerationUpdateMutationVariables>;
export const ModerationReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerationReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rev"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rev"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<ModerationReviewMutation, ModerationReviewMutationVariables>;
export const ModerationSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationSeenQuery, ModerationSeenQueryVariables>;
export const ModerationTakeDownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerationTakeDown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeDownResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<ModerationTakeDownMutation, ModerationTakeDownMutationVariables>;
export const ModerationHistoryAsPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationHistoryAsPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationHistoryAsPartnerQuery, ModerationHistoryAsPartnerQueryVariables>;
export const ModerationHistoryAsModeratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationHistoryAsModerator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationHistoryAsModeratorQuery, ModerationHistoryAsModeratorQueryVariables>;
export const ModerationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}}]}}]}}]}}]} as unknown as DocumentNode<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ModerationOwnerViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationOwnerView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationOwnerViewQuery, ModerationOwnerViewQueryVariables>;
export const PartnerWritesSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerWritesSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWritesPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWritesPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<PartnerWritesSubmitMutation, PartnerWritesSubmitMutationVariables>;
export const PartnerWritesBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerWritesBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWritesPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWritesPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<PartnerWritesBatchMutation, PartnerWritesBatchMutationVariables>;
export const PartnerWritesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerWritesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWritesPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWritesPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<PartnerWritesUpdateMutation, PartnerWritesUpdateMutationVariables>;
export const PartnerWritesApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerWritesApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"APPROVE"}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerWritesApproveMutation, PartnerWritesApproveMutationVariables>;
export const PartnerWritesVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerWritesVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PartnerWritesVersionQuery, PartnerWritesVersionQueryVariables>;
export const PartnerWritesByExternalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerWritesByExternalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceByExternalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnerWritesByExternalIdQuery, PartnerWritesByExternalIdQueryVariables>;
export const PartnerWritesPublicPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerWritesPublicPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerWritesPublicPlaceQuery, PartnerWritesPublicPlaceQueryVariables>;
export const PartnerWritesPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerWritesPending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerWritesPendingQuery, PartnerWritesPendingQueryVariables>;
export const PartnerWritesRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerWritesReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"REJECT"}},{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"Please confirm with the host","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerWritesRejectMutation, PartnerWritesRejectMutationVariables>;
export const TopicsForMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopicsForMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<TopicsForMetricsQuery, TopicsForMetricsQueryVariables>;
export const BrokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Broken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BrokenQuery, BrokenQueryVariables>;
export const NestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedQuery, NestedQueryVariables>;
export const HttpTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HttpTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<HttpTopicsQuery, HttpTopicsQueryVariables>;
export const ListingSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingModel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"joining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"newcomersWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"online"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"passcode"}},{"kind":"Field","name":{"kind":"Name","value":"dialIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"maximumAge"}},{"kind":"Field","name":{"kind":"Name","value":"referralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"statusUntil"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"concessions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"addressOnRequest"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingModel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<ListingSubmitMutation, ListingSubmitMutationVariables>;
export const ListingUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingModel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"joining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"newcomersWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"online"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"passcode"}},{"kind":"Field","name":{"kind":"Name","value":"dialIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"maximumAge"}},{"kind":"Field","name":{"kind":"Name","value":"referralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"statusUntil"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"concessions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"addressOnRequest"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingModel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<ListingUpdateMutation, ListingUpdateMutationVariables>;
export const ListingReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingModel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingModel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"joining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"newcomersWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"online"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"passcode"}},{"kind":"Field","name":{"kind":"Name","value":"dialIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"maximumAge"}},{"kind":"Field","name":{"kind":"Name","value":"referralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"statusUntil"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"concessions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"addressOnRequest"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<ListingReadQuery, ListingReadQueryVariables>;
export const ListingFreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingFree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"freeOnly"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingFreeQuery, ListingFreeQueryVariables>;
export const ListingByCostModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingByCostModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"costModels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UNKNOWN"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ListingByCostModelQuery, ListingByCostModelQueryVariables>;
export const ListingWorkshopRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingWorkshopRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"joining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ListingWorkshopRegistrationMutation, ListingWorkshopRegistrationMutationVariables>;
export const ListingByJoinModeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingByJoinMode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"joinModes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGISTER_ONCE"},{"kind":"EnumValue","value":"REGISTER_EACH_TIME"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingByJoinModeQuery, ListingByJoinModeQueryVariables>;
export const ListingTextSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingTextSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"organizationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ListingTextSearchQuery, ListingTextSearchQueryVariables>;
export const ListingDryRunDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingDryRunDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"online"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingDryRunDuplicatesMutation, ListingDryRunDuplicatesMutationVariables>;
export const ListingVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ListingVersionQuery, ListingVersionQueryVariables>;
export const ListingApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"APPROVE"}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ListingApproveMutation, ListingApproveMutationVariables>;
export const ListingPublicContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingPublicContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}}]}}]} as unknown as DocumentNode<ListingPublicContactsQuery, ListingPublicContactsQueryVariables>;
export const ListingAgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingAge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"age"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Audience"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"age"},"value":{"kind":"Variable","name":{"kind":"Name","value":"age"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"audiences"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingAgeQuery, ListingAgeQueryVariables>;
export const ListingByStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingByStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"st"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OperationalStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"operationalStatuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"st"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"meetsWithinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingByStatusQuery, ListingByStatusQueryVariables>;
export const ListingPausedReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingPausedRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"statusUntil"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingPausedReadQuery, ListingPausedReadQueryVariables>;
export const ListingStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KIND"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ListingStatsQuery, ListingStatsQueryVariables>;
export const ListingMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localStartsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingMeetingsQuery, ListingMeetingsQueryVariables>;
export const ListingCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelledDates"}},{"kind":"Field","name":{"kind":"Name","value":"cancellations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingCancelMutation, ListingCancelMutationVariables>;
export const ListingNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ListingNameQuery, ListingNameQueryVariables>;
export const ListingCommunityPlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingCommunityPlatform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineCommunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"online"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ListingCommunityPlatformMutation, ListingCommunityPlatformMutationVariables>;
export const ListingCommunityClashDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingCommunityClash"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ListingCommunityClashMutation, ListingCommunityClashMutationVariables>;
export const InvalidationReadWriteReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvalidationReadWriteRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"verifyResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidationParts"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"after"},"name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvalidationParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvalidationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2027-03-01T00:00:00Z","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<InvalidationReadWriteReadMutation, InvalidationReadWriteReadMutationVariables>;
export const PartnersSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitation"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<PartnersSubmitMutation, PartnersSubmitMutationVariables>;
export const PartnersUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitation"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<PartnersUpdateMutation, PartnersUpdateMutationVariables>;
export const PartnersArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitation"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<PartnersArchiveMutation, PartnersArchiveMutationVariables>;
export const PartnersVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitation"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<PartnersVerifyMutation, PartnersVerifyMutationVariables>;
export const PartnersReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rev"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"revisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rev"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitation"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}}]} as unknown as DocumentNode<PartnersReviewMutation, PartnersReviewMutationVariables>;
export const PartnersSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersSeenQuery, PartnersSeenQueryVariables>;
export const PartnersReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersReadQuery, PartnersReadQueryVariables>;
export const PartnersPublicDescriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersPublicDescriptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersPublicDescriptionsQuery, PartnersPublicDescriptionsQueryVariables>;
export const PartnersQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingRevisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]}}]} as unknown as DocumentNode<PartnersQueueQuery, PartnersQueueQueryVariables>;
export const PartnersQueueIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersQueueIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingRevisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnersQueueIdsQuery, PartnersQueueIdsQueryVariables>;
export const PartnersFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localStartsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersFullQuery, PartnersFullQueryVariables>;
export const PartnersFoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersFound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersFoundQuery, PartnersFoundQueryVariables>;
export const PartnersNextMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersNextMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NEXT_MEETING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetingAt"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersNextMeetingQuery, PartnersNextMeetingQueryVariables>;
export const PartnersTwoRenamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersTwoRenames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Alpha","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Beta","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersTwoRenamesMutation, PartnersTwoRenamesMutationVariables>;
export const PartnersCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PartnersCountQuery, PartnersCountQueryVariables>;
export const ReadResourceIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadResourceId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReadResourceIdQuery, ReadResourceIdQueryVariables>;
export const ReadFirstPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadFirstPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReadFirstPageQuery, ReadFirstPageQueryVariables>;
export const ReadEveryKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadEveryKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitation"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-12-01T00:00:00Z","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"localStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineCommunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"moderated"}}]}}]}}]}}]} as unknown as DocumentNode<ReadEveryKindQuery, ReadEveryKindQueryVariables>;
export const ReadNodeWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadNodeWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}}]} as unknown as DocumentNode<ReadNodeWorkshopQuery, ReadNodeWorkshopQueryVariables>;
export const ReadUnknownIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadUnknownIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReadUnknownIdsQuery, ReadUnknownIdsQueryVariables>;
export const ReadOrganizationIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadOrganizationId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReadOrganizationIdQuery, ReadOrganizationIdQueryVariables>;
export const ReadStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReadStatusQuery, ReadStatusQueryVariables>;
export const ReadApproximatePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadApproximatePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}}]}}]}}]}}]} as unknown as DocumentNode<ReadApproximatePlaceQuery, ReadApproximatePlaceQueryVariables>;
export const ReadTopicTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadTopicTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<ReadTopicTreeQuery, ReadTopicTreeQueryVariables>;
export const ReadTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"grief-and-bereavement","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"missing"},"name":{"kind":"Name","value":"topic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"nope","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReadTopicQuery, ReadTopicQueryVariables>;
export const ReadOrganizationPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadOrganizationPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadOrganizationPagesQuery, ReadOrganizationPagesQueryVariables>;
export const SafetySubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetySubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SafetySubmitMutation, SafetySubmitMutationVariables>;
export const SafetyCrisisNearLeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyCrisisNearLeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topics"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"self-harm","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"crisisSupportFirst"}},{"kind":"Field","name":{"kind":"Name","value":"crisisSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyNumber"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"helplines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"open24x7"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SafetyCrisisNearLeedsQuery, SafetyCrisisNearLeedsQueryVariables>;
export const SafetyCrisisNotFirstDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyCrisisNotFirst"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topics"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"anxiety","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisSupportFirst"}},{"kind":"Field","name":{"kind":"Name","value":"crisisSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyCrisisNotFirstQuery, SafetyCrisisNotFirstQueryVariables>;
export const SafetyCrisisNoPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyCrisisNoPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topics"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"suicidal-thoughts","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisSupportFirst"}},{"kind":"Field","name":{"kind":"Name","value":"crisisSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyCrisisNoPlaceQuery, SafetyCrisisNoPlaceQueryVariables>;
export const SafetySensitiveTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetySensitiveTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"sensitive"}}]}}]}}]} as unknown as DocumentNode<SafetySensitiveTopicsQuery, SafetySensitiveTopicsQueryVariables>;
export const SafetyCrisisUsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyCrisisUs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"StringValue","value":"us","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"StringValue","value":"es","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"helplines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyCrisisUsQuery, SafetyCrisisUsQueryVariables>;
export const SafetyCrisisNzDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyCrisisNz"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"StringValue","value":"NZ","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<SafetyCrisisNzQuery, SafetyCrisisNzQueryVariables>;
export const SafetyCrisisUnknownCountryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyCrisisUnknownCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"StringValue","value":"XX","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<SafetyCrisisUnknownCountryQuery, SafetyCrisisUnknownCountryQueryVariables>;
export const SafetyCrisisBadLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyCrisisBadLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"StringValue","value":"GB","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"StringValue","value":"english","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<SafetyCrisisBadLanguageQuery, SafetyCrisisBadLanguageQueryVariables>;
export const SafetyRequestContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyRequestContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m"}}},{"kind":"Argument","name":{"kind":"Name","value":"replyTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyRequestContactMutation, SafetyRequestContactMutationVariables>;
export const SafetyInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyInboxQuery, SafetyInboxQueryVariables>;
export const SafetyReportSpamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyReportSpam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"EnumValue","value":"SPAM"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<SafetyReportSpamMutation, SafetyReportSpamMutationVariables>;
export const SafetyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafetyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"details"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyReportMutation, SafetyReportMutationVariables>;
export const SafetyReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SafetyReportsQuery, SafetyReportsQueryVariables>;
export const WithinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Within"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counts"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WithinQuery, WithinQueryVariables>;
export const WithinCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WithinCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<WithinCountQuery, WithinCountQueryVariables>;
export const WithinRefusedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WithinRefused"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<WithinRefusedQuery, WithinRefusedQueryVariables>;
export const SearchNearPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNearPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchNearPagesQuery, SearchNearPagesQueryVariables>;
export const SearchNearOneByOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNearOneByOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchNearOneByOneQuery, SearchNearOneByOneQueryVariables>;
export const SearchWalkWhileInsertingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchWalkWhileInserting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchWalkWhileInsertingQuery, SearchWalkWhileInsertingQueryVariables>;
export const SearchPageArgumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPageArguments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchPageArgumentsQuery, SearchPageArgumentsQueryVariables>;
export const SearchTextPastCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchTextPastCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchTextPastCandidatesQuery, SearchTextPastCandidatesQueryVariables>;
export const SearchFilteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchFilteredQuery, SearchFilteredQueryVariables>;
export const SearchCountAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCountAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SearchCountAllQuery, SearchCountAllQueryVariables>;
export const SearchFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchFacets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchFacetsQuery, SearchFacetsQueryVariables>;
export const SearchApproximateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchApproximate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchApproximateQuery, SearchApproximateQueryVariables>;
/** A validated search, in domain terms, ready for the repository. Built by the search service. */
export type SearchOrder = 'RELEVANCE' | 'DISTANCE' | 'NAME' | 'UPDATED' | 'NEXT_MEETING';

export type { Visibility } from '../auth/access.ts';
import type { Visibility } from '../auth/access.ts';

export interface SearchFilter {
  visibility: Visibility;
  kinds?: string[] | undefined;
  formats?: string[] | undefined;
  languages?: string[] | undefined;
  freeOnly?: boolean | undefined;
  audiences?: string[] | undefined;
  accessibility?: string[] | undefined;
  facilitation?: string[] | undefined;
  verifiedWithinDays?: number | undefined;
  organizationIds?: number[] | undefined;
  topicIds?: number[] | undefined;
  text?: string | undefined;
  meetsWithinDays?: number | undefined;
  joinModes?: string[] | undefined;
  /** A seeker's age: listings whose stated range includes it (none stated: only for 18 and over). */
  age?: number | undefined;
  /** Running states to include; the service fills in the default (not PAUSED or CLOSED). */
  operationalStatuses?: string[] | undefined;
  costModels?: string[] | undefined;
  near?: { latitude: number; longitude: number; radiusKm: number } | undefined;
  /** A map viewport; west > east crosses the antimeridian. */
  within?: BoundingBox | undefined;
  includeOnline: boolean;
  /** "Now" for meetsWithinDays, verifiedWithinDays and NEXT_MEETING; pinned by the cursor across pages. */
  asOf: Date;
}

export interface Keyset {
  phase: number;
  key: string | number | null;
  id: number;
}

export interface SearchPageSpec {
  filter: SearchFilter;
  order: SearchOrder;
  /** Rows to fetch: first + 1, to learn hasNextPage. */
  limit: number;
  after: Keyset | null;
  /** Parts of each listing to read with the page, because the query asks for them (shared/lookahead.ts). */
  parts?: {
    organization?: boolean;
    topics?: boolean;
    /** Only the listing's summary columns: the query asks nothing else of it (page-parts.ts, SUMMARY_FIELDS). */
    summary?: boolean;
    /** The listing's location (read unless this is false). */
    location?: boolean;
    /** The edge's nextMeetingAt (read unless this is false). */
    nextMeeting?: boolean;
  };
}

/** Filter dimensions that facets count disjunctively (each ignores its own filter). */
export type FacetDimension = 'kinds' | 'formats' | 'languages' | 'topicIds';

export interface BoundingBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

import type { ResourceModel } from '../resources/model.ts';

export interface ResourceEdgeModel {
  /** Signed on demand (an HMAC per edge): many clients only ever ask for pageInfo.endCursor. */
  cursor: () => string;
  node: ResourceModel;
  distanceKm: number | null;
  nextMeetingAt: Date | null;
}

export interface FacetCountModel {
  value: string;
  count: number;
}

export interface FacetsModel {
  kinds: FacetCountModel[];
  formats: FacetCountModel[];
  topics: FacetCountModel[];
  languages: FacetCountModel[];
}

/** totalCount and facets are computed only when asked for: they cost a statement each. */
export interface ResourceConnectionModel {
  edges: ResourceEdgeModel[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
  facets: () => Promise<FacetsModel>;
  /**
   * Crisis support for this search: the country of `near` (never logged), and whether a sensitive topic was
   * asked. Worked out only when asked for (a point-in-country lookup).
   */
  crisis?: () => Promise<{ country: string | null; first: boolean }>;
}

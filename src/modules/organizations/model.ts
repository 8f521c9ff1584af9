export interface OrganizationModel {
  id: number;
  name: string;
  url: string | null;
}

export interface OrganizationConnectionModel {
  edges: Array<{ cursor: string; node: OrganizationModel }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

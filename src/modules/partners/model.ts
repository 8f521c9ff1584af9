import type { ResourceModel } from '../resources/model.ts';

export interface UserErrorModel {
  field: string[];
  message: string;
  code: string;
}

export interface DuplicateModel {
  resource: ResourceModel;
  score: number;
}

export interface ResourcePayloadModel {
  resource: ResourceModel | null;
  userErrors: UserErrorModel[];
  duplicates: DuplicateModel[];
  awaitingReview: boolean;
}

export interface ResourceChangeModel {
  at: Date;
  actor: string | null;
  actorRole: string;
  action: string;
  changedFields: string[];
  before: unknown;
  after: unknown;
  note: string | null;
}

export interface PendingRevisionModel {
  id: number;
  resourceId: number;
  submittedAt: Date;
  changedFields: string[];
  proposed: unknown;
}

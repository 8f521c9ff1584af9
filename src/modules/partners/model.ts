import type { UserErrorCode } from '../../generated/graphql.ts';
import type { ResourceModel } from '../resources/model.ts';

export type { UserErrorCode };

export interface UserErrorModel {
  field: string[];
  message: string;
  code: UserErrorCode;
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
  warnings: UserErrorModel[];
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

import type { PendingRevisionModel, ResourceChangeModel } from './model.ts';

// The boundary between the partner tables' rows (revisions, history) and the domain types services work on.

export function toPendingRevision(r: {
  id: number;
  resource_id: number;
  created_at: Date;
  patch: unknown;
}): PendingRevisionModel {
  const patch = r.patch as { content: unknown; changed: string[] };
  return {
    id: r.id,
    resourceId: r.resource_id,
    submittedAt: r.created_at,
    changedFields: patch.changed,
    proposed: patch.content,
  };
}

export function toResourceChange(h: {
  resource_id: number;
  created_at: Date;
  actor_key_id: string | null;
  actor_role: string;
  action: string;
  changed_fields: string[];
  before: unknown;
  after: unknown;
  note: string | null;
}): ResourceChangeModel & { resourceId: number } {
  return {
    resourceId: h.resource_id,
    at: h.created_at,
    actor: h.actor_key_id,
    actorRole: h.actor_role,
    action: h.action,
    changedFields: h.changed_fields,
    before: h.before,
    after: h.after,
    note: h.note,
  };
}

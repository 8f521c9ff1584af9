import type { Selectable } from 'kysely';
import type { TopicsTable } from '../../db/schema.ts';
import type { TopicModel } from './model.ts';

export function toTopic(row: Selectable<TopicsTable>): TopicModel {
  return { id: row.id, slug: row.slug, name: row.name, parentId: row.parent_id, sensitive: row.sensitive ?? false };
}

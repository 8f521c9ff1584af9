import type { Selectable } from 'kysely';
import type { TopicsTable } from '../../db/schema.ts';
import type { TopicModel } from './model.ts';

export function toTopic(
  row: Pick<Selectable<TopicsTable>, 'id' | 'slug' | 'name' | 'parent_id' | 'sensitive'>,
): TopicModel {
  return { id: row.id, slug: row.slug, name: row.name, parentId: row.parent_id, sensitive: row.sensitive ?? false };
}

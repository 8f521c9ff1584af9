import type { Db } from '../../db/database.ts';

export function findAllTopics(db: Db) {
  return db
    .selectFrom('topics')
    .select(['id', 'slug', 'name', 'description', 'parent_id', 'sensitive'])
    .orderBy('id')
    .execute();
}

import DataLoader from 'dataloader';
import type { Db } from '../../db/database.ts';
import { toTopic } from './mappers.ts';
import { findAllTopics } from './repository.ts';
import { Taxonomy } from './taxonomy.ts';
import { unchangedByListingWrites } from '../../shared/loader-invalidation.ts';

export function createTopicLoaders(db: Db) {
  // One key ("all"): the taxonomy is small and read whole, at most once per request.
  const taxonomy = new DataLoader<'all', Taxonomy>(async (keys) => {
    const tax = new Taxonomy((await findAllTopics(db)).map(toTopic));
    return keys.map(() => tax);
  });
  return {
    taxonomy: unchangedByListingWrites(
      () => taxonomy.load('all'),
      'topics are not written by listing writes (a listing links to them)',
    ),
  };
}

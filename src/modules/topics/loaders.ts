import DataLoader from 'dataloader';
import type { Db } from '../../db/database.ts';
import { sharedDb } from '../../db/request-db.ts';
import { toTopic } from './mappers.ts';
import { findAllTopics } from './repository.ts';
import { Taxonomy } from './taxonomy.ts';
import { unchangedByListingWrites } from '../../shared/loader-invalidation.ts';

/**
 * Topics are written only by migrations (db/migrations), so the taxonomy is read once per database per
 * TAXONOMY_TTL_MS and shared by the requests in between, instead of once per request (a statement, and a tree
 * built anew, for every topic search). The time bound is for rolling deployments: topics a newer instance's
 * migration added reach the older instances within it. The shared tree is never changed after it is built.
 */
export const TAXONOMY_TTL_MS = 60_000;
const shared = new WeakMap<Db, { at: number; taxonomy: Promise<Taxonomy> }>();

function sharedTaxonomy(requestDb: Db): Promise<Taxonomy> {
  // Kept per database, not per request handle (db/request-db.ts); read through the request's, so it is counted.
  const db = sharedDb(requestDb);
  const now = Date.now();
  const cached = shared.get(db);
  if (cached && now - cached.at < TAXONOMY_TTL_MS) return cached.taxonomy;
  const taxonomy = findAllTopics(requestDb).then((rows) => new Taxonomy(rows.map(toTopic)));
  shared.set(db, { at: now, taxonomy });
  // A failed read is not remembered: the next request tries again.
  taxonomy.catch(() => {
    if (shared.get(db)?.taxonomy === taxonomy) shared.delete(db);
  });
  return taxonomy;
}

export function createTopicLoaders(db: Db) {
  // Per request all the same, so that one request sees one taxonomy even if the shared one is renewed meanwhile.
  const taxonomy = new DataLoader<'all', Taxonomy>(async (keys) => {
    const tax = await sharedTaxonomy(db);
    return keys.map(() => tax);
  });
  return {
    taxonomy: unchangedByListingWrites(
      () => taxonomy.load('all'),
      'topics are not written by listing writes (a listing links to them)',
    ),
  };
}

import type { Db } from '../../db/database.ts';
import { oneToOneLoader } from '../../shared/loader.ts';
import { keyedByListing } from '../../shared/loader-invalidation.ts';

export function createFeedLoaders(db: Db) {
  return {
    /** The type codes an imported listing's feed gave it (Resource.typeCodes). */
    typeCodesByResourceId: keyedByListing(
      oneToOneLoader(
        (ids: readonly number[]) =>
          db
            .selectFrom('resource_imports')
            .select(['resource_id', 'type_codes'])
            .where('resource_id', '=', (eb) => eb.fn.any(eb.val([...ids])))
            .execute(),
        (r) => r.resource_id,
        (r) => r.type_codes,
      ),
    ),
  };
}

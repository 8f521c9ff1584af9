import { generateDemo, type DemoOptions } from '../../../db/seeds/demo.ts';
import type { Db } from '../../db/database.ts';
import { analyze } from '../../db/maintenance.ts';
import { insertOrganization } from '../organizations/repository.ts';
import { countResources } from '../resources/count-repository.ts';
import { insertListings, refreshSearch } from '../resources/write-repository.ts';
import { materializeOccurrences } from '../schedules/occurrences.ts';
import { importHelplines } from '../crisis/import.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The helplines shipped with the project: only entries whose official source is cited in the file. */
export const VERIFIED_HELPLINES = fileURLToPath(new URL('../../../db/helplines/verified.jsonl', import.meta.url));

/** Loads the demo data set in one transaction; returns the number of listings written. */
export async function loadDemo(db: Db, options: DemoOptions = {}): Promise<number> {
  const demo = generateDemo(options);
  const count = await db.transaction().execute(async (trx) => {
    const orgIds: number[] = [];
    for (const org of demo.organizations) orgIds.push(await insertOrganization(trx, org));
    const ids = await insertListings(
      trx,
      demo.listings.map(({ organizationIndex, ...l }) => ({ ...l, organizationId: orgIds[organizationIndex]! })),
    );
    await refreshSearch(trx, ids);
    await materializeOccurrences(trx, ids);
    // So that a search near Leeds shows where to turn tonight out of the box.
    await importHelplines(trx, readFileSync(VERIFIED_HELPLINES, 'utf8'));
    return ids.length;
  });
  await analyze(db);
  return count;
}

/** Loads the demo data only into a database without listings (first start of an embedded database). */
export async function seedIfEmpty(db: Db): Promise<number> {
  if ((await countResources(db)) > 0) return 0;
  return loadDemo(db);
}

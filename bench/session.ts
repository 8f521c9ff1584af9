import { sql } from 'kysely';
import type { Config } from '../src/config.ts';
import type { Db } from '../src/db/database.ts';
import { createKey, createPartner, revokeKey } from '../src/modules/auth/admin.ts';
import { generateKey } from '../src/modules/auth/keys.ts';
import { insertKey } from '../src/modules/auth/repository.ts';
import { ensureDataset, type Dataset } from './load.ts';
import { openTarget, pgliteTarget, sizeLabel, type OpenTarget, type Target } from './target.ts';

// What the benchmark and the soak share: which database to use, the data set in it, and keys for the run.

/** The configured database: DATABASE_URL as given, else an embedded cluster per size under bench/.data. */
export function configuredTarget(config: Config, size: number): Target {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    return { kind: 'postgres', databaseUrl: config.databaseUrl, label: decodeURIComponent(url.pathname.slice(1)) };
  }
  return pgliteTarget(sizeLabel(size));
}

export interface Prepared extends OpenTarget {
  dataset: Dataset;
  /** All listings in the database (the set plus whatever else it holds). */
  listings: number;
}

export async function prepare(target: Target, size: number, seed: number): Promise<Prepared> {
  const where = target.kind === 'postgres' ? `database ${target.label}` : target.dataDir;
  process.stderr.write(`data set: ${size} listings (seed ${seed}) in ${where}\n`);
  const opened = await openTarget(target);
  const dataset = await ensureDataset(opened.database.db, { size, seed, parallel: target.kind === 'postgres' ? 2 : 1 });
  process.stderr.write(
    dataset.loadedNow
      ? `  loaded ${dataset.loadedNow} listings in ${(dataset.loadMs / 1000).toFixed(1)} s\n`
      : `  already loaded: reusing it\n`,
  );
  const row = await opened.database.db
    .selectFrom('resources')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return { ...opened, dataset, listings: row.n };
}

export interface RunKeys {
  partner: string;
  analyst: string;
  keyIds: string[];
}

const PARTNER_SETTING = 'bench_partner_organization';

/**
 * A trusted partner organisation kept across runs (its mutation-mix listings are upserts of a fixed pool, so
 * the set does not grow run after run), with fresh keys for this run; revoke them with `revokeKeys`.
 */
export async function runKeys(db: Db): Promise<RunKeys> {
  const name = `bench ${new Date().toISOString()}`;
  const analyst = await createKey(db, { role: 'analyst', name });
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', PARTNER_SETTING).executeTakeFirst();
  if (!row) {
    const p = await createPartner(db, {
      name: 'Benchmark Partner',
      trusted: true,
      keyName: name,
      allowDuplicate: true,
    });
    await db
      .insertInto('app_settings')
      .values({ key: PARTNER_SETTING, value: String(p.organizationId) })
      .execute();
    return { partner: p.token, analyst: analyst.token, keyIds: [p.keyId, analyst.keyId] };
  }
  const key = generateKey();
  await insertKey(db, {
    id: key.id,
    role: 'partner',
    name,
    organizationId: Number(row.value),
    secretHash: key.secretHash,
  });
  return { partner: key.token, analyst: analyst.token, keyIds: [key.id, analyst.keyId] };
}

export async function revokeKeys(target: Target, keyIds: string[]): Promise<void> {
  const { database } = await openTarget(target);
  try {
    for (const id of keyIds) await revokeKey(database.db, id);
  } finally {
    await database.close();
  }
}

export const authHeaders = (keys: RunKeys, auth: 'anonymous' | 'partner' | 'analyst'): Record<string, string> =>
  auth === 'anonymous' ? {} : { authorization: `Bearer ${auth === 'partner' ? keys.partner : keys.analyst}` };

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/** The extensions our migrations create; PGlite must have them loaded before CREATE EXTENSION. */
export const pgliteExtensions = { cube, earthdistance, pg_trgm, unaccent };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Creating a PGlite cluster (initdb in WebAssembly) takes 6–8 s, and loading the demo data 3–4 s more. So that
 * a first `npm start` answers within seconds, `npm install` builds a template once (a tarball of a migrated,
 * demo-seeded cluster, see `cli template`) and a new embedded database starts as a copy of it. The template's
 * name carries a hash of the migrations and the demo generator, so a stale template is never used.
 */
export function demoTemplatePath(): string {
  const hash = createHash('sha256');
  const pgliteVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version;
  hash.update(String(pgliteVersion));
  for (const dir of ['db/migrations', 'db/seeds', 'db/helplines']) {
    for (const file of readdirSync(path.join(root, dir)).sort()) hash.update(file).update(readFileSync(path.join(root, dir, file)));
  }
  for (const file of [
    'src/db/seed.ts', 'src/modules/resources/write-repository.ts', 'src/modules/schedules/recurrence.ts', 'src/modules/schedules/occurrences.ts',
    // The listing model's row mapping and the helpline import also shape what the template holds.
    'src/modules/listing/columns.ts', 'src/modules/crisis/import.ts', 'src/modules/crisis/repository.ts',
  ]) {
    hash.update(readFileSync(path.join(root, file)));
  }
  return path.join(root, 'node_modules/.cache/peer-atlas', `pglite-demo-${hash.digest('hex').slice(0, 16)}.tgz`);
}

export function hasCluster(dataDir: string): boolean {
  return !dataDir.startsWith('memory://') && existsSync(path.join(dataDir, 'PG_VERSION'));
}

export async function createPglite(dataDir: string, options: { fromDemoTemplate?: boolean } = {}): Promise<PGlite> {
  const template = options.fromDemoTemplate && !hasCluster(dataDir) ? demoTemplatePath() : null;
  if (template && existsSync(template)) {
    return PGlite.create(dataDir, { extensions: pgliteExtensions, loadDataDir: new Blob([readFileSync(template)]) });
  }
  return PGlite.create(dataDir, { extensions: pgliteExtensions });
}

/** Writes the template tarball of a prepared cluster (atomically: a half-written template is never read). */
export async function saveDemoTemplate(client: PGlite): Promise<string> {
  const file = demoTemplatePath();
  mkdirSync(path.dirname(file), { recursive: true });
  const dump = await client.dumpDataDir('gzip');
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, file);
  return file;
}

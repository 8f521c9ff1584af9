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
  const pgliteVersion = JSON.parse(
    readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  ).version;
  hash.update(String(pgliteVersion));
  for (const file of templateInputs()) hash.update(path.relative(root, file)).update(readFileSync(file));
  return path.join(root, 'node_modules/.cache/peer-atlas', `pglite-demo-${hash.digest('hex').slice(0, 16)}.tgz`);
}

const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+\.ts)'/g;

/**
 * Every file the template is built from: the migrations, and the template builder's own source with
 * everything it imports, followed through relative imports. Hand-picked lists went stale (a change to a
 * mapper the seed uses left tests loading an old template).
 */
export function templateInputs(): string[] {
  const files = new Set<string>();
  // Data the seed reads (helplines), and migrations, which no import reaches.
  for (const dir of ['db/migrations', 'db/seeds', 'db/helplines']) {
    const full = path.join(root, dir);
    if (existsSync(full)) for (const file of readdirSync(full).sort()) files.add(path.join(full, file));
  }
  const queue = [path.join(root, 'src/cli/template.ts')];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const target = path.resolve(path.dirname(file), spec!);
      if (existsSync(target)) queue.push(target);
    }
  }
  return [...files].sort();
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

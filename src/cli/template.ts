import { existsSync } from 'node:fs';
import { wrapPglite } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { createPglite, demoTemplatePath, saveDemoTemplate } from '../db/pglite.ts';
import { loadDemo } from '../modules/demo/seed.ts';

/**
 * Builds the embedded demo template (see db/pglite.ts) unless an up-to-date one exists. Never fails the
 * install: without a template, the first start is just slower.
 */
export async function buildDemoTemplate(): Promise<void> {
  try {
    if (existsSync(demoTemplatePath())) return void process.stdout.write('demo template is up to date\n');
    const client = await createPglite('memory://');
    const database = await wrapPglite(client);
    await migrateToLatest(database.db);
    await loadDemo(database.db);
    const file = await saveDemoTemplate(client);
    await database.close();
    process.stdout.write(`demo template written: ${file}\n`);
  } catch (err) {
    process.stderr.write(
      `warning: could not build the demo template (${(err as Error).message}); first start will be slower\n`,
    );
  }
}

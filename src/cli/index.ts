import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { loadDemo } from '../db/seed.ts';
import { encodeId } from '../shared/ids.ts';
import { createKey, createPartner, listKeys, revokeKey } from '../modules/auth/admin.ts';
import { importOptionsFrom, importUsage, isInputError, runFeedCommand, runImport, UsageError } from './feeds.ts';

// `npm run cli -- <command>`: same configuration as the server; migrates before it acts.

const usage = `Usage: npm run cli -- <command>
  migrate                                        apply pending migrations
  seed --demo                                    load the demo data set
  partner create --name NAME [--url URL] [--trusted]
                                                 create an organisation and its partner key
  key create --role analyst|moderator --name NAME
  key list                                       id, role, name, created, last used (never the secret)
  key revoke KEY_ID
  helplines import FILE                          load verified helplines (JSON Lines, each entry with its source URL)
  helplines list                                 every emergency number and helpline with its source and check date
  helplines check                                list entries not verified for 90 days; exits 1 if there are any
  template                                       build the embedded demo template (run by npm install)
${importUsage}`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfigOrExit();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolMax: 2, statementTimeoutMs: 600_000 });
  try {
    await migrateToLatest(database.maintenanceDb);
    return await fn({ ...database, db: database.maintenanceDb });
  } finally {
    await database.close();
  }
}

async function main(argv: string[]) {
  // Feeds have options of their own (see feeds.ts).
  if (argv[0] === 'import' || argv[0] === 'feed') return feeds(argv);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      url: { type: 'string' },
      role: { type: 'string' },
      trusted: { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, sub, arg] = positionals;
  if (values.help || !command) return void process.stdout.write(`${usage}\n`);

  switch (`${command} ${sub ?? ''}`.trim()) {
    case 'migrate':
      return withDatabase(async () => process.stdout.write('migrations applied\n'));
    case 'seed':
      if (!values.demo) fail('seed: only --demo is available');
      return withDatabase(async ({ db }) => process.stdout.write(`loaded ${await loadDemo(db)} demo listings\n`));
    case 'partner create': {
      const name = values.name?.trim();
      if (!name) fail('partner create: --name is required');
      return withDatabase(async ({ db }) => {
        const p = await createPartner(db, { name, url: values.url ?? null, trusted: values.trusted });
        process.stdout.write(`organization ${encodeId('Organization', p.organizationId)} "${name}"${values.trusted ? ' (trusted)' : ''}\n`);
        process.stdout.write(`key id ${p.keyId}: store the key now, it is not shown again\n`);
        process.stdout.write(`${p.token}\n`);
      });
    }
    case 'key create': {
      const role = values.role;
      const name = values.name?.trim();
      if (role !== 'analyst' && role !== 'moderator') fail('key create: --role must be analyst or moderator');
      if (!name) fail('key create: --name is required');
      return withDatabase(async ({ db }) => {
        const k = await createKey(db, { role, name });
        process.stdout.write(`key id ${k.keyId} (${role}): store the key now, it is not shown again\n`);
        process.stdout.write(`${k.token}\n`);
      });
    }
    case 'key list':
      return withDatabase(async ({ db }) => {
        for (const k of await listKeys(db)) {
          const used = k.last_used_at ? k.last_used_at.toISOString() : 'never';
          const state = k.revoked_at ? ` revoked ${k.revoked_at.toISOString()}` : '';
          const org = k.organization_name ? ` org="${k.organization_name}"` : '';
          process.stdout.write(`${k.id} ${k.role} "${k.name}"${org} created ${k.created_at.toISOString()} last-used ${used}${state}\n`);
        }
      });
    case 'key revoke': {
      if (!arg) fail('key revoke: KEY_ID is required');
      // Accept the whole key too: its id is the part before the dot.
      const id = arg.split('.')[0]!;
      return withDatabase(async ({ db }) => {
        if (!(await revokeKey(db, id))) fail(`key revoke: no active key ${id}`);
        process.stdout.write(`revoked ${id}\n`);
      });
    }
    case 'helplines import': {
      if (!arg) fail('helplines import: FILE is required');
      const { readFileSync } = await import('node:fs');
      const { importHelplines } = await import('../modules/crisis/import.ts');
      let text: string;
      try {
        text = readFileSync(arg, 'utf8');
      } catch {
        return fail(`helplines import: cannot read ${arg}`);
      }
      return withDatabase(async ({ db }) => {
        const n = await importHelplines(db, text);
        process.stdout.write(`imported ${n.emergencyNumbers} emergency numbers and ${n.helplines} helplines\n`);
      });
    }
    case 'helplines list':
      return withDatabase(async ({ db }) => {
        const { listAll } = await import('../modules/crisis/repository.ts');
        const [numbers, lines] = await listAll(db);
        for (const n of numbers) process.stdout.write(`${n.country} emergency ${n.number} verified ${n.verified_at.toISOString().slice(0, 10)} ${n.source}\n`);
        for (const h of lines) process.stdout.write(`${h.country} helpline "${h.name}" verified ${h.verified_at.toISOString().slice(0, 10)} ${h.source}\n`);
      });
    case 'helplines check':
      return withDatabase(async ({ db }) => {
        const { staleHelplines } = await import('../modules/crisis/stale.ts');
        const stale = await staleHelplines(db);
        for (const h of stale) process.stdout.write(`STALE ${h.country} "${h.name}" verified ${h.verified_at.toISOString().slice(0, 10)}: re-check ${h.source}\n`);
        if (stale.length) process.exitCode = 1;
        else process.stdout.write('every helpline was verified within 90 days\n');
      });
    case 'template': {
      const { buildDemoTemplate } = await import('./template.ts');
      return buildDemoTemplate();
    }
    default:
      fail(`Unknown command "${positionals.join(' ')}".\n${usage}`);
  }
}

async function feeds(argv: string[]) {
  const config = loadConfigOrExit();
  try {
    if (argv[0] === 'import') {
      const opts = importOptionsFrom(argv, config);
      return await withDatabase((database) => runImport(database.db, opts));
    }
    return await withDatabase((database) => runFeedCommand(database.db, argv, config));
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) fail(`${(err as Error).message}\n${usage}`);
    if (isInputError(err)) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

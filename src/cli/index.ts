import { readAdminFile } from '../admin/admin-file.ts';
import { loadConfigOrExit } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { CommandFailure, DATABASE_COMMANDS, LOCAL_COMMANDS, parseCommand, runCommand, usage } from './commands.ts';
import { runRemotely } from './remote.ts';

// `npm run cli -- <command>`: same configuration as the server; migrates before it acts. The commands live in
// commands.ts; while an embedded server holds the data directory they run inside it (admin/endpoint.ts).

const out = (line: string) => void process.stdout.write(`${line}\n`);
const err = (line: string) => void process.stderr.write(`${line}\n`);

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfigOrExit();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolMax: 2,
    statementTimeoutMs: 600_000,
  });
  try {
    await migrateToLatest(database.maintenanceDb);
    return await fn({ ...database, db: database.maintenanceDb });
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { name, values } = parseCommand(argv);
  if (values.help || !name) {
    out(usage);
    return 0;
  }
  if (name === 'template') {
    const { buildDemoTemplate } = await import('./template.ts');
    await buildDemoTemplate();
    return 0;
  }
  const feedCommand = argv[0] === 'import' || argv[0] === 'feed';
  if (!feedCommand && !DATABASE_COMMANDS.has(name) && !LOCAL_COMMANDS.has(name))
    throw new CommandFailure(`Unknown command "${argv.join(' ')}".\n${usage}`);
  const config = loadConfigOrExit();
  if (!config.databaseUrl && !config.dataDir.startsWith('memory://') && !LOCAL_COMMANDS.has(name)) {
    const admin = readAdminFile(config.dataDir);
    if (admin) {
      const answer = await runRemotely(admin, argv);
      answer.stdout.forEach(out);
      answer.stderr.forEach(err);
      return answer.exitCode;
    }
  }
  return withDatabase(async ({ db }) => {
    if (name === 'migrate') {
      out('migrations applied');
      return 0;
    }
    return runCommand(argv, db, { out, err, progress: Boolean(process.stderr.isTTY) });
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof CommandFailure) {
      err(e.message);
      process.exitCode = e.exitCode;
    } else {
      err(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    }
  },
);

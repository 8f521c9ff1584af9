import { parseArgs } from 'node:util';
import type { Db } from '../db/database.ts';
import { loadDemo } from '../modules/demo/seed.ts';
import { countResources } from '../modules/resources/count-repository.ts';
import {
  createKey,
  createPartner,
  createPartnerKey,
  DuplicateOrganizationName,
  listKeys,
  listPartners,
  revokeKey,
  setTrusted,
} from '../modules/auth/admin.ts';
import { encodeId, tryDecodeId } from '../shared/ids.ts';
import { loadConfig } from '../config.ts';
import { importUsage, isInputError, runFeedsCommand, UsageError } from './feeds.ts';

// The CLI commands that work on the database, written against an output sink instead of process.stdout, so the
// same code runs in the CLI's own process or, while an embedded server holds the data directory, inside that
// server (cli/remote.ts, admin/endpoint.ts). A later command (import, feeds) joins by adding a case here.

export const usage = `Usage: npm run cli -- <command>
  migrate                                        apply pending migrations
  seed --demo                                    load the demo data set into an empty database
  partner create --name NAME [--url URL] [--trusted] [--allow-duplicate]
                                                 create an organisation and its partner key
  partner list                                   organisations: id, trust, key counts, name
  partner update ORG_ID --trusted true|false     change an organisation's trust
  key create --role analyst|moderator --name NAME
  key create --role partner --organization ORG_ID [--name NAME]
                                                 another key for an organisation (rotation: the old one
                                                 keeps working until revoked)
  key list                                       id, role, name, created, last used (never the secret)
  key revoke KEY_ID
  helplines import FILE                          load verified helplines (JSON Lines, each entry with its source URL)
  helplines list                                 every emergency number and helpline with its source and check date
  helplines check                                list entries not verified for 90 days; exits 1 if there are any
  template                                       build the embedded demo template (run by npm install)
${importUsage}
While an embedded server runs on the same DATA_DIR, the partner, key, seed, helplines, import and feed commands
are run by that server.`;

export interface CommandIO {
  out(line: string): void;
  err(line: string): void;
  /** Where the CLI was started: relative file arguments resolve against it (the server's may differ). */
  cwd?: string;
  /** A terminal watches (the CLI's own process): long commands may show progress on stderr. */
  progress?: boolean;
}

/** A refusal or usage error: its message is the one line the user sees; exit code 2. */
export class CommandFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

const fail = (message: string): never => {
  throw new CommandFailure(message);
};

export interface ParsedCommand {
  /** e.g. "key revoke" */
  name: string;
  values: {
    name?: string | undefined;
    url?: string | undefined;
    role?: string | undefined;
    organization?: string | undefined;
    trusted: boolean;
    'allow-duplicate': boolean;
    demo: boolean;
    help: boolean;
  };
  /** `--trusted true|false` of `partner update`. */
  trustedValue: boolean | undefined;
  args: string[];
}

/** Every command runCommand knows: anything else is refused before a database is opened. */
export const DATABASE_COMMANDS = new Set([
  'seed',
  'partner create',
  'partner list',
  'partner update',
  'key create',
  'key list',
  'key revoke',
  'helplines import',
  'helplines list',
  'helplines check',
]);

/** Commands that need no database (or must open it themselves). */
export const LOCAL_COMMANDS = new Set(['', 'migrate', 'template']);

export function parseCommand(argv: string[]): ParsedCommand {
  // import and feed parse their own options (cli/feeds.ts).
  if (argv[0] === 'import' || argv[0] === 'feed') {
    return {
      name: argv[0],
      values: {
        trusted: false,
        'allow-duplicate': false,
        demo: false,
        help: argv.includes('--help') || argv.includes('-h'),
      },
      trustedValue: undefined,
      args: argv.slice(1),
    };
  }
  // `--trusted` is a flag for `partner create` and takes true|false for `partner update`.
  let trustedValue: boolean | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--trusted=(.*)$/.exec(a);
    if (m || (a === '--trusted' && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('-'))) {
      const v = m ? m[1]! : argv[++i]!;
      if (v !== 'true' && v !== 'false') fail('--trusted takes true or false');
      trustedValue = v === 'true';
      continue;
    }
    rest.push(a);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        url: { type: 'string' },
        role: { type: 'string' },
        organization: { type: 'string' },
        trusted: { type: 'boolean', default: false },
        'allow-duplicate': { type: 'boolean', default: false },
        demo: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    return fail(`${(err as Error).message}\n${usage}`);
  }
  const [command, sub, ...args] = parsed.positionals;
  const grouped = ['partner', 'key', 'helplines'].includes(command ?? '');
  const name = grouped ? `${command} ${sub ?? ''}`.trim() : (command ?? '');
  if (!grouped && sub !== undefined) args.unshift(sub);
  // `partner update` needs the value spelled out; for `partner create` a bare --trusted means true.
  const bare = parsed.values.trusted && name !== 'partner update' ? true : undefined;
  return { name, values: parsed.values as ParsedCommand['values'], trustedValue: trustedValue ?? bare, args };
}

function organizationId(raw: string | undefined, command: string): number {
  if (!raw) return fail(`${command}: ORG_ID is required (as \`partner list\` prints it)`);
  const decoded = tryDecodeId(raw);
  if (decoded?.type === 'Organization') return decoded.id;
  if (/^[1-9][0-9]{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647) return Number(raw);
  return fail(`${command}: "${raw.slice(0, 80)}" is not an organization id (as \`partner list\` prints it)`);
}

const orgGid = (id: number) => encodeId('Organization', id);

/** Runs one database command; returns the exit code. Usage errors and refusals are CommandFailure. */
export async function runCommand(argv: string[], db: Db, io: CommandIO): Promise<number> {
  if (argv[0] === 'import' || argv[0] === 'feed') {
    try {
      return await runFeedsCommand(argv, db, loadConfig(), io);
    } catch (err) {
      if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
        return fail(`${(err as Error).message}\n${usage}`);
      // An unreadable or malformed feed, a refused key: one line, exit 1, nothing written.
      if (isInputError(err)) throw new CommandFailure(err.message, 1);
      throw err;
    }
  }
  const { name, values, trustedValue, args } = parseCommand(argv);
  switch (name) {
    case 'seed': {
      if (!values.demo) fail('seed: only --demo is available');
      const existing = await countResources(db);
      // Loading twice would double every organisation and listing: refuse instead.
      if (existing > 0)
        fail(
          `seed --demo: the database already has ${existing} listings; the demo data loads only into an empty database`,
        );
      io.out(`loaded ${await loadDemo(db)} demo listings`);
      return 0;
    }
    case 'partner create': {
      const orgName = values.name?.trim();
      if (!orgName) fail('partner create: --name is required');
      const trusted = trustedValue ?? false;
      try {
        const p = await createPartner(db, {
          name: orgName!,
          url: values.url ?? null,
          trusted,
          allowDuplicate: values['allow-duplicate'],
        });
        io.out(`organization ${orgGid(p.organizationId)} "${orgName}"${trusted ? ' (trusted)' : ''}`);
        io.out(`key id ${p.keyId}: store the key now, it is not shown again`);
        io.out(p.token);
        return 0;
      } catch (err) {
        if (!(err instanceof DuplicateOrganizationName)) throw err;
        const ids = err.existing.map((o) => orgGid(o.id)).join(', ');
        return fail(
          `partner create: an organization named "${err.existing[0]!.name}" already exists (${ids}); ` +
            `for another key use \`key create --role partner --organization ${orgGid(err.existing[0]!.id)}\`, or pass --allow-duplicate`,
        );
      }
    }
    case 'partner list': {
      for (const p of await listPartners(db)) {
        io.out(
          `${orgGid(p.id)} ${p.trusted ? 'trusted' : 'untrusted'} keys ${p.active_keys} active, ${p.revoked_keys} revoked "${p.name}"`,
        );
      }
      return 0;
    }
    case 'partner update': {
      const id = organizationId(args[0], 'partner update');
      if (trustedValue === undefined) fail('partner update: --trusted true|false is required');
      const org = await setTrusted(db, id, trustedValue!);
      if (!org) fail(`partner update: no organization ${args[0]}`);
      io.out(`organization ${orgGid(org!.id)} "${org!.name}" is now ${org!.trusted ? 'trusted' : 'untrusted'}`);
      return 0;
    }
    case 'key create': {
      const role = values.role;
      const keyName = values.name?.trim() || undefined;
      if (role === 'partner') {
        const id = organizationId(values.organization, 'key create --role partner --organization');
        const k = await createPartnerKey(db, { organizationId: id, name: keyName });
        if (!k) fail(`key create: no organization ${values.organization}`);
        io.out(
          `key id ${k!.keyId} (partner, organization ${orgGid(id)} "${k!.organizationName}"): store the key now, it is not shown again`,
        );
        io.out("the organization's other keys keep working until you revoke them (key list, key revoke KEY_ID)");
        io.out(k!.token);
        return 0;
      }
      if (role !== 'analyst' && role !== 'moderator') fail('key create: --role must be partner, analyst or moderator');
      if (values.organization) fail('key create: --organization is only for --role partner');
      if (!keyName) fail('key create: --name is required');
      const k = await createKey(db, { role: role as 'analyst' | 'moderator', name: keyName! });
      io.out(`key id ${k.keyId} (${role}): store the key now, it is not shown again`);
      io.out(k.token);
      return 0;
    }
    case 'key list': {
      for (const k of await listKeys(db)) {
        const used = k.last_used_at ? k.last_used_at.toISOString() : 'never';
        const state = k.revoked_at ? ` revoked ${k.revoked_at.toISOString()}` : '';
        const org = k.organization_name ? ` org="${k.organization_name}"` : '';
        io.out(`${k.id} ${k.role} "${k.name}"${org} created ${k.created_at.toISOString()} last-used ${used}${state}`);
      }
      return 0;
    }
    case 'key revoke': {
      const arg = args[0];
      if (!arg) fail('key revoke: KEY_ID is required');
      // Accept the whole key too: its id is the part before the dot.
      const id = arg!.split('.')[0]!;
      if (!(await revokeKey(db, id))) fail(`key revoke: no active key ${id}`);
      io.out(`revoked ${id}`);
      return 0;
    }
    case 'helplines import': {
      const file = args[0];
      if (!file) fail('helplines import: FILE is required');
      const { readFileSync } = await import('node:fs');
      const path = await import('node:path');
      const { checkHelplineFile, importHelplines } = await import('../modules/crisis/import.ts');
      let text = '';
      try {
        // Relative to the directory the CLI was started in, also when the server runs the command.
        text = readFileSync(path.resolve(io.cwd ?? process.cwd(), file!), 'utf8');
      } catch {
        fail(`helplines import: cannot read ${file}`);
      }
      // A bad file is refused whole before anything is written.
      checkHelplineFile(text);
      const n = await importHelplines(db, text);
      io.out(`imported ${n.emergencyNumbers} emergency numbers and ${n.helplines} helplines`);
      return 0;
    }
    case 'helplines list': {
      const { listAll } = await import('../modules/crisis/repository.ts');
      const [numbers, lines] = await listAll(db);
      for (const n of numbers)
        io.out(`${n.country} emergency ${n.number} verified ${n.verified_at.toISOString().slice(0, 10)} ${n.source}`);
      for (const h of lines)
        io.out(`${h.country} helpline "${h.name}" verified ${h.verified_at.toISOString().slice(0, 10)} ${h.source}`);
      return 0;
    }
    case 'helplines check': {
      const { staleHelplines } = await import('../modules/crisis/stale.ts');
      const stale = await staleHelplines(db);
      for (const h of stale)
        io.out(
          `STALE ${h.country} "${h.name}" verified ${h.verified_at.toISOString().slice(0, 10)}: re-check ${h.source}`,
        );
      if (!stale.length) io.out('every helpline was verified within 90 days');
      return stale.length ? 1 : 0;
    }
    default:
      return fail(`Unknown command "${argv.join(' ')}".\n${usage}`);
  }
}

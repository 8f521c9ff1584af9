import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

// Kysely<DB> rather than database.ts's Db alias: database.ts imports this module's users (no import cycle).
type Db = Kysely<DB>;

/**
 * A request's database handle: the shared one (a pool's Kysely) plus the request's statement tally, for the
 * request log and the statements-per-request metric. The tally travels with the handle instead of in an
 * AsyncLocalStorage: on Node 20 that installs promise hooks on every promise of the process, which the CPU profile
 * of a nearby search showed at several per cent.
 */
export class StatementTally implements KyselyPlugin {
  count = 0;

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  // Once per statement run (transformQuery also runs for every subquery a builder composes).
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.count++;
    return Promise.resolve(args.result);
  }
}

/** The shared handle a request handle derives from, for what is kept per database (caches, planner sessions). */
const shared = new WeakMap<Db, { base: Db; tally: StatementTally }>();

export function requestDb(base: Db, tally: StatementTally): Db {
  const db = base.withPlugin(tally);
  shared.set(db, { base, tally });
  return db;
}

/** The shared handle behind a request handle (itself for a shared one). */
export function sharedDb(db: Db): Db {
  return shared.get(db)?.base ?? db;
}

/** The tally of a request handle, to give handles derived from the shared one the same (planner sessions). */
export function tallyOf(db: Db): StatementTally | undefined {
  return shared.get(db)?.tally;
}

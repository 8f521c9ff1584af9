import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { databaseFailure } from './errors.ts';

/**
 * A Kysely dialect for reads on a replica that never fails a request because the replica went away: a
 * connection that cannot be had, or that breaks, is replaced by a primary connection and the statement runs
 * there. Inside a transaction (a read that needs one), the statements so far are
 * replayed on the primary first: these are read-only transactions, so running them again changes nothing.
 * The replica is reported down (onFailure) and the router stops choosing it until its probe answers again.
 */
export function failoverDialect(opts: {
  replica: Dialect;
  primary: Dialect;
  onFailure: (err: unknown) => void;
  /** Each statement run, and whether the replica ran it (metrics: reads per database). */
  onStatement: (onReplica: boolean) => void;
}): Dialect {
  return {
    createAdapter: () => opts.replica.createAdapter(),
    createDriver: () =>
      new FailoverDriver(opts.replica.createDriver(), opts.primary.createDriver(), opts.onFailure, opts.onStatement),
    createIntrospector: (db) => opts.replica.createIntrospector(db),
    createQueryCompiler: () => opts.replica.createQueryCompiler(),
  };
}

type Side = { driver: Driver; connection: DatabaseConnection };

class FailoverConnection implements DatabaseConnection {
  /** Statements of the open transaction, for a replay on the primary; null outside a transaction. */
  transcript: CompiledQuery[] | null = null;
  /** Connections to give back on release (the broken replica one too: the pool discards it). */
  readonly held: Side[];

  constructor(
    public current: Side,
    private readonly fallback: () => Promise<Side>,
    private readonly onFailure: (err: unknown) => void,
    private readonly onStatement: (onReplica: boolean) => void,
    public onReplica: boolean,
  ) {
    this.held = [current];
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const result = await this.current.connection.executeQuery<R>(query);
      this.transcript?.push(query);
      this.onStatement(this.onReplica);
      return result;
    } catch (err) {
      if (!this.onReplica || databaseFailure(err) !== 'unavailable') throw err;
      this.onFailure(err);
      await this.moveToPrimary();
      const result = await this.current.connection.executeQuery<R>(query);
      this.transcript?.push(query);
      this.onStatement(false);
      return result;
    }
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    // Not used by the application; streamed rows cannot be taken back, so no failover here.
    yield* this.current.connection.streamQuery<R>(query, chunkSize);
  }

  private async moveToPrimary() {
    const side = await this.fallback();
    this.held.push(side);
    this.current = side;
    this.onReplica = false;
    for (const q of this.transcript ?? []) await side.connection.executeQuery(q);
  }
}

class FailoverDriver implements Driver {
  constructor(
    private readonly replica: Driver,
    private readonly primary: Driver,
    private readonly onFailure: (err: unknown) => void,
    private readonly onStatement: (onReplica: boolean) => void,
  ) {}

  async init(): Promise<void> {
    // Both only pick up their pools; the primary's pool belongs to the primary's Kysely, which ends it.
    await this.replica.init();
    await this.primary.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const fallback = async (): Promise<Side> => ({
      driver: this.primary,
      connection: await this.primary.acquireConnection(),
    });
    try {
      const connection = await this.replica.acquireConnection();
      return new FailoverConnection(
        { driver: this.replica, connection },
        fallback,
        this.onFailure,
        this.onStatement,
        true,
      );
    } catch (err) {
      if (databaseFailure(err) !== 'unavailable') throw err;
      this.onFailure(err);
      return new FailoverConnection(await fallback(), fallback, this.onFailure, this.onStatement, false);
    }
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const c = connection as FailoverConnection;
    c.transcript = [];
    let text = 'start transaction';
    if (settings.isolationLevel) text += ` isolation level ${settings.isolationLevel}`;
    if (settings.accessMode) text += ` ${settings.accessMode}`;
    await c.executeQuery(CompiledQuery.raw(text));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await this.end(connection as FailoverConnection, 'commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await this.end(connection as FailoverConnection, 'rollback');
  }

  private async end(c: FailoverConnection, verb: 'commit' | 'rollback') {
    const wasOnReplica = c.onReplica;
    c.transcript = null;
    try {
      await c.current.connection.executeQuery(CompiledQuery.raw(verb));
    } catch (err) {
      // Every row of a read-only transaction has been answered already: a replica lost at its end loses nothing.
      if (!wasOnReplica || databaseFailure(err) !== 'unavailable') throw err;
      this.onFailure(err);
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const c = connection as FailoverConnection;
    for (const side of c.held) await side.driver.releaseConnection(side.connection);
  }

  async destroy(): Promise<void> {
    // Ends the replica's pool only.
    await this.replica.destroy();
  }
}

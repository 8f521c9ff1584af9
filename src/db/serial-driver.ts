import type { DatabaseConnection, Dialect, Driver, TransactionSettings } from 'kysely';

/**
 * PGlite is one PostgreSQL session shared by the whole process, and kysely-pglite's driver hands that session to
 * every caller at once. Two concurrent transactions then interleave on it: the second BEGIN lands inside the
 * first transaction, one request's ROLLBACK (a dry run, a validation failure) undoes another request's writes, and
 * plain reads see uncommitted rows. A PostgreSQL pool gives each transaction its own session; here the closest
 * equivalent is to let one caller hold the session at a time. PGlite executes one statement at a time anyway, so
 * the lock costs no throughput: it only keeps other requests out while a transaction is open.
 */
export function serialized(dialect: Dialect): Dialect & { busy(): number } {
  const drivers: SerialDriver[] = [];
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => {
      const driver = new SerialDriver(dialect.createDriver());
      drivers.push(driver);
      return driver;
    },
    /** Callers holding or waiting for the session. */
    busy: () => drivers.reduce((n, d) => n + d.pending, 0),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}

class SerialDriver implements Driver {
  #tail: Promise<void> = Promise.resolve();
  /** Callers that hold the session or wait for it. */
  pending = 0;
  readonly #releases = new WeakMap<DatabaseConnection, () => void>();

  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    // A FIFO queue of holders: each caller waits for the one before it to release.
    const previous = this.#tail;
    let unlock!: () => void;
    this.#tail = new Promise<void>((resolve) => {
      unlock = resolve;
    });
    this.pending++;
    const release = () => {
      this.pending--;
      unlock();
    };
    await previous;
    try {
      const connection = await this.inner.acquireConnection();
      this.#releases.set(connection, release);
      return connection;
    } catch (err) {
      release();
      throw err;
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    try {
      await this.inner.releaseConnection(connection);
    } finally {
      this.#releases.get(connection)?.();
      this.#releases.delete(connection);
    }
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

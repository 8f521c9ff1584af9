import client from 'prom-client';
import type { Database } from './db/database.ts';
import type { BatchObserver } from './shared/batch-observer.ts';

/**
 * Prometheus metrics. Operation names come from clients, so they are label values only while they look like
 * names and only for the first MAX_OPERATIONS seen; the rest count as "other" (unbounded labels would grow
 * memory without limit).
 */
const MAX_OPERATIONS = 200;

export interface Metrics {
  registry: client.Registry;
  observeBatches: BatchObserver;
  request(
    operation: string | null,
    outcome: 'ok' | 'error',
    seconds: number,
    statements: number,
    errorCodes: string[],
  ): void;
}

export function createMetrics(database: Database): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const requests = new client.Counter({
    name: 'peer_atlas_graphql_requests_total',
    help: 'GraphQL requests by operation and outcome',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const latency = new client.Histogram({
    name: 'peer_atlas_graphql_request_duration_seconds',
    help: 'GraphQL request latency',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new client.Counter({
    name: 'peer_atlas_graphql_errors_total',
    help: 'GraphQL errors by code',
    labelNames: ['code'],
    registers: [registry],
  });
  const statements = new client.Histogram({
    name: 'peer_atlas_sql_statements_per_request',
    help: 'SQL statements sent per GraphQL request',
    buckets: [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 50],
    registers: [registry],
  });
  const batches = new client.Histogram({
    name: 'peer_atlas_dataloader_batch_size',
    help: 'Keys per DataLoader batch',
    labelNames: ['loader'],
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [registry],
  });
  new client.Gauge({
    name: 'peer_atlas_db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const s = database.poolStats();
      if (!s) return;
      this.set({ state: 'total' }, s.total);
      this.set({ state: 'idle' }, s.idle);
      this.set({ state: 'waiting' }, s.waiting);
    },
  });
  const dbDuration = new client.Histogram({
    name: 'peer_atlas_sql_statement_duration_seconds',
    help: 'SQL statement duration',
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [registry],
  });
  database.observe((event) => dbDuration.observe(event.queryDurationMillis / 1000));
  // Reads per database: which one ran each statement (a replica's read that failed over counts for the primary).
  const reported = new Map<string, number>();
  new client.Counter({
    name: 'peer_atlas_db_statements_total',
    help: 'SQL statements by the database that ran them (primary, replica1, …)',
    labelNames: ['database'],
    registers: [registry],
    collect() {
      for (const [name, n] of database.statementsByDatabase()) {
        this.inc({ database: name }, n - (reported.get(name) ?? 0));
        reported.set(name, n);
      }
    },
  });
  if (database.replicas) {
    const replicas = database.replicas;
    new client.Gauge({
      name: 'peer_atlas_replica_lag_seconds',
      help: 'How far each replica is behind the primary (-1: unknown)',
      labelNames: ['replica'],
      registers: [registry],
      collect() {
        for (const r of replicas.states()) this.set({ replica: r.name }, r.lagMs === null ? -1 : r.lagMs / 1000);
      },
    });
    new client.Gauge({
      name: 'peer_atlas_replica_healthy',
      help: '1 while a replica takes reads, 0 while it is skipped',
      labelNames: ['replica'],
      registers: [registry],
      collect() {
        for (const r of replicas.states()) this.set({ replica: r.name }, r.healthy ? 1 : 0);
      },
    });
  }

  const known = new Set<string>();
  const label = (op: string | null) => {
    if (!op || !/^[A-Za-z_][A-Za-z0-9_]{0,60}$/.test(op)) return 'anonymous';
    if (known.has(op)) return op;
    if (known.size >= MAX_OPERATIONS) return 'other';
    known.add(op);
    return op;
  };
  const batchObservers = new Map<string, (n: number) => void>();
  return {
    registry,
    observeBatches: (loader) => {
      let fn = batchObservers.get(loader);
      if (!fn) {
        fn = (n: number) => batches.observe({ loader }, n);
        batchObservers.set(loader, fn);
      }
      return fn;
    },
    request(operation, outcome, seconds, count, codes) {
      const op = label(operation);
      requests.inc({ operation: op, outcome });
      latency.observe({ operation: op }, seconds);
      statements.observe(count);
      for (const code of codes) errors.inc({ code });
    },
  };
}

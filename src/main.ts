import type { Server } from 'node:http';
import { loadConfigOrExit } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrateToLatest } from './db/migrator.ts';
import { seedIfEmpty } from './modules/demo/seed.ts';
import { createLogger } from './logger.ts';
import { startBackgroundJobs } from './jobs/index.ts';
import type { JobRunner } from './jobs/runner.ts';
import { createApp } from './server.ts';
import { startAdminEndpoint, type AdminEndpoint } from './admin/endpoint.ts';

// Entry point: config → database → migrations → (demo data) → server → listen; graceful shutdown.
const config = loadConfigOrExit();
const log = createLogger(config.logLevel);

/** What shutdown has to undo; filled in as start-up gets further. */
const running: {
  database?: Database;
  server?: Server;
  stopApollo?: () => Promise<void>;
  closeApp?: () => Promise<void>;
  setDraining?: () => void;
  whenIdle?: () => Promise<void>;
  jobs?: JobRunner | null;
  admin?: AdminEndpoint;
} = {};
let stopping = false;

// Registered before anything opens, so a signal during start-up (migrations, seeding) still closes the
// embedded database cleanly instead of killing the process mid-write.
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  // During start-up, main() stops at its next step and closes what it opened (see stopDuringStartup).
  if (!running.server) return;
  running.setDraining?.();
  // The job in hand finishes (or its lease lapses and another instance takes it over).
  const jobsStopped = running.jobs?.stop();
  // In-flight work gets SHUTDOWN_TIMEOUT_MS in all; closing the database comes after, on its own bound, so an
  // orchestrator's grace period is that plus a moment.
  const deadline = Date.now() + config.shutdownTimeoutMs;
  const { server } = running;
  const force = setTimeout(() => {
    log.error('shutdown timed out; closing connections');
    server.closeAllConnections();
  }, config.shutdownTimeoutMs);
  force.unref();
  // Stop accepting, let in-flight requests finish, then close the database cleanly.
  // server.close() drops only the connections idle right now; a keep-alive connection whose request finishes
  // later would stay open until its keep-alive timeout (5 s) and hold the exit back. Close each as it goes idle.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  clearInterval(sweep);
  // Requests whose clients hung up are no longer connections, but their resolvers may still be running; and a
  // request can be answered (a failed non-null field) while sibling resolvers still query. Wait for both the
  // requests and the database to go quiet before closing it under them.
  await until(deadline, async () => {
    await running.whenIdle?.();
    await jobsStopped;
    while (running.database && running.database.busy() > 0) await sleep(20);
  });
  await running.admin?.close().catch(() => {});
  await running.stopApollo?.();
  await running.closeApp?.();
  // Bounded: a database that does not answer must not keep the process alive for ever.
  await until(Date.now() + config.shutdownTimeoutMs, async () => {
    await running.database?.close();
  });
  log.info('stopped');
  process.exit(0);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs fn, giving up waiting for it at the deadline. */
async function until(deadline: number, fn: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    fn(),
    new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now())))),
  ]);
  clearTimeout(timer);
}

/** A signal came during start-up: close the database once the current step is done, then exit. */
async function stopDuringStartup() {
  await running.admin?.close().catch(() => {});
  await running.jobs?.stop();
  await running.stopApollo?.();
  await running.database?.close();
  log.info('stopped');
  process.exit(0);
}

async function main() {
  const started = performance.now();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolMax: config.dbPoolMax,
    statementTimeoutMs: config.statementTimeoutMs,
    analystStatementTimeoutMs: config.analystStatementTimeoutMs,
    fromDemoTemplate: config.seedDemo,
    replicaUrls: config.replicaUrls,
    replicaMaxLagMs: config.replicaMaxLagMs,
  });
  running.database = database;
  if (stopping) return stopDuringStartup();
  log.info({ database: database.kind }, 'database open');
  const applied = await migrateToLatest(database.maintenanceDb);
  if (applied.length) log.info({ migrations: applied }, 'migrations applied');
  if (config.seedDemo && !stopping) {
    const seeded = await seedIfEmpty(database.maintenanceDb);
    if (seeded) log.info({ listings: seeded }, 'demo data loaded');
  }
  if (stopping) return stopDuringStartup();
  const { app, apollo, setDraining, whenIdle, close } = await createApp({ config, database, log });
  running.closeApp = close;
  running.whenIdle = whenIdle;
  running.stopApollo = () => apollo.stop();
  running.setDraining = setDraining;

  // Know the replicas' state before the first request, rather than sending everything to the primary at first.
  await database.replicas?.probe();
  // Background work (occurrence refresh, feed pulls) on the job runner: see src/jobs/.
  running.jobs = await startBackgroundJobs({ config, database, log });
  if (stopping) return stopDuringStartup();

  // The embedded database is this process's alone: CLI commands (key revoke, …) come through the admin
  // endpoint. Opened before the public port, so a CLI started once the server answers finds it.
  if (database.kind === 'pglite' && !config.dataDir.startsWith('memory://')) {
    running.admin = await startAdminEndpoint({ dataDir: config.dataDir, db: database.maintenanceDb, log });
  }

  const server: Server = app.listen(config.port, config.host, () => {
    log.info(
      { url: `http://${config.host}:${config.port}/graphql`, ms: Math.round(performance.now() - started) },
      'Peer Atlas is listening',
    );
  });
  running.server = server;
  server.on('error', (err) => {
    log.fatal({ err: err.message }, 'could not listen');
    void running.admin?.close().catch(() => {});
    void running.database?.close().finally(() => process.exit(1));
  });
}

main().catch(async (err: unknown) => {
  log.fatal({ err: err instanceof Error ? err.message : String(err) }, 'failed to start');
  await running.database?.close().catch(() => {});
  process.exit(1);
});

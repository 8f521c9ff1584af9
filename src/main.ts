import type { Server } from 'node:http';
import { loadConfigOrExit } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrator.ts';
import { seedIfEmpty } from './db/seed.ts';
import { createLogger } from './logger.ts';
import { analyze } from './db/maintenance.ts';
import { refreshDueOccurrences } from './modules/schedules/occurrences.ts';
import { createApp } from './server.ts';

// Entry point: config → database → migrations → (demo data) → server → listen; graceful shutdown.
const config = loadConfigOrExit();
const log = createLogger(config.logLevel);

async function main() {
  const started = performance.now();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolMax: config.dbPoolMax,
    statementTimeoutMs: config.statementTimeoutMs,
    analystStatementTimeoutMs: config.analystStatementTimeoutMs,
    fromDemoTemplate: config.seedDemo,
  });
  log.info({ database: database.kind }, 'database open');
  const applied = await migrateToLatest(database.maintenanceDb);
  if (applied.length) log.info({ migrations: applied }, 'migrations applied');
  if (config.seedDemo) {
    const seeded = await seedIfEmpty(database.maintenanceDb);
    if (seeded) log.info({ listings: seeded }, 'demo data loaded');
  }
  const { app, apollo, setDraining } = await createApp({ config, database, log });

  // Keep the rolling horizon of upcoming meetings ahead of time.
  // PGlite has no autovacuum: keep its planner statistics fresh too.
  const refreshOccurrences = () =>
    refreshDueOccurrences(database.maintenanceDb)
      .then(() => (database.kind === 'pglite' ? analyze(database.maintenanceDb) : undefined))
      .catch((err: unknown) => log.warn({ err: (err as Error).message }, 'occurrence refresh failed'));
  await refreshOccurrences();
  const timer = setInterval(refreshOccurrences, 3_600_000);
  timer.unref();

  const server: Server = app.listen(config.port, config.host, () => {
    log.info({ url: `http://${config.host}:${config.port}/graphql`, ms: Math.round(performance.now() - started) }, 'Peer Atlas is listening');
  });
  server.on('error', (err) => {
    log.fatal({ err: err.message }, 'could not listen');
    process.exit(1);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setDraining();
    clearInterval(timer);
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
    await apollo.stop();
    await database.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  log.fatal({ err: err instanceof Error ? err.message : String(err) }, 'failed to start');
  process.exit(1);
});

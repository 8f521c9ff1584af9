import { Router } from 'express';
import type { Database } from '../db/database.ts';
import type { Metrics } from '../metrics.ts';
import type { SharedStore } from '../shared/redis.ts';

/** Liveness, readiness and Prometheus metrics: for load balancers, supervisors and scrapers. */
export function probes(deps: {
  database: Database;
  metrics: Metrics;
  shared: SharedStore | undefined;
  isDraining: () => boolean;
}): Router {
  const { database, metrics, shared } = deps;
  const app = Router();
  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = !deps.isDraining() && (await database.ping(1_500));
    // Ready while the primary answers; replicas and Redis are reported, not required (reads fall back).
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ready' : 'unavailable',
      ...(database.replicas && !deps.isDraining()
        ? { databases: { primary: ok ? 'up' : 'down', replicas: database.replicas.states() } }
        : {}),
      ...(shared ? { redis: shared.ready() ? 'up' : 'down' } : {}),
    });
  });
  app.get('/metrics', async (_req, res) => {
    res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return app;
}

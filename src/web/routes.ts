import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Response, type Router } from 'express';
import type { Config } from '../config.ts';

/**
 * The browser side: the search page (/), the analyst view (/analyst) and the GraphQL explorer (GET /graphql for
 * browsers), all built by Vite into web/dist (`npm run build:web`, also run by `npm install`) and served from
 * here so that no page needs another host. Mounted before Apollo so that a browser's GET /graphql gets the
 * explorer while every other GET /graphql (Accept: JSON) goes on to Apollo unchanged.
 */
export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

type Page = 'index.html' | 'analyst.html' | 'explorer.html';

/** What the pages read from their <meta name="pa-config">: nothing secret, nothing per request. */
export interface PageConfig {
  tileUrl: string | null;
  tileAttribution: string;
  /** Whether the server can turn a typed place into coordinates (GEOCODER_URL, feeds issue). */
  geocoder: boolean;
  explorer: boolean;
}

/** The origin a tile template points to, as a CSP source ({s} subdomains become a wildcard). */
export function tileSource(template: string | null): string | null {
  if (!template) return null;
  try {
    const url = new URL(template.replace(/\{[a-z]+\}/g, '0'));
    const host = /^\{s\}\./.test(template.replace(/^https?:\/\//, ''))
      ? `*.${url.host.split('.').slice(1).join('.')}`
      : url.host;
    return `${url.protocol}//${host}`;
  } catch {
    return null;
  }
}

export function contentSecurityPolicy(config: Pick<Config, 'mapTileUrl'>, page: Page): string {
  const tiles = page === 'explorer.html' ? null : tileSource(config.mapTileUrl);
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Leaflet and GraphiQL position things through element.style (CSSOM), which CSP allows without
    // 'unsafe-inline'; every stylesheet is a file from this server.
    "style-src 'self'",
    `img-src 'self' data:${tiles ? ' ' + tiles : ''}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** True when the client asked for HTML before JSON (a browser's address bar), never for `*\/*` alone. */
export function prefersHtml(req: Request): boolean {
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

export function webRoutes(config: Config): Router {
  const router = express.Router();
  const pageConfig: PageConfig = {
    tileUrl: config.mapTileUrl,
    tileAttribution: config.mapTileAttribution,
    geocoder: Boolean(config.geocoderUrl),
    explorer: config.explorer,
  };
  const cache = new Map<Page, string>();

  const sendPage = (res: Response, page: Page) => {
    let html = cache.get(page);
    if (html === undefined) {
      const file = path.join(webDist, page);
      if (!existsSync(file)) {
        res.status(503).type('text/plain').send('The web pages are not built: run `npm run build:web`.\n');
        return;
      }
      html = readFileSync(file, 'utf8').replace(
        'content="__PA_CONFIG__"',
        `content="${escapeAttribute(JSON.stringify(pageConfig))}"`,
      );
      cache.set(page, html);
    }
    res
      .status(200)
      .set({
        'content-type': 'text/html; charset=utf-8',
        // Pages name their hashed assets, so they must be revalidated; the assets never change.
        'cache-control': 'no-cache',
        'content-security-policy': contentSecurityPolicy(config, page),
        'x-content-type-options': 'nosniff',
        // Search URLs carry a (rounded) point: requests from the page, to this server or a tile server, name the
        // origin only.
        'referrer-policy': 'strict-origin',
        'permissions-policy':
          page === 'index.html'
            ? 'geolocation=(self), camera=(), microphone=()'
            : 'geolocation=(), camera=(), microphone=()',
        'x-frame-options': 'DENY',
      })
      .send(html);
  };

  router.get('/', (_req, res) => sendPage(res, 'index.html'));
  router.get('/analyst', (_req, res) => sendPage(res, 'analyst.html'));
  // A plain middleware, not router.get('/graphql'): a route would make the router answer OPTIONS /graphql itself
  // (Express's automatic Allow reply) before the CORS preflight handler mounted with Apollo could.
  router.use((req, res, next) => {
    if (req.method !== 'GET' || req.path !== '/graphql' || !config.explorer || !prefersHtml(req)) return next();
    res.vary('Accept');
    sendPage(res, 'explorer.html');
  });
  if (config.geocoderUrl)
    router.post(
      '/web/place',
      express.json({ limit: '2kb' }),
      placeHandler(config.geocoderUrl, config.geocoderMinIntervalMs),
    );
  router.use(
    '/assets',
    express.static(path.join(webDist, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '365d',
      fallthrough: false,
      setHeaders: (res) => res.setHeader('x-content-type-options', 'nosniff'),
    }),
  );
  return router;
}

/**
 * The search page's typed place: one question to the geocoder (GEOCODER_URL) per request. A searcher's place is
 * never cached, never queued behind imports (the import geocoder has its own queue) and never logged; the body
 * is POSTed so it stays out of URLs. The service's pace (GEOCODER_MIN_INTERVAL_MS) is kept by refusing, not
 * queueing: a busy moment answers 429 and the page asks the person to try again.
 */
function placeHandler(geocoderUrl: string, minIntervalMs: number) {
  const endpoint = new URL(geocoderUrl);
  if (!endpoint.pathname.endsWith('/search')) endpoint.pathname = `${endpoint.pathname.replace(/\/$/, '')}/search`;
  let last = 0;
  return async (req: Request, res: Response) => {
    res.set('cache-control', 'no-store');
    const q = typeof req.body?.q === 'string' ? req.body.q.trim() : '';
    if (
      !q ||
      q.length > 200 ||
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      /[\u0000-\u001f\u007f]/.test(q) ||
      /[\ud800-\udfff]/.test(q.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))
    ) {
      res.status(400).json({ error: { code: 'BAD_USER_INPUT', message: 'A place is 1 to 200 characters of text.' } });
      return;
    }
    const wait = last + minIntervalMs - Date.now();
    if (wait > 0) {
      res
        .status(429)
        .set('retry-after', String(Math.ceil(wait / 1000)))
        .json({ error: { code: 'RATE_LIMITED', message: 'Place search is busy: try again in a moment.' } });
      return;
    }
    last = Date.now();
    const url = new URL(endpoint);
    url.searchParams.set('q', q);
    url.searchParams.set('format', 'jsonv2');
    url.searchParams.set('limit', '1');
    try {
      const answer = await fetch(url, {
        headers: { accept: 'application/json', 'user-agent': 'PeerAtlas-search/0.1 (search page)' },
        signal: AbortSignal.timeout(8_000),
      });
      if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
      const body = (await answer.json()) as Array<{
        lat?: string | number;
        lon?: string | number;
        display_name?: string;
      }>;
      const hit = Array.isArray(body) ? body[0] : undefined;
      const latitude = Number(hit?.lat);
      const longitude = Number(hit?.lon);
      const found =
        hit &&
        Number.isFinite(latitude) &&
        Number.isFinite(longitude) &&
        Math.abs(latitude) <= 90 &&
        Math.abs(longitude) <= 180;
      res.json({
        place: found
          ? { latitude, longitude, name: typeof hit.display_name === 'string' ? hit.display_name.slice(0, 200) : q }
          : null,
      });
    } catch {
      res.status(502).json({
        error: {
          code: 'GEOCODER_UNAVAILABLE',
          message: 'Place search is not answering: use your location, coordinates or the map.',
        },
      });
    } finally {
      last = Date.now();
    }
  };
}

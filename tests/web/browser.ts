import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { seedIfEmpty } from '../../src/modules/demo/seed.ts';
import { createLogger } from '../../src/logger.ts';
import { refreshDueOccurrences } from '../../src/modules/schedules/occurrences.ts';
import { createApp } from '../../src/server.ts';
import { webDist } from '../../src/web/routes.ts';

// Browser tests: Debian's Chromium driven by playwright-core, against the real HTTP app on its own embedded
// PGlite with the demo data (the same start-up steps as src/main.ts, in process so tests can make keys).

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const artefacts = path.join(root, 'test-artefacts', 'screenshots');

/**
 * Why the browser tests cannot run here, or null. Under `npm test` they skip with this reason; .ci/run sets
 * BROWSER_TESTS=require so that a missing browser fails instead.
 */
export function browserUnavailable(): string | null {
  const reason = !existsSync(CHROMIUM)
    ? `no Chromium at ${CHROMIUM} (apt-get install chromium)`
    : !existsSync(path.join(webDist, 'index.html'))
      ? 'the web pages are not built (npm run build:web)'
      : process.env.BROWSER_TESTS === 'skip'
        ? 'BROWSER_TESTS=skip'
        : null;
  if (reason && process.env.BROWSER_TESTS === 'require')
    throw new Error(`browser tests required but cannot run: ${reason}`);
  if (reason) console.warn(`[browser tests skipped] ${reason}`);
  return reason;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface DemoServer {
  url: string;
  database: Database;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string,
  ): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
  /** Another app over the same database with other settings (EXPLORER, NODE_ENV …); closed by close(). */
  variant(env: Record<string, string>): Promise<Omit<DemoServer, 'variant' | 'database'>>;
  close(): Promise<void>;
}

async function listen(database: Database, env: Record<string, string>) {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: 'memory://',
    MAP_TILE_URL: '',
    RATE_LIMIT_REQUESTS_PER_MINUTE: '100000',
    ...env,
  });
  const { app, apollo } = await createApp({ config, database, log: createLogger('silent') });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async gql(query: string, variables?: Record<string, unknown>, key?: string) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as any;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

export async function startDemoServer(env: Record<string, string> = {}): Promise<DemoServer> {
  const database = await openDatabase({
    dataDir: 'memory://',
    fromDemoTemplate: true,
    statementTimeoutMs: 30_000,
    analystStatementTimeoutMs: 30_000,
  });
  await migrateToLatest(database.maintenanceDb);
  await seedIfEmpty(database.maintenanceDb);
  await refreshDueOccurrences(database.maintenanceDb);
  const main = await listen(database, env);
  const variants: Array<{ close(): Promise<void> }> = [];
  return {
    ...main,
    database,
    async variant(other) {
      const v = await listen(database, other);
      variants.push(v);
      return v;
    },
    async close() {
      for (const v of variants) await v.close();
      await main.close();
      await database.close();
    },
  };
}

/** Every request a page makes outside the server is refused and recorded; so is every CSP violation. */
export async function watchedContext(
  browser: Browser,
  serverUrl: string,
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const origin = new URL(serverUrl).origin;
  const foreign: string[] = [];
  const problems: string[] = [];
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'America/New_York', ...options });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  context.on('page', (page) => watchPage(page, problems));
  return { context, foreign, problems };
}

function watchPage(page: Page, problems: string[]) {
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core (WCAG 2.x A/AA rules, 2.2 included) on the page as it is; returns serious and critical violations. */
export async function axeViolations(
  page: Page,
): Promise<Array<{ id: string; impact: string; help: string; nodes: string[] }>> {
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') stays as strict as in use.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as any).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n: any) => n.target.join(' ')),
    }));
  });
  return result.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical');
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export async function screenshot(page: Page, name: string) {
  mkdirSync(artefacts, { recursive: true });
  await page.screenshot({ path: path.join(artefacts, `${name}.png`), fullPage: false });
}

export type { Browser, BrowserContext, Page };

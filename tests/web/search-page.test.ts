import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  browserUnavailable,
  DESKTOP,
  launch,
  PHONE,
  screenshot,
  startDemoServer,
  watchedContext,
  type Browser,
  type DemoServer,
  type Page,
} from './browser.ts';

// The search page at / in Debian's Chromium, against the demo directory: what a person sees must be what the API
// answers, in the same order.
const skip = browserUnavailable();

const LEEDS = { latitude: 53.8008, longitude: -1.5491 };
const LONDON = { latitude: 51.5074, longitude: -0.1278 };
const NAMES = `query($filter: ResourceFilter, $near: NearInput, $first: Int, $after: String) {
  resources(filter: $filter, near: $near, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage }
    edges { node { id name ... on PeerGroup { nextMeetings(first: 8) { startsAt localStartsAt timeZone } } } }
  }
}`;

describe.skipIf(skip)('search page', () => {
  let server: DemoServer;
  let browser: Browser;
  let watched: Awaited<ReturnType<typeof watchedContext>>;
  let page: Page;

  const api = async (variables: Record<string, unknown>) => {
    const r = await server.gql(NAMES, variables);
    expect(r.errors).toBeUndefined();
    return r.data.resources as {
      totalCount: number;
      edges: Array<{
        node: {
          id: string;
          name: string;
          nextMeetings?: Array<{ startsAt: string; localStartsAt: string; timeZone: string }>;
        };
      }>;
    };
  };
  const shownNames = () => page.locator('li.result h3').allTextContents();
  const shownIds = () =>
    page.locator('li.result').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')!));
  /** Waits until the page has answered (the summary names a count, or says there are none). */
  const settled = async () => {
    await page.waitForFunction(() =>
      /\d+ results?|No results/.test(document.getElementById('summary')?.textContent ?? ''),
    );
    return Number((await page.locator('#summary').textContent())!.match(/^(\d+)/)?.[1] ?? 0);
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launch()]);
    watched = await watchedContext(browser, server.url, { viewport: DESKTOP });
    page = await watched.context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a shared URL shows the same names in the same order as the API', async () => {
    await page.goto(`${server.url}/?lat=53.8008&lng=-1.5491&radiusKm=5&topic=grief-and-bereavement&within=14`);
    const count = await settled();
    const expected = await api({
      near: { ...LEEDS, radiusKm: 5 },
      filter: { topics: ['grief-and-bereavement'], meetsWithinDays: 14 },
      first: 20,
    });
    expect(expected.totalCount).toBeGreaterThan(0);
    expect(count).toBe(expected.totalCount);
    expect(await shownNames()).toEqual(expected.edges.map((e) => e.node.name));
    // The form shows the search it came from.
    expect(await page.locator('#topic').inputValue()).toBe('grief-and-bereavement');
    expect(await page.locator('#within').inputValue()).toBe('14');
    expect(await page.locator('#radiusKm').inputValue()).toBe('5');
    await screenshot(page, 'search-desktop');
  });

  it("the details view shows the next meetings in the group's local time, with the zone named", async () => {
    const expected = await api({
      near: { ...LEEDS, radiusKm: 5 },
      filter: { topics: ['grief-and-bereavement'], meetsWithinDays: 14 },
      first: 20,
    });
    const index = expected.edges.findIndex((e) => (e.node.nextMeetings?.length ?? 0) > 0);
    expect(index).toBeGreaterThanOrEqual(0);
    const item = page.locator('li.result').nth(index);
    await item.locator('details summary').click();
    const upcoming = item.locator('.details-body ul.meetings li');
    await upcoming.first().waitFor();
    const texts = await upcoming.allTextContents();
    const meetings = expected.edges[index]!.node.nextMeetings!;
    expect(texts.length).toBe(meetings.length);
    // The browser runs in New York; the group meets in its own zone, and the page says so.
    meetings.forEach((m, i) => {
      const [date, time] = m.localStartsAt.split('T') as [string, string];
      expect(texts[i]).toContain(time);
      expect(texts[i]).toContain(String(Number(date.slice(8, 10))));
      expect(texts[i]).toContain(m.timeZone.replace(/_/g, ' '));
    });
    // The result card shows the first two.
    const cardTimes = await item.locator('.next li').allTextContents();
    expect(cardTimes).toEqual(texts.slice(0, 2));
  });

  it('filters narrow the list', async () => {
    await page.goto(`${server.url}/?lat=53.8008&lng=-1.5491&radiusKm=25`);
    const all = await settled();
    await page.locator('#topic').selectOption('grief-and-bereavement');
    await page.locator('#free').check();
    await page.locator('#submit').click();
    await page.waitForURL(/topic=grief-and-bereavement/);
    const narrowed = await settled();
    const expected = await api({
      near: { ...LEEDS, radiusKm: 25 },
      filter: { topics: ['grief-and-bereavement'], freeOnly: true },
      first: 20,
    });
    expect(narrowed).toBe(expected.totalCount);
    expect(narrowed).toBeLessThan(all);
    expect(await shownNames()).toEqual(expected.edges.map((e) => e.node.name));
    expect(new URL(page.url()).searchParams.get('free')).toBe('1');
  });

  it('"more results" appends the next page without repeats', async () => {
    await page.goto(`${server.url}/?lat=53.8008&lng=-1.5491&radiusKm=25`);
    await settled();
    const first = await shownIds();
    expect(first).toHaveLength(20);
    await page.locator('#more').click();
    await page.waitForFunction(() => document.querySelectorAll('li.result').length > 20);
    const both = await shownIds();
    expect(both.slice(0, 20)).toEqual(first);
    expect(new Set(both).size).toBe(both.length);
    const page1 = await api({ near: { ...LEEDS, radiusKm: 25 }, first: 20 });
    const page2 = await api({
      near: { ...LEEDS, radiusKm: 25 },
      first: 20,
      after: (await server.gql(NAMES, { near: { ...LEEDS, radiusKm: 25 }, first: 20 })).data.resources.pageInfo
        .endCursor,
    });
    expect(both).toEqual([...page1.edges, ...page2.edges].map((e) => e.node.id));
  });

  it('"use my location" searches around the point the browser gives', async () => {
    const geo = await watchedContext(browser, server.url, {
      viewport: PHONE,
      geolocation: LONDON,
      permissions: ['geolocation'],
    });
    try {
      const phone = await geo.context.newPage();
      await phone.goto(`${server.url}/`);
      await screenshot(phone, 'search-phone-form');
      await phone.locator('#locate').click();
      await phone.waitForURL(/lat=51\.51&lng=-0\.13/);
      await phone.waitForFunction(() =>
        /\d+ results?|No results/.test(document.getElementById('summary')?.textContent ?? ''),
      );
      const expected = await api({ near: { ...LONDON, radiusKm: 10 }, first: 20 });
      expect(expected.totalCount).toBeGreaterThan(0);
      expect(await phone.locator('li.result h3').allTextContents()).toEqual(expected.edges.map((e) => e.node.name));
      // The shared URL keeps the point to 2 decimals only.
      expect(phone.url()).not.toContain('51.5074');
      // After a search they asked for, a phone reader is taken to the results.
      await phone.waitForFunction(() => document.activeElement?.id === 'results-heading');
      await screenshot(phone, 'search-phone-results');
      expect(await axeViolations(phone)).toEqual([]);
      expect(geo.foreign).toEqual([]);
      expect(geo.problems).toEqual([]);
    } finally {
      await geo.context.close();
    }
  });

  it("a typed place goes through the server's geocoder when GEOCODER_URL is set, and degrades without one", async () => {
    // Without a geocoder the place box says so and still takes coordinates.
    await page.goto(`${server.url}/`);
    await page.locator('#place').fill('Leeds');
    await page.locator('#find-place').click();
    await page
      .locator('#error')
      .getByText(/not available on this server/)
      .waitFor();
    await page.locator('#place').fill('53.8008, -1.5491');
    await page.locator('#find-place').click();
    await page.waitForURL(/lat=53\.8&lng=-1\.55/);

    // A stand-in for a Nominatim-compatible service on loopback; it records what it was asked.
    const asked: string[] = [];
    const nominatim: Server = createServer((req, res) => {
      const q = new URL(req.url!, 'http://x').searchParams.get('q') ?? '';
      asked.push(q);
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify(
          q === 'Leeds'
            ? [{ lat: String(LEEDS.latitude), lon: String(LEEDS.longitude), display_name: 'Leeds, England' }]
            : [],
        ),
      );
    });
    await new Promise<void>((resolve) => nominatim.listen(0, '127.0.0.1', resolve));
    const geocoderUrl = `http://127.0.0.1:${(nominatim.address() as AddressInfo).port}`;
    const withGeocoder = await server.variant({ GEOCODER_URL: geocoderUrl, GEOCODER_MIN_INTERVAL_MS: '0' });
    const geo = await watchedContext(browser, withGeocoder.url, { viewport: DESKTOP });
    try {
      const p = await geo.context.newPage();
      await p.goto(`${withGeocoder.url}/`);
      await p.locator('#place').fill('Leeds');
      await p.locator('#place').press('Enter');
      await p.waitForURL(/lat=53\.8&lng=-1\.55&radiusKm=10/);
      await p.waitForFunction(() => /\d+ results?/.test(document.getElementById('summary')?.textContent ?? ''));
      const expected = await api({ near: { ...LEEDS, radiusKm: 10 }, first: 20 });
      expect(await p.locator('li.result h3').allTextContents()).toEqual(expected.edges.map((e) => e.node.name));
      await p.locator('#place').fill('Atlantis');
      await p.locator('#find-place').click();
      await p
        .locator('#error')
        .getByText(/could not be found/)
        .waitFor();
      expect(asked).toEqual(['Leeds', 'Atlantis']);
      // The browser talked to the server only; the server asked the geocoder.
      expect(geo.foreign).toEqual([]);
      expect(geo.problems).toEqual([]);
      // Hostile input is refused before it reaches the geocoder.
      for (const q of ['', 'x'.repeat(201), 'Leeds\u0000', 42]) {
        const res = await fetch(`${withGeocoder.url}/web/place`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ q }),
        });
        expect(res.status, JSON.stringify(q)).toBe(400);
      }
      expect(asked).toHaveLength(2);
      // Without GEOCODER_URL there is no such route.
      expect(
        (
          await fetch(`${server.url}/web/place`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"q":"Leeds"}',
          })
        ).status,
      ).toBe(404);
    } finally {
      await geo.context.close();
      nominatim.closeAllConnections();
      await new Promise<void>((resolve) => nominatim.close(() => resolve()));
    }
  });

  it('hostile URL parameters are dropped, not sent', async () => {
    await page.goto(
      `${server.url}/?lat=999&lng=abc&radiusKm=-3&topic=%3Cscript%3E&within=1e9&format=<b>&lang=english&q=${encodeURIComponent('<img src=x>')}`,
    );
    await settled();
    expect(await page.locator('#error').isHidden()).toBe(true);
    // The text is searched as text, never rendered as markup.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  it('has no serious or critical accessibility violations, and requests nothing from another host', async () => {
    await page.goto(`${server.url}/?lat=53.8008&lng=-1.5491&radiusKm=5&topic=grief-and-bereavement&within=14`);
    await settled();
    await page.locator('li.result details summary').first().click();
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.foreign).toEqual([]);
    expect(watched.problems).toEqual([]);
  });
});

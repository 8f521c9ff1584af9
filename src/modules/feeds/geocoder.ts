import { find as findZones } from 'geo-tz';

// Places for records that come without coordinates, and time zones for points.

export interface Geocoder {
  /** The point of an address, or null when the service finds none. Throws when the service fails. */
  geocode(query: string, countryHint: string | null): Promise<{ latitude: number; longitude: number } | null>;
}

/**
 * A client of a Nominatim-compatible search API (GEOCODER_URL). Polite as the public service asks: one request
 * at a time with a pause between them, an identifying User-Agent, and every answer cached for the process's
 * life, so re-importing a feed asks nothing again. Imports only: a searcher's typed place never passes here.
 */
export function nominatimGeocoder(
  baseUrl: string,
  opts: { minIntervalMs?: number; timeoutMs?: number; userAgent?: string } = {},
): Geocoder {
  const endpoint = new URL(baseUrl);
  if (!endpoint.pathname.endsWith('/search')) endpoint.pathname = `${endpoint.pathname.replace(/\/$/, '')}/search`;
  const cache = new Map<string, { latitude: number; longitude: number } | null>();
  let queue: Promise<unknown> = Promise.resolve();
  let last = 0;
  const minInterval = opts.minIntervalMs ?? 1_000;

  async function ask(query: string, countryHint: string | null) {
    const wait = last + minInterval - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const url = new URL(endpoint);
    url.searchParams.set('q', query);
    url.searchParams.set('format', 'jsonv2');
    url.searchParams.set('limit', '1');
    if (countryHint) url.searchParams.set('countrycodes', countryHint.toLowerCase());
    try {
      const res = await fetch(url, {
        headers: { 'user-agent': opts.userAgent ?? 'PeerAtlas-import/0.1 (feed import)', accept: 'application/json' },
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
      if (!res.ok) throw new Error(`geocoder answered HTTP ${res.status}`);
      const body = (await res.json()) as Array<{ lat?: string | number; lon?: string | number }>;
      const hit = Array.isArray(body) ? body[0] : undefined;
      const latitude = Number(hit?.lat);
      const longitude = Number(hit?.lon);
      return hit && Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : null;
    } finally {
      last = Date.now();
    }
  }

  return {
    geocode(query, countryHint) {
      const key = `${countryHint ?? ''}|${query.toLowerCase()}`;
      if (cache.has(key)) return Promise.resolve(cache.get(key)!);
      const result = queue.then(() => (cache.has(key) ? cache.get(key)! : ask(query, countryHint)));
      queue = result.catch(() => undefined);
      return result.then((r) => {
        if (cache.size > 50_000) cache.clear();
        cache.set(key, r);
        return r;
      });
    },
  };
}

/** The IANA time zone at a point (offline: geo-tz's boundary data), or null at sea and outside every zone. */
export function timeZoneAt(latitude: number, longitude: number): string | null {
  try {
    const zones = findZones(latitude, longitude);
    const zone = zones[0];
    return zone && zone.includes('/') ? zone : null;
  } catch {
    return null;
  }
}

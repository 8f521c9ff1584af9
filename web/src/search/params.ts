import type {
  AccessibilityFeature,
  Audience,
  DeliveryFormat,
  NearInput,
  ResourceFilter,
} from '../generated/graphql.ts';
import { ACCESSIBILITY, AUDIENCES, FORMATS } from '../shared/labels.ts';

/** One search, as the page's URL says it (the contract's names: lat, lng, radiusKm, topic, within, q, format, lang). */
export interface SearchState {
  lat: number | null;
  lng: number | null;
  radiusKm: number;
  topics: string[];
  within: number | null;
  q: string;
  formats: DeliveryFormat[];
  langs: string[];
  online: boolean;
  free: boolean;
  audiences: Audience[];
  access: AccessibilityFeature[];
}

export const DEFAULT_RADIUS_KM = 10;

const number = (v: string | null, min: number, max: number): number | null => {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
};

const oneOf = <T extends string>(values: string[], allowed: Record<T, string>): T[] =>
  [...new Set(values.map((v) => v.trim().toUpperCase().replace(/-/g, '_')))].filter((v): v is T => v in allowed);

/** Reads a URL's query; anything malformed is dropped rather than sent to the API. */
export function parseState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const lat = number(p.get('lat'), -90, 90);
  const lng = number(p.get('lng'), -180, 180);
  const hasPoint = lat !== null && lng !== null;
  const within = number(p.get('within'), 1, 90);
  return {
    lat: hasPoint ? lat : null,
    lng: hasPoint ? lng : null,
    radiusKm: number(p.get('radiusKm'), 0.1, 500) ?? DEFAULT_RADIUS_KM,
    topics: [
      ...new Set(
        p
          .getAll('topic')
          .map((t) => t.trim())
          .filter((t) => /^[a-z0-9-]{1,80}$/.test(t)),
      ),
    ],
    within: within === null ? null : Math.round(within),
    q: (p.get('q') ?? '').slice(0, 200),
    formats: oneOf(p.getAll('format'), FORMATS),
    langs: [
      ...new Set(
        p
          .getAll('lang')
          .map((l) => l.trim().toLowerCase())
          .filter((l) => /^[a-z]{2}$/.test(l)),
      ),
    ],
    online: p.get('online') === '1' || p.get('online') === 'true',
    free: p.get('free') === '1' || p.get('free') === 'true',
    audiences: oneOf(p.getAll('audience'), AUDIENCES),
    access: oneOf(p.getAll('access'), ACCESSIBILITY),
  };
}

/** The URL query for a search. The point is rounded to 2 decimals (about a kilometre): a shared link never pins a home. */
export function stateToQuery(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.lat !== null && s.lng !== null) {
    p.set('lat', s.lat.toFixed(2).replace(/\.?0+$/, ''));
    p.set('lng', s.lng.toFixed(2).replace(/\.?0+$/, ''));
    p.set('radiusKm', String(s.radiusKm));
  }
  for (const t of s.topics) p.append('topic', t);
  if (s.within !== null) p.set('within', String(s.within));
  if (s.q) p.set('q', s.q);
  for (const f of s.formats) p.append('format', f.toLowerCase());
  for (const l of s.langs) p.append('lang', l);
  if (s.online) p.set('online', '1');
  if (s.free) p.set('free', '1');
  for (const a of s.audiences) p.append('audience', a.toLowerCase());
  for (const a of s.access) p.append('access', a.toLowerCase());
  return p.toString();
}

export function hasSearch(s: SearchState): boolean {
  return (
    s.lat !== null ||
    s.topics.length > 0 ||
    s.q !== '' ||
    s.formats.length > 0 ||
    s.langs.length > 0 ||
    s.within !== null ||
    s.free ||
    s.audiences.length > 0 ||
    s.access.length > 0
  );
}

/** The API's arguments for a search: the same for the page and for anyone comparing with the API. */
export function toVariables(s: SearchState): { filter: ResourceFilter; near: NearInput | null } {
  const filter: ResourceFilter = {};
  if (s.topics.length) filter.topics = s.topics;
  if (s.within !== null) filter.meetsWithinDays = s.within;
  if (s.q.trim()) filter.text = s.q.trim();
  if (s.formats.length) filter.formats = s.formats;
  if (s.langs.length) filter.languages = s.langs;
  if (s.free) filter.freeOnly = true;
  if (s.audiences.length) filter.audiences = s.audiences;
  if (s.access.length) filter.accessibility = s.access;
  const near = s.lat !== null && s.lng !== null ? { latitude: s.lat, longitude: s.lng, radiusKm: s.radiusKm } : null;
  if (near && s.online) filter.includeOnline = true;
  return { filter, near };
}

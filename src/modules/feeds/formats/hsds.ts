import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import ISO6391 from 'iso-639-1';
import type { AccessibilityFeature, DeliveryFormat, ResourceInput } from '../../../generated/graphql.ts';
import { countryAt, countryCode, regionCode } from './address.ts';
import {
  FeedFormatError,
  durationBetween,
  parseCoordinate,
  parseJson,
  parseTime,
  skip,
  text,
  type MapOptions,
  type MappedRecord,
} from './mapped.ts';

// HSDS 3.0 (Open Referral): services with their locations and schedules, as the API's JSON (a paged list, a
// single object, an array) or as the tabular CSV datapackage (one file per table). Both become the same nested
// service objects, then one listing per service.

// HSDS records are the feed's JSON, read field by field with checks at each use.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** Topic for an HSDS service whose taxonomy terms match none of ours and with no `--topic`. */
export const HSDS_DEFAULT_TOPIC = 'mental-health';

/** Nested services from a JSON document (already read), or a clear error when it is not HSDS. */
export function servicesFromJson(body: string, file: string): Obj[] {
  const data = parseJson(body, file);
  if (data && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).some((k) => k.endsWith('.csv'))) {
    return servicesFromTables(data as Record<string, Obj[]>, file);
  }
  const items: unknown[] = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as Obj).contents)
      ? (data as Obj).contents
      : [data];
  if (
    items.some(
      (m) => m && typeof m === 'object' && 'slug' in (m as Obj) && ('day' in (m as Obj) || 'time' in (m as Obj)),
    )
  ) {
    throw new FeedFormatError(
      file,
      null,
      'not an HSDS 3.0 document: this is a Meeting Guide feed (use `import meeting-guide`)',
    );
  }
  const services: Obj[] = [];
  let recognised = 0;
  items.forEach((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item))
      throw new FeedFormatError(file, `item ${i}`, 'not HSDS: expected objects');
    const o = item as Obj;
    if (o.service && typeof o.service === 'object' && ('location' in o || 'service' in o)) {
      // A service_at_location with its service: the service at that one place.
      recognised++;
      const { service, ...sal } = o;
      services.push({ ...service, service_at_locations: [sal] });
    } else if (typeof o.name === 'string' && ('status' in o || 'service_at_locations' in o || 'program' in o)) {
      recognised++;
      services.push(o);
    } else if (Array.isArray(o.services) || 'legal_status' in o || 'year_incorporated' in o || 'tax_status' in o) {
      recognised++;
      // An organisation: its services carry it along, so the listings can use its details.
      const { services: own, ...organization } = o;
      for (const s of (own as Obj[] | undefined) ?? [])
        services.push({ ...s, organization: s.organization ?? organization });
    } else if ('location_type' in o) {
      recognised++; // a location alone describes no service
    }
  });
  if (items.length && !recognised) {
    throw new FeedFormatError(
      file,
      null,
      'not an HSDS 3.0 document: no services, organizations, service_at_locations or locations found (a Meeting Guide feed? use `import meeting-guide`)',
    );
  }
  return services;
}

const TABLES = [
  'services',
  'organizations',
  'service_at_location',
  'locations',
  'addresses',
  'schedules',
  'languages',
  'accessibility',
  'attributes',
  'taxonomy_terms',
] as const;

/** Nested services from a CSV datapackage directory (or the datapackage.json / a table inside it). */
export function servicesFromDirectory(target: string): Obj[] {
  const dir = statSync(target).isDirectory() ? target : path.dirname(target);
  if (!existsSync(path.join(dir, 'services.csv'))) {
    throw new FeedFormatError(dir, null, 'not an HSDS CSV datapackage: no services.csv in the directory');
  }
  const files = new Set(readdirSync(dir));
  const tables: Record<string, Obj[]> = {};
  for (const t of TABLES) {
    const name = `${t}.csv`;
    if (!files.has(name)) continue;
    const file = path.join(dir, name);
    try {
      tables[name] = parseCsv(readFileSync(file, 'utf8'), {
        columns: true,
        skip_empty_lines: true,
        bom: true,
        trim: true,
      }) as Obj[];
    } catch (err) {
      const e = err as { lines?: number; column?: number | string; message?: string };
      throw new FeedFormatError(
        file,
        e.lines ? `line ${e.lines}` : null,
        `not valid CSV: ${(e.message ?? String(err)).replace(/^Invalid .*?: /, '')}`,
      );
    }
  }
  return servicesFromTables(tables, dir);
}

/** The tabular form (table name → rows) joined back into nested services. */
function servicesFromTables(tables: Record<string, Obj[]>, file: string): Obj[] {
  const rows = (t: string): Obj[] => {
    const r = tables[`${t}.csv`] ?? [];
    if (!Array.isArray(r)) throw new FeedFormatError(file, t, `not HSDS tabular data: ${t} is not a list of rows`);
    return r;
  };
  const services = rows('services');
  if (!tables['services.csv']) throw new FeedFormatError(file, null, 'not HSDS tabular data: no services table');
  const by = (list: Obj[], key: string) => {
    const m = new Map<string, Obj[]>();
    for (const r of list) if (r[key]) m.set(String(r[key]), [...(m.get(String(r[key])) ?? []), r]);
    return m;
  };
  const orgs = new Map(rows('organizations').map((o) => [String(o.id), o]));
  const locations = new Map(rows('locations').map((l) => [String(l.id), l]));
  const addresses = by(rows('addresses'), 'location_id');
  const accessibility = by(rows('accessibility'), 'location_id');
  const schedulesByService = by(rows('schedules'), 'service_id');
  const schedulesBySal = by(rows('schedules'), 'service_at_location_id');
  const languages = by(rows('languages'), 'service_id');
  const sals = by(rows('service_at_location'), 'service_id');
  const terms = new Map(rows('taxonomy_terms').map((t) => [String(t.id), t]));
  const attributes = by(rows('attributes'), 'link_id');
  return services.map((s) => ({
    ...s,
    organization: orgs.get(String(s.organization_id)),
    languages: languages.get(String(s.id)) ?? [],
    attributes: (attributes.get(String(s.id)) ?? []).map((a) => ({
      ...a,
      taxonomy_term: terms.get(String(a.taxonomy_term_id)),
    })),
    schedules: (schedulesByService.get(String(s.id)) ?? []).filter((x) => !x.service_at_location_id),
    service_at_locations: (sals.get(String(s.id)) ?? []).map((sal) => {
      const loc = locations.get(String(sal.location_id));
      return {
        ...sal,
        schedules: schedulesBySal.get(String(sal.id)) ?? [],
        location: loc && {
          ...loc,
          addresses: addresses.get(String(loc.id)) ?? [],
          accessibility: accessibility.get(String(loc.id)) ?? [],
        },
      };
    }),
  }));
}

const ACCESSIBILITY_WORDS: Array<[RegExp, AccessibilityFeature]> = [
  [/wheelchair|step[- ]free|ramp|level access|lift\b|elevator/i, 'STEP_FREE_ACCESS'],
  [/accessible (toilet|bathroom|restroom|wc)/i, 'ACCESSIBLE_TOILET'],
  [/induction loop|hearing loop|t-?coil/i, 'HEARING_LOOP'],
  [/sign language|\bBSL\b|\bASL\b/i, 'SIGN_LANGUAGE'],
  [/caption/i, 'CAPTIONS'],
  [/quiet (space|room)/i, 'QUIET_SPACE'],
];

/**
 * The listing fields an HSDS service's languages, accessibility notes and taxonomy terms express. One small
 * function so that fields the listing model adds later (contacts, cost options, eligibility) map here too.
 */
export function hsdsFields(service: Obj, location: Obj | null, topicExists: (slug: string) => boolean) {
  const codes = [...(service.languages ?? []), ...(location?.languages ?? [])]
    .map((l: Obj) => text(l?.code)?.toLowerCase())
    .filter(Boolean) as string[];
  const languages = [
    ...new Set(
      codes
        .map((c) => (c.length === 2 ? c : ISO6391.getCode(ISO6391.getName(c) || '') || c))
        .filter((c) => ISO6391.validate(c)),
    ),
  ];
  const notes = (location?.accessibility ?? [])
    .map((a: Obj) => `${a?.description ?? ''} ${a?.details ?? ''}`)
    .join(' ');
  const accessibility = [...new Set(ACCESSIBILITY_WORDS.filter(([re]) => re.test(notes)).map(([, f]) => f))];
  const topics = new Set<string>();
  for (const a of service.attributes ?? []) {
    const term = a?.taxonomy_term as Obj | undefined;
    for (const candidate of [term?.code, term?.name, a?.value]) {
      const slug = text(candidate)
        ?.toLowerCase()
        .replace(/&/g, 'and')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      if (slug && topicExists(slug)) topics.add(slug);
    }
  }
  return { languages: languages.length ? languages : ['en'], accessibility, topics: [...topics] };
}

const FREQS = new Set(['WEEKLY', 'MONTHLY']);

/** The schedule property our HSDS export adds with the IANA time zone (HSDS `timezone` is only an offset). */
export const TIME_ZONE_EXTENSION = 'x_iana_timezone';

/** An HSDS schedule → our schedule fields; null when it has no usable weekly/monthly rule or has ended. */
export function hsdsSchedule(
  s: Obj,
  today: string,
): { rrule: string; startTime: string; durationMinutes: number; startDate?: string; timeZone?: string } | null {
  const freq = text(s.freq)?.toUpperCase();
  // "09:00-05:00" / "09:00Z": the time zone comes from the place (HSDS gives offsets, not zones).
  const clock = (v: unknown) => parseTime(typeof v === 'string' ? v.replace(/(Z|[+-]\d{2}:?\d{2})$/i, '') : v);
  const startTime = clock(s.opens_at);
  if (!freq || !FREQS.has(freq) || !startTime) return null;
  for (const end of [text(s.until), text(s.valid_to)]) if (end && end.slice(0, 10) < today) return null;
  const parts = [`FREQ=${freq}`];
  const interval = Number(s.interval ?? 1);
  if (Number.isInteger(interval) && interval > 1) parts.push(`INTERVAL=${interval}`);
  const byday = text(s.byday)?.toUpperCase().replace(/\s+/g, '');
  if (byday) parts.push(`BYDAY=${byday}`);
  const bymonthday = text(s.bymonthday)?.replace(/\s+/g, '');
  if (freq === 'MONTHLY' && bymonthday && !byday) parts.push(`BYMONTHDAY=${bymonthday}`);
  if (!byday && !(freq === 'MONTHLY' && bymonthday)) return null;
  const dtstart = text(s.dtstart)?.slice(0, 10);
  const validFrom = text(s.valid_from)?.slice(0, 10);
  const startDate = [dtstart, validFrom].find((d) => d && DateTime.fromISO(d).isValid);
  return {
    rrule: parts.join(';'),
    startTime,
    durationMinutes: durationBetween(startTime, clock(s.closes_at)) ?? 60,
    ...(interval > 1 && startDate ? { startDate } : {}),
    // HSDS gives a UTC offset, which cannot follow daylight saving; our own export adds the IANA zone.
    ...(text(s[TIME_ZONE_EXTENSION]) ? { timeZone: text(s[TIME_ZONE_EXTENSION])! } : {}),
  };
}

/** Maps one nested service; never throws (a record that cannot be imported carries `skip`). */
export function mapHsdsService(
  s: Obj,
  index: number,
  opts: MapOptions & { topicExists: (slug: string) => boolean; now: Date },
): MappedRecord {
  const id = text(s.id);
  const ref = id ?? `#${index}`;
  if (!id) return skip(ref, 'INVALID', `service ${index} has no id`);
  const status = text(s.status)?.toLowerCase();
  if (status && status !== 'active') return skip(ref, 'INACTIVE', `status is "${status}"`);
  const name = text(s.name);
  if (!name) return skip(ref, 'INVALID', 'name is missing');

  const sal =
    ((s.service_at_locations ?? []) as Obj[]).find((x) => x?.location?.location_type !== 'virtual' && x?.location) ??
    null;
  const virtual = ((s.service_at_locations ?? []) as Obj[]).some((x) => x?.location?.location_type === 'virtual');
  const loc: Obj | null = sal?.location ?? null;
  const format: DeliveryFormat = loc ? (virtual ? 'HYBRID' : 'IN_PERSON') : 'ONLINE';
  const fields = hsdsFields(s, loc, opts.topicExists);

  let location: ResourceInput['location'] = null;
  let geocode: MappedRecord['geocode'];
  if (loc) {
    const addrs = (loc.addresses ?? []) as Obj[];
    const a = addrs.find((x) => x?.address_type === 'physical') ?? addrs[0] ?? {};
    let latitude = parseCoordinate(loc.latitude);
    let longitude = parseCoordinate(loc.longitude);
    if (latitude !== null && longitude !== null && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180))
      latitude = longitude = null;
    const country =
      countryCode(text(a.country)) ?? (latitude !== null && longitude !== null ? countryAt(latitude, longitude) : null);
    const address = [text(a.address_1), text(a.address_2)].filter(Boolean).join(', ') || null;
    const base = {
      name: text(loc.name),
      address,
      locality: text(a.city),
      region: regionCode(country, text(a.state_province)),
      postalCode: text(a.postal_code),
      country: country ?? '',
      approximate: false,
    };
    if (latitude === null || longitude === null) {
      const query = [address, text(a.city), text(a.state_province), text(a.postal_code), text(a.country)]
        .filter(Boolean)
        .join(', ');
      if (!query) return skip(ref, 'NO_LOCATION', 'the location has no valid coordinates and no address');
      geocode = { query, countryHint: country };
      location = { ...base, latitude: NaN, longitude: NaN };
    } else {
      location = { ...base, latitude, longitude };
    }
  }

  const today = opts.now.toISOString().slice(0, 10);
  // The place's schedule first, then any other location's (an online service keeps its times on its virtual one).
  const allSals = (s.service_at_locations ?? []) as Obj[];
  const schedules = [
    ...((sal?.schedules ?? []) as Obj[]),
    ...allSals.flatMap((x) => (x?.schedules ?? []) as Obj[]),
    ...((s.schedules ?? []) as Obj[]),
  ];
  const schedule = schedules.map((x) => hsdsSchedule(x, today)).find(Boolean) ?? null;
  const topics = opts.topics.length ? opts.topics : fields.topics.length ? fields.topics : [HSDS_DEFAULT_TOPIC];
  const input: ResourceInput = {
    kind: 'PEER_GROUP',
    externalId: id,
    name: name.slice(0, 200),
    description: text(s.description),
    format,
    topics: topics.slice(0, 10),
    languages: fields.languages,
    accessibility: fields.accessibility,
    location,
    url: text(s.url) ?? text(s.organization?.website) ?? text(s.organization?.url) ?? null,
    facilitation: 'PEER_LED',
    // Without a weekly or monthly rule the service is listed without meeting times (an explicit null clears one).
    schedule: schedule ? { ...schedule, timeZone: schedule.timeZone ?? opts.timeZone ?? '' } : null,
  };
  return {
    ref,
    input,
    typeCodes: [],
    geocode,
    needsTimeZone: Boolean(schedule) && !schedule?.timeZone && !opts.timeZone,
  };
}

import type { AccessibilityFeature, Audience, DeliveryFormat, ResourceInput } from '../../../generated/graphql.ts';
import { countryAt, countryCode, regionCode, splitFormattedAddress } from './address.ts';
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

// Meeting Guide JSON (code4recovery/spec): an array of weekly meetings. Real feeds are messy: coordinates as
// strings, `day` as a list or a string, 12-hour times, meetings by appointment, inactive meetings.

/** Topic for a Meeting Guide feed when `--topic` gives none: the format is for 12-step recovery meetings. */
export const MEETING_GUIDE_DEFAULT_TOPIC = 'addiction-and-recovery';

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** Reads a feed's text: an array of objects, or one clear error naming the file and where. */
export function parseMeetingGuide(body: string, file: string): Array<Record<string, unknown>> {
  const data = parseJson(body, file);
  if (!Array.isArray(data)) {
    const hint =
      data && typeof data === 'object' && ('contents' in data || 'services' in data)
        ? ' (this looks like HSDS: use `import hsds`)'
        : '';
    throw new FeedFormatError(
      file,
      null,
      `not a Meeting Guide feed: expected a JSON array of meetings, found ${describe(data)}${hint}`,
    );
  }
  data.forEach((m, i) => {
    if (!m || typeof m !== 'object' || Array.isArray(m))
      throw new FeedFormatError(
        file,
        `item ${i}`,
        `not a Meeting Guide feed: item ${i} is ${describe(m)}, not a meeting object`,
      );
  });
  if (data.length && !data.some((m) => 'slug' in (m as object) || 'name' in (m as object))) {
    throw new FeedFormatError(file, 'item 0', 'not a Meeting Guide feed: no item has a "slug" or "name"');
  }
  return data as Array<Record<string, unknown>>;
}

const describe = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

/** Meeting Guide type codes that are languages → ISO 639-1. */
const LANGUAGE_CODES: Record<string, string> = {
  EN: 'en',
  S: 'es',
  FR: 'fr',
  DE: 'de',
  ITA: 'it',
  JA: 'ja',
  KOR: 'ko',
  POL: 'pl',
  POR: 'pt',
  RUS: 'ru',
  AR: 'ar',
  AF: 'af',
  AM: 'am',
  BG: 'bg',
  DA: 'da',
  EL: 'el',
  FA: 'fa',
  FI: 'fi',
  HE: 'he',
  HI: 'hi',
  HR: 'hr',
  HU: 'hu',
  IS: 'is',
  KA: 'ka',
  LT: 'lt',
  ML: 'ml',
  MT: 'mt',
  NE: 'ne',
  NL: 'nl',
  NO: 'no',
  PUN: 'pa',
  SK: 'sk',
  SL: 'sl',
  SV: 'sv',
  TH: 'th',
  TL: 'tl',
  TUR: 'tr',
  UK: 'uk',
};
const AUDIENCE_CODES: Record<string, Audience> = {
  W: 'WOMEN',
  M: 'MEN',
  Y: 'YOUNG_PEOPLE',
  SEN: 'OLDER_ADULTS',
  LGBTQ: 'LGBTQ_PLUS',
  G: 'LGBTQ_PLUS',
  L: 'LGBTQ_PLUS',
  BI: 'LGBTQ_PLUS',
  T: 'LGBTQ_PLUS',
  NB: 'LGBTQ_PLUS',
};
const ACCESSIBILITY_CODES: Record<string, AccessibilityFeature> = {
  X: 'STEP_FREE_ACCESS',
  XB: 'ACCESSIBLE_TOILET',
  ASL: 'SIGN_LANGUAGE',
};

/** Codes our own fields express, for export: each listing field back to one Meeting Guide code. */
export const CODE_FOR = {
  language: Object.fromEntries(Object.entries(LANGUAGE_CODES).map(([k, v]) => [v, k])) as Record<string, string>,
  audience: { WOMEN: 'W', MEN: 'M', YOUNG_PEOPLE: 'Y', OLDER_ADULTS: 'SEN', LGBTQ_PLUS: 'LGBTQ' } as Record<
    string,
    string
  >,
  accessibility: { STEP_FREE_ACCESS: 'X', ACCESSIBLE_TOILET: 'XB', SIGN_LANGUAGE: 'ASL' } as Record<string, string>,
};

/**
 * The listing fields a meeting's type codes and attendance option express. One small function so that fields
 * the listing model adds later (attendance O/C, TC temporarily closed, conference phone) map here too.
 */
export function meetingGuideFields(types: string[], attendance: string | null) {
  const languages = [...new Set(types.map((t) => LANGUAGE_CODES[t]).filter((x): x is string => Boolean(x)))];
  const audiences = [...new Set(types.map((t) => AUDIENCE_CODES[t]).filter((x): x is Audience => Boolean(x)))];
  const accessibility = [
    ...new Set(types.map((t) => ACCESSIBILITY_CODES[t]).filter((x): x is AccessibilityFeature => Boolean(x))),
  ];
  const format: DeliveryFormat | null =
    attendance === 'online'
      ? 'ONLINE'
      : attendance === 'hybrid'
        ? 'HYBRID'
        : attendance === 'in_person'
          ? 'IN_PERSON'
          : null;
  return { languages: languages.length ? languages : ['en'], audiences, accessibility, format };
}

/**
 * The listing model's fields a meeting states (see README "For feed maintainers"): `O`/`C` → who may attend,
 * `TC` → temporarily online, `attendance_option: inactive` → paused, conference link, notes and phone → online
 * access. Every field is given (null clears it), so a code dropped from the feed is dropped from the listing.
 */
export function meetingGuideListingModel(
  m: Record<string, unknown>,
  types: string[],
  attendance: string | null,
): Pick<ResourceInput, 'eligibility' | 'operationalStatus' | 'online'> {
  const open = types.includes('O');
  const closed = types.includes('C');
  const joinUrl = text(m.conference_url);
  const phone = text(m.conference_phone);
  return {
    eligibility: open !== closed ? { attendance: open ? 'ANYONE' : 'LIVED_EXPERIENCE_ONLY' } : null,
    operationalStatus: attendance === 'inactive' ? 'PAUSED' : types.includes('TC') ? 'TEMPORARILY_ONLINE' : 'ACTIVE',
    online:
      joinUrl || phone
        ? {
            ...(joinUrl ? { joinUrl } : {}),
            ...(text(m.conference_url_notes) ? { instructions: text(m.conference_url_notes)! } : {}),
            dialIn: phone
              ? [
                  {
                    number: phone.slice(0, 100),
                    ...(text(m.conference_phone_notes) ? { notes: text(m.conference_phone_notes)! } : {}),
                  },
                ]
              : [],
          }
        : null,
  };
}

/** Maps one meeting; never throws: a record that cannot be imported comes back with `skip` and its reason. */
export function mapMeetingGuide(m: Record<string, unknown>, index: number, opts: MapOptions): MappedRecord {
  const slug = text(m.slug);
  const ref = slug ?? `#${index}`;
  if (!slug) return skip(ref, 'INVALID', `item ${index} has no slug`);
  if (slug.length > 200) return skip(ref.slice(0, 60), 'INVALID', 'slug is longer than 200 characters');
  const rawTypes = Array.isArray(m.types) ? m.types : typeof m.types === 'string' ? m.types.split(',') : [];
  const typeCodes = [...new Set(rawTypes.map((t) => text(t)).filter((t): t is string => Boolean(t)))];
  const attendance = text(m.attendance_option)?.toLowerCase() ?? null;

  const name = text(m.name);
  if (!name) return skip(ref, 'INVALID', 'name is missing', typeCodes);

  // Schedule: weekly only; `day` as 0–6, "0"–"6" or a list of them.
  const dayValues = m.day === undefined || m.day === null || m.day === '' ? [] : Array.isArray(m.day) ? m.day : [m.day];
  const days: number[] = [];
  for (const d of dayValues) {
    const n = typeof d === 'number' ? d : typeof d === 'string' && /^\s*\d\s*$/.test(d) ? Number(d) : NaN;
    if (!Number.isInteger(n) || n < 0 || n > 6)
      return skip(
        ref,
        'INVALID',
        `day ${JSON.stringify(d).slice(0, 30)} is not a day number 0–6 (0 = Sunday)`,
        typeCodes,
      );
    if (!days.includes(n)) days.push(n);
  }
  const time = m.time === undefined || m.time === null || m.time === '' ? null : parseTime(m.time);
  if (m.time !== undefined && m.time !== null && m.time !== '' && !time)
    return skip(ref, 'INVALID', `time ${JSON.stringify(m.time).slice(0, 30)} is not a time (HH:MM)`, typeCodes);
  if (!days.length || !time)
    return skip(
      ref,
      'NO_SCHEDULE',
      'no day and time (a meeting by appointment): only weekly meetings are imported',
      typeCodes,
    );
  const endTime = m.end_time === undefined || m.end_time === null || m.end_time === '' ? null : parseTime(m.end_time);
  if (m.end_time && !endTime)
    return skip(ref, 'INVALID', `end_time ${JSON.stringify(m.end_time).slice(0, 30)} is not a time (HH:MM)`, typeCodes);
  const durationMinutes = durationBetween(time, endTime) ?? 60;

  const fields = meetingGuideFields(typeCodes, attendance);
  const model = meetingGuideListingModel(m, typeCodes, attendance);
  const conferenceUrl = text(m.conference_url);
  const format: DeliveryFormat = fields.format ?? (conferenceUrl && !hasPlace(m) ? 'ONLINE' : 'IN_PERSON');

  // Place: exact unless the feed says approximate; none for online meetings (their point is only an affinity).
  let location: ResourceInput['location'] = undefined;
  let geocode: MappedRecord['geocode'];
  const pointLat = parseCoordinate(m.latitude);
  const pointLng = parseCoordinate(m.longitude);
  // Even an online meeting's point (its area) tells its time zone.
  const zonePoint =
    pointLat !== null && pointLng !== null && Math.abs(pointLat) <= 90 && Math.abs(pointLng) <= 180
      ? { latitude: pointLat, longitude: pointLng }
      : undefined;
  if (format !== 'ONLINE') {
    const approximate = m.approximate === true || text(m.approximate)?.toLowerCase() === 'yes';
    const formatted = text(m.formatted_address);
    // Separate fields when given (they say more than one line can); else the formatted line.
    const parts =
      formatted && !text(m.address) && !text(m.city)
        ? splitFormattedAddress(formatted)
        : {
            address: text(m.address),
            locality: text(m.city),
            region: null,
            postalCode: text(m.postal_code),
            country: countryCode(text(m.country)),
          };
    const latitude = parseCoordinate(m.latitude);
    const longitude = parseCoordinate(m.longitude);
    const country = parts.country ?? (latitude !== null && longitude !== null ? countryAt(latitude, longitude) : null);
    const region = parts.region ?? regionCode(country, text(m.state));
    const base = {
      name: text(m.location),
      address: parts.address,
      locality: parts.locality,
      region,
      postalCode: parts.postalCode,
      country: country ?? '',
      approximate,
    };
    if (latitude === null || longitude === null) {
      const query =
        formatted ??
        [parts.address, parts.locality, text(m.state), parts.postalCode, text(m.country)].filter(Boolean).join(', ');
      if (!query) return skip(ref, 'NO_LOCATION', 'no coordinates and no address', typeCodes);
      geocode = { query, countryHint: country };
      location = { ...base, latitude: NaN, longitude: NaN };
    } else {
      location = { ...base, latitude, longitude };
    }
  }

  const explicitZone = text(m.timezone);
  const timeZone = explicitZone ?? opts.timeZone;
  const description = [text(m.notes), text(m.location_notes)].filter(Boolean).join('\n\n') || null;
  const input: ResourceInput = {
    kind: 'PEER_GROUP',
    externalId: slug,
    name: name.slice(0, 200),
    description,
    format,
    topics: opts.topics.length ? opts.topics : [MEETING_GUIDE_DEFAULT_TOPIC],
    languages: fields.languages,
    audiences: fields.audiences,
    accessibility: fields.accessibility,
    location: location ?? null,
    // An online meeting's join link is the way in; otherwise the meeting's page on the area's site.
    url: format !== 'IN_PERSON' && conferenceUrl ? conferenceUrl : (text(m.url) ?? text(m.website)),
    facilitation: 'PEER_LED',
    ...model,
    schedule: {
      rrule: `FREQ=WEEKLY;BYDAY=${days
        .sort()
        .map((d) => DAYS[d])
        .join(',')}`,
      timeZone: timeZone ?? '',
      startTime: time,
      durationMinutes,
    },
  };
  return { ref, input, typeCodes, geocode, needsTimeZone: !timeZone, zonePoint };
}

const hasPlace = (m: Record<string, unknown>) =>
  parseCoordinate(m.latitude) !== null ||
  Boolean(text(m.address)) ||
  (Boolean(text(m.formatted_address)) && text(m.approximate)?.toLowerCase() !== 'yes');

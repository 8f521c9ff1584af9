import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { zoneFor } from './zones.ts';

// Zones with an hour's change, a half hour's (Lord Howe), odd offsets (Kathmandu, Chatham) and none (Tokyo).
const ZONES = [
  'Europe/London',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kathmandu',
  'Asia/Tokyo',
];

const MINUTE = 60_000;

/** Every 7 minutes across the day of each of a year's offset changes, and a little either side. */
function instantsAroundChanges(zone: string): number[] {
  const exact = IANAZone.create(zone);
  const out: number[] = [];
  const start = Date.UTC(2026, 0, 1);
  let previous = exact.offset(start);
  for (let t = start; t < Date.UTC(2028, 0, 1); t += 60 * MINUTE) {
    const offset = exact.offset(t);
    if (offset !== previous) for (let u = t - 13 * 60 * MINUTE; u < t + 13 * 60 * MINUTE; u += 7 * MINUTE) out.push(u);
    previous = offset;
  }
  for (let d = 0; d < 730; d += 5) out.push(start + d * 1440 * MINUTE + 19 * 60 * MINUTE);
  return out;
}

describe('remembered zone offsets', () => {
  it.each(ZONES)('%s: every offset equals Intl’s, asked twice (the second time from memory)', (name) => {
    const exact = IANAZone.create(name);
    const remembered = zoneFor(name);
    expect(typeof remembered).not.toBe('string');
    const instants = instantsAroundChanges(name);
    for (let pass = 0; pass < 2; pass++)
      for (const t of instants) {
        if ((remembered as IANAZone).offset(t) !== exact.offset(t))
          throw new Error(
            `${name} at ${new Date(t).toISOString()}: ${(remembered as IANAZone).offset(t)} ≠ ${exact.offset(t)}`,
          );
      }
  });

  it('places wall-clock times exactly as luxon does, also in the hour that is skipped or repeated', () => {
    for (const name of ZONES)
      for (const t of instantsAroundChanges(name)) {
        const wall = DateTime.fromMillis(t, { zone: name });
        const fields = { year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute };
        const a = DateTime.fromObject(fields, { zone: name }).toMillis();
        const b = DateTime.fromObject(fields, { zone: zoneFor(name) }).toMillis();
        if (a !== b) throw new Error(`${name} ${JSON.stringify(fields)}: ${b} ≠ ${a}`);
      }
  });

  it('hands luxon anything that is not an IANA name as it is', () => {
    expect(zoneFor('UTC')).toBe('UTC');
    expect(zoneFor('Not/AZone')).toBe('Not/AZone');
    expect(
      DateTime.fromObject({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, { zone: zoneFor('UTC') }).toISO(),
    ).toBe('2026-03-29T01:30:00.000Z');
  });
});

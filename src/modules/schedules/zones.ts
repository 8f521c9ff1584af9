import { IANAZone, type Zone } from 'luxon';

/**
 * Time zones whose UTC offsets are remembered. Luxon asks Intl for a zone's offset (formatToParts) every time it
 * places a wall-clock time in the zone or reads one back, several times per meeting: on a listing page with its
 * next meetings that was about 5% of the server's CPU. Offsets change rarely (twice a year where clocks change),
 * so each one found is remembered for its quarter of an hour, but only when the offset is the same at both ends of
 * that quarter: then no change falls inside it (no zone changes its offset twice within 15 minutes), and every
 * instant in it has that offset. A quarter with a change in it is asked of Intl each time, as before.
 */
const QUARTER_MS = 15 * 60_000;
const MEMO_LIMIT = 20_000;

class RememberedZone extends IANAZone {
  readonly #offsets = new Map<number, number>();

  override offset(ts: number): number {
    const quarter = Math.floor(ts / QUARTER_MS);
    const known = this.#offsets.get(quarter);
    if (known !== undefined) return known;
    const start = super.offset(quarter * QUARTER_MS);
    if (Number.isFinite(start) && super.offset((quarter + 1) * QUARTER_MS - 1) === start) {
      if (this.#offsets.size >= MEMO_LIMIT) this.#offsets.clear();
      this.#offsets.set(quarter, start);
      return start;
    }
    return super.offset(ts);
  }
}

const zones = new Map<string, Zone | string>();

/**
 * The zone to hand luxon for an IANA name. Anything that is not a valid IANA name (including "UTC", which luxon
 * treats as a fixed offset already) is handed over as the name, so luxon behaves exactly as it did.
 */
export function zoneFor(name: string): Zone | string {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = name.includes('/') && IANAZone.isValidZone(name) ? new RememberedZone(name) : name;
    if (zones.size < 1_000) zones.set(name, zone);
  }
  return zone;
}

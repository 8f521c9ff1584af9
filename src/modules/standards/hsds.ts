import { DateTime } from 'luxon';
import { v5 as uuidv5 } from 'uuid';
import { TIME_ZONE_EXTENSION } from '../feeds/formats/hsds.ts';
import type { Db } from '../../db/database.ts';
import { listingOf } from '../partners/snapshot.ts';
import { privatiseLocation } from '../resources/listing.ts';
import * as repo from './repository.ts';

// HSDS 3.0 objects for published listings. Ids are UUIDv5 of our ids under a fixed namespace, so they are
// stable and opaque. An approximate place stays approximate: rounded point, no venue name, no street address.

/** Fixed for ever: changing it changes every published HSDS id. */
export const HSDS_NAMESPACE = '3c5f3f8e-8a56-4c55-9a4f-0f4f1c7e5b21';
export const hsdsId = (kind: string, id: number | string) => uuidv5(`${kind}:${id}`, HSDS_NAMESPACE);
export const TAXONOMY_ID = hsdsId('taxonomy', 'peer-atlas-topics');

type Published = Awaited<ReturnType<typeof repo.findPublished>>[number];
type Org = { id: number; name: string; url: string | null };

const DAY_NAMES: Record<string, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

export function toHsdsOrganization(o: Org) {
  return {
    id: hsdsId('organization', o.id),
    name: o.name,
    description: `${o.name}: peer support listed in Peer Atlas`,
    ...(o.url ? { website: o.url } : {}),
  };
}

function plusMinutes(time: string, minutes: number): string {
  const t = (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** A service with its organisation, location (service_at_locations), schedules, languages and topics. */
export function toHsdsService(
  p: Published,
  org: Org,
  topicNames: Map<string, { id: number; name: string }>,
  full: boolean,
) {
  const l = listingOf(p.resource, p.parts);
  const id = l.externalId;
  void id;
  const rid = p.resource.id;
  const service: Record<string, unknown> = {
    id: hsdsId('service', rid),
    name: l.name,
    ...(l.description ? { description: l.description } : {}),
    ...(l.url ? { url: l.url } : {}),
    status: 'active',
    last_modified: p.resource.updatedAt.toISOString(),
    organization: toHsdsOrganization(org),
  };
  if (!full) return service;
  const schedule = l.schedule && {
    id: hsdsId('schedule', rid),
    freq: /FREQ=(WEEKLY|MONTHLY|DAILY|YEARLY)/.exec(l.schedule.rrule)?.[1] ?? 'WEEKLY',
    ...(/INTERVAL=(\d+)/.exec(l.schedule.rrule)
      ? { interval: Number(/INTERVAL=(\d+)/.exec(l.schedule.rrule)![1]) }
      : {}),
    ...(/BYDAY=([^;]+)/.exec(l.schedule.rrule) ? { byday: /BYDAY=([^;]+)/.exec(l.schedule.rrule)![1] } : {}),
    ...(/BYMONTHDAY=([^;]+)/.exec(l.schedule.rrule)
      ? { bymonthday: /BYMONTHDAY=([^;]+)/.exec(l.schedule.rrule)![1] }
      : {}),
    dtstart: l.schedule.startDate,
    opens_at: l.schedule.startTime,
    closes_at: plusMinutes(l.schedule.startTime, l.schedule.durationMinutes),
    description: `${describeDays(l.schedule.rrule)} ${l.schedule.startTime} (${l.schedule.timeZone})`.trim(),
    notes: `Times are local to ${l.schedule.timeZone}.`,
    timezone: DateTime.now().setZone(l.schedule.timeZone).offset / 60,
    [TIME_ZONE_EXTENSION]: l.schedule.timeZone,
    attending_type: l.format === 'ONLINE' ? 'online' : l.format === 'HYBRID' ? 'in person or online' : 'in person',
  };
  const sals: Array<Record<string, unknown>> = [];
  if (l.location) {
    const loc = privatiseLocation(l.location);
    sals.push({
      id: hsdsId('service_at_location', rid),
      ...(schedule ? { schedules: [schedule] } : {}),
      location: {
        id: hsdsId('location', rid),
        location_type: 'physical',
        ...(loc.name ? { name: loc.name } : {}),
        latitude: loc.latitude,
        longitude: loc.longitude,
        ...(loc.approximate ? { description: 'Approximate area: the host keeps the exact place private.' } : {}),
        addresses: loc.address
          ? [
              {
                id: hsdsId('address', rid),
                address_1: loc.address,
                city: loc.locality ?? '',
                state_province: loc.region ?? '',
                postal_code: loc.postalCode ?? '',
                country: loc.country,
                address_type: 'physical',
              },
            ]
          : [],
        accessibility: l.accessibility.length
          ? [{ id: hsdsId('accessibility', rid), description: l.accessibility.map(accessibilityText).join('. ') }]
          : [],
      },
    });
  }
  if (l.format !== 'IN_PERSON') {
    sals.push({
      id: hsdsId('service_at_location:virtual', rid),
      ...(schedule && !l.location ? { schedules: [schedule] } : {}),
      location: { id: hsdsId('location:virtual', rid), location_type: 'virtual', ...(l.url ? { url: l.url } : {}) },
    });
  }
  service.service_at_locations = sals;
  service.languages = l.languages.map((code) => ({ id: hsdsId(`language:${code}`, rid), code }));
  service.attributes = l.topicSlugs.map((slug) => {
    const t = topicNames.get(slug);
    return {
      id: hsdsId(`attribute:${slug}`, rid),
      taxonomy_term_id: hsdsId('topic', t?.id ?? slug),
      taxonomy_term: {
        id: hsdsId('topic', t?.id ?? slug),
        code: slug,
        name: t?.name ?? slug,
        description: t?.name ?? slug,
        taxonomy: 'Peer Atlas topics',
        taxonomy_id: TAXONOMY_ID,
      },
    };
  });
  return service;
}

function describeDays(rrule: string) {
  const days = /BYDAY=([^;]+)/.exec(rrule)?.[1]?.split(',') ?? [];
  const nth = (n: string) =>
    n === '-1'
      ? 'last '
      : n
        ? `${n}${['th', 'st', 'nd', 'rd'][Number(n) % 10 > 3 || (Number(n) > 10 && Number(n) < 14) ? 0 : Number(n) % 10]} `
        : '';
  return days
    .map((d) => {
      const m = /^([+-]?\d+)?([A-Z]{2})$/.exec(d);
      return m ? `${nth(m[1]?.replace('+', '') ?? '')}${DAY_NAMES[m[2]!] ?? m[2]}` : d;
    })
    .join(', ');
}

const accessibilityText = (f: string) =>
  ({
    STEP_FREE_ACCESS: 'Wheelchair and step-free access',
    ACCESSIBLE_TOILET: 'Accessible toilet',
    HEARING_LOOP: 'Hearing (induction) loop',
    SIGN_LANGUAGE: 'Sign language',
    CAPTIONS: 'Captions',
    DIAL_IN_BY_PHONE: 'Dial in by phone',
    LOW_BANDWIDTH: 'Low bandwidth',
    QUIET_SPACE: 'Quiet space',
  })[f] ?? f;

/** Maps HSDS UUIDs back to our ids: UUIDv5 cannot be inverted, so ids are hashed once and remembered. */
export class HsdsIdIndex {
  private readonly resources = new Map<string, number>();
  private scannedTo = 0;
  private orgs = new Map<string, number>();

  async resourceId(db: Db, uuid: string): Promise<number | null> {
    if (!this.resources.has(uuid)) {
      for (const { id } of await repo.allPublishedIds(db, this.scannedTo)) {
        this.resources.set(hsdsId('service', id), id);
        this.scannedTo = Math.max(this.scannedTo, id);
      }
    }
    return this.resources.get(uuid) ?? null;
  }

  async organizationId(db: Db, uuid: string): Promise<number | null> {
    if (!this.orgs.has(uuid))
      this.orgs = new Map((await repo.allOrganizationIds(db)).map((o) => [hsdsId('organization', o.id), o.id]));
    return this.orgs.get(uuid) ?? null;
  }
}

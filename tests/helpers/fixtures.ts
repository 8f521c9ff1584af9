import type { Database } from '../../src/db/database.ts';
import { createKey, createPartner } from '../../src/modules/auth/admin.ts';
import type { NewListing } from '../../src/modules/resources/listing.ts';
import { insertListings, refreshSearch } from '../../src/modules/resources/write-repository.ts';
import { materializeOccurrences } from '../../src/modules/schedules/occurrences.ts';
import { encodeId } from '../../src/shared/ids.ts';
import { emptyDetails, type ListingDetails } from '../../src/modules/listing/model.ts';

// Builders that read like the domain: a partner, its listings near a place.

export const LEEDS = { latitude: 53.8008, longitude: -1.5491 };
export const LONDON = { latitude: 51.5074, longitude: -0.1278 };

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`;

export async function partner(database: Database, opts: { trusted?: boolean; name?: string } = {}) {
  const p = await createPartner(database.db, {
    name: opts.name ?? unique('Partner'),
    trusted: opts.trusted ?? true,
    allowDuplicate: true,
  });
  return { ...p, organizationGid: encodeId('Organization', p.organizationId) };
}

export async function roleKey(database: Database, role: 'moderator' | 'analyst') {
  return (await createKey(database.db, { role, name: unique(role) })).token;
}

export function listing(organizationId: number, overrides: Partial<NewListing> = {}): NewListing {
  const kind = overrides.kind ?? 'PEER_GROUP';
  const format = overrides.format ?? 'IN_PERSON';
  return {
    organizationId,
    kind,
    externalId: null,
    name: unique('Test group'),
    description: null,
    format,
    languages: ['en'],
    isFree: true,
    audiences: [],
    accessibility: [],
    url: null,
    status: 'PUBLISHED',
    lastVerifiedAt: null,
    facilitation: kind === 'PEER_GROUP' ? 'PEER_LED' : null,
    capacity: null,
    registrationUrl: null,
    platform: kind === 'ONLINE_COMMUNITY' ? 'Discord' : null,
    moderated: kind === 'ONLINE_COMMUNITY' ? true : null,
    topicSlugs: ['anxiety'],
    location:
      format === 'ONLINE'
        ? null
        : {
            name: 'Hall',
            address: '1 Test Street',
            locality: 'Leeds',
            region: 'GB-ENG',
            postalCode: 'LS1 1AA',
            country: 'GB',
            ...LEEDS,
            approximate: false,
          },
    schedule: null,
    sessions: [],
    ...overrides,
  };
}

/** Writes listings straight through the repository (the partner API has its own tests). */
export async function addListings(database: Database, listings: NewListing[]): Promise<number[]> {
  return database.db.transaction().execute(async (trx) => {
    const ids = await insertListings(trx, listings);
    await refreshSearch(trx, ids);
    await materializeOccurrences(trx, ids);
    return ids;
  });
}

/** Listing-model details of a free listing that states it is open to anyone (attendance ANYONE). */
export function openToAll(): ListingDetails {
  return {
    ...emptyDetails(),
    eligibility: {
      attendance: 'ANYONE',
      minimumAge: null,
      maximumAge: null,
      referralRequired: false,
      description: null,
    },
    cost: { ...emptyDetails().cost, model: 'FREE' },
  };
}

export const resourceGid = (id: number) => encodeId('Resource', id);

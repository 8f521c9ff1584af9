import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addListings, listing, partner, resourceGid, unique } from './helpers/fixtures.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { graphql } from './generated/index.ts';

// A write must not leave anything of the listing it changed in the request's loaders: fields after the write
// (its payload, the next mutation's) read the new state. One mutation document reads every part of a listing,
// then changes every part, then reads them again; a loader the write forgot would answer the old value.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

graphql(`
  fragment InvalidationParts on Resource {
    __typename
    id
    name
    version
    topics {
      slug
    }
    location {
      locality
    }
    organization {
      resources(first: 100) {
        totalCount
        edges {
          node {
            id
            name
          }
        }
      }
    }
    ... on PeerGroup {
      schedule {
        rrule
      }
      nextMeetings(first: 1, from: "2027-03-01T00:00:00Z") {
        startsAt
      }
      history(first: 2) {
        action
      }
      pendingRevision {
        changedFields
      }
    }
    ... on Workshop {
      sessions {
        startsAt
      }
    }
  }
`);

const READ_WRITE_READ = graphql(`
  mutation InvalidationReadWriteRead($id: ID!, $patch: ResourcePatch!) {
    before: verifyResource(id: $id) {
      resource {
        ...InvalidationParts
      }
    }
    after: updateResource(id: $id, patch: $patch) {
      resource {
        ...InvalidationParts
      }
      awaitingReview
      userErrors {
        code
      }
    }
  }
`);

const schedule = { rrule: 'FREQ=WEEKLY;BYDAY=MO', timeZone: 'Europe/London', startTime: '19:00', durationMinutes: 90 };

describe('loaders after a write in the same request', () => {
  it('a peer group: every part read before the write is read anew after it', async () => {
    const p = await partner(s.database, { trusted: true });
    const [id] = await addListings(s.database, [
      listing(p.organizationId, { schedule: { ...schedule, startDate: '2026-01-05', cancelledDates: [] } }),
    ]);
    const name = unique('Renamed group');
    const r = await s.gql(
      READ_WRITE_READ,
      {
        id: resourceGid(id!),
        patch: {
          name,
          topics: ['depression'],
          location: { country: 'GB', region: 'GB-ENG', locality: 'York', latitude: 53.96, longitude: -1.08 },
          schedule: { ...schedule, rrule: 'FREQ=WEEKLY;BYDAY=TH', startDate: '2027-01-07' },
        },
      },
      p.token,
    );
    expect(r.errors).toBeUndefined();
    const before = r.data.before.resource!;
    const after = r.data.after.resource!;
    expect(r.data.after.userErrors).toEqual([]);
    expect(before.topics).toEqual([{ slug: 'anxiety' }]);
    expect(after).toMatchObject({
      name,
      version: before.version + 1,
      topics: [{ slug: 'depression' }],
      location: { locality: 'York' },
    });
    if (before.__typename !== 'PeerGroup' || after.__typename !== 'PeerGroup') throw new Error('not a peer group');
    expect(before.schedule!.rrule).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(after.schedule!.rrule).toBe('FREQ=WEEKLY;BYDAY=TH');
    // 2027-03-01 is a Monday; the new rule meets on Thursdays.
    expect(new Date(before.nextMeetings[0]!.startsAt).getUTCDay()).toBe(1);
    expect(new Date(after.nextMeetings[0]!.startsAt).getUTCDay()).toBe(4);
    expect(before.history!.map((h) => h.action)).toEqual(['VERIFIED']);
    expect(after.history!.map((h) => h.action)).toEqual(['UPDATED', 'VERIFIED']);
    // The organisation's page of listings is keyed by organisation, not listing: it is read anew too.
    const names = (c: typeof after) => c.organization.resources.edges.map((e) => e.node.name);
    expect(names(before)).not.toContain(name);
    expect(names(after)).toContain(name);
  });

  it("an untrusted partner's edit of a published listing: the pending revision appears", async () => {
    const p = await partner(s.database, { trusted: false });
    const [id] = await addListings(s.database, [listing(p.organizationId)]);
    const r = await s.gql(READ_WRITE_READ, { id: resourceGid(id!), patch: { name: unique('Proposed') } }, p.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.after.awaitingReview).toBe(true);
    const [before, after] = [r.data.before.resource!, r.data.after.resource!];
    if (before.__typename !== 'PeerGroup' || after.__typename !== 'PeerGroup') throw new Error('not a peer group');
    expect(before.pendingRevision).toBeNull();
    expect(after.pendingRevision!.changedFields).toEqual(['name']);
  });

  it("a workshop's sessions", async () => {
    const p = await partner(s.database, { trusted: true });
    const at = (iso: string) => ({ startsAt: new Date(iso), endsAt: null, timeZone: 'Europe/London' });
    const [id] = await addListings(s.database, [
      listing(p.organizationId, { kind: 'WORKSHOP', sessions: [at('2027-05-01T10:00:00Z')] }),
    ]);
    const r = await s.gql(
      READ_WRITE_READ,
      { id: resourceGid(id!), patch: { sessions: [{ startsAt: '2027-06-01T10:00:00Z', timeZone: 'Europe/London' }] } },
      p.token,
    );
    expect(r.errors).toBeUndefined();
    const [before, after] = [r.data.before.resource!, r.data.after.resource!];
    if (before.__typename !== 'Workshop' || after.__typename !== 'Workshop') throw new Error('not a workshop');
    expect(before.sessions.map((m) => m.startsAt)).toEqual(['2027-05-01T10:00:00.000Z']);
    expect(after.sessions.map((m) => m.startsAt)).toEqual(['2027-06-01T10:00:00.000Z']);
  });
});

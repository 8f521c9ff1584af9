import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEEDS, partner, roleKey, unique } from './helpers/fixtures.ts';
import { errorCode, startTestServer, type TestServer } from './helpers/server.ts';
import { hsdsId } from '../src/modules/standards/hsds.ts';
import { graphql } from './generated/index.ts';
import type { ListingAgeQueryVariables, ResourceInput } from './generated/graphql.ts';

// The listing model through the API: how to join, contacts and their tiers, online access, eligibility,
// running status, notices and cost, with the privacy rules for each kind of caller.

let s: TestServer;
let moderator: string;
let analyst: string;
beforeAll(async () => {
  s = await startTestServer();
  moderator = await roleKey(s.database, 'moderator');
  analyst = await roleKey(s.database, 'analyst');
});
afterAll(() => s.close());

// The listing model as every caller reads it, with a peer group's history.
graphql(`
  fragment ListingModel on Resource {
    __typename
    joining {
      mode
      instructions
      registrationUrl
      newcomersWelcome
      firstVisit
    }
    contacts {
      id
      label
      role
      method
      value
      visibility
      hours
    }
    online {
      platform
      joinUrl
      meetingId
      passcode
      dialIn {
        number
        country
        notes
      }
      visibility
      instructions
    }
    eligibility {
      attendance
      minimumAge
      maximumAge
      referralRequired
      description
    }
    operationalStatus
    statusUntil
    notices {
      kind
      text
      startsOn
      endsOn
    }
    cost {
      model
      amount
      currency
      per
      concessions
      description
    }
    isFree
    languages
    accessibility
    location {
      name
      address
      accessNotes
      approximate
      addressOnRequest
    }
    ... on PeerGroup {
      history {
        action
        before
        after
      }
    }
  }
`);
graphql(`
  fragment ListingPayload on ResourcePayload {
    resource {
      id
      version
      ...ListingModel
    }
    userErrors {
      field
      code
      message
    }
    warnings {
      field
      code
    }
    duplicates {
      score
    }
  }
`);
const SUBMIT = graphql(`
  mutation ListingSubmit($input: ResourceInput!) {
    submitResource(input: $input) {
      ...ListingPayload
    }
  }
`);
const UPDATE = graphql(`
  mutation ListingUpdate($id: ID!, $patch: ResourcePatch!) {
    updateResource(id: $id, patch: $patch) {
      ...ListingPayload
    }
  }
`);
const READ = graphql(`
  query ListingRead($id: ID!) {
    resource(id: $id) {
      id
      ...ListingModel
    }
  }
`);

/** A listing as the kind the test made it (its own fields typed); any other kind, or none, fails the test. */
function ofKind<T extends { __typename: string }, K extends T['__typename']>(
  r: T | null | undefined,
  kind: K,
): Extract<T, { __typename: K }> {
  if (r?.__typename !== kind) throw new Error(`expected a ${kind}, got ${r?.__typename}`);
  return r as Extract<T, { __typename: K }>;
}

const group = (over: Partial<ResourceInput> = {}): ResourceInput => ({
  kind: 'PEER_GROUP',
  name: unique('Leeds Hearing Voices Group'),
  format: 'IN_PERSON',
  topics: ['psychosis-and-hearing-voices'],
  facilitation: 'PEER_LED',
  location: { country: 'GB', region: 'GB-ENG', locality: 'Leeds', address: '1 Park Row', ...LEEDS },
  schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU', timeZone: 'Europe/London', startTime: '19:00', durationMinutes: 90 },
  ...over,
});

async function submit(token: string, input: ResourceInput) {
  const r = await s.gql(SUBMIT, { input }, token);
  expect(r.errors).toBeUndefined();
  return r.data.submitResource;
}

describe('cost and language honesty', () => {
  it('stores UNKNOWN cost and no languages when a new listing states neither, and freeOnly leaves it out', async () => {
    const p = await partner(s.database);
    const r = (await submit(p.token, group())).resource!;
    expect(r.cost.model).toBe('UNKNOWN');
    expect(r.isFree).toBe(false);
    expect(r.languages).toEqual([]);
    const free = (
      await submit(
        p.token,
        group({ cost: { model: 'FREE_DONATIONS_WELCOME', amount: 3, currency: 'gbp', per: 'SESSION' } }),
      )
    ).resource!;
    expect(free.cost).toMatchObject({ model: 'FREE_DONATIONS_WELCOME', amount: 3, currency: 'GBP', per: 'SESSION' });
    expect(free.isFree).toBe(true);
    const found = await s.gql(
      graphql(`
        query ListingFree($o: [ID!]) {
          resources(filter: { organizationIds: $o, freeOnly: true }) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { o: [p.organizationGid] },
    );
    expect(found.data.resources.edges.map((e) => e.node.id)).toEqual([free.id]);
    const byModel = await s.gql(
      graphql(`
        query ListingByCostModel($o: [ID!]) {
          resources(filter: { organizationIds: $o, costModels: [UNKNOWN] }) {
            totalCount
          }
        }
      `),
      { o: [p.organizationGid] },
    );
    expect(byModel.data.resources.totalCount).toBe(1);
  });

  it('maps isFree without cost, refuses a contradiction, and keeps the stored cost when an upsert omits it', async () => {
    const p = await partner(s.database);
    expect((await submit(p.token, group({ isFree: true }))).resource!.cost.model).toBe('FREE');
    expect((await submit(p.token, group({ isFree: false }))).resource!.cost.model).toBe('FIXED_FEE');
    const bad = await submit(
      p.token,
      group({ isFree: true, cost: { model: 'FIXED_FEE', amount: 5, currency: 'GBP' } }),
    );
    expect(bad.userErrors).toEqual([expect.objectContaining({ field: ['isFree'], code: 'INVALID' })]);
    expect((await submit(p.token, group({ cost: { model: 'FIXED_FEE', amount: 5 } }))).userErrors[0]).toMatchObject({
      field: ['cost', 'currency'],
      code: 'REQUIRED',
    });
    expect(
      (await submit(p.token, group({ cost: { model: 'FIXED_FEE', amount: -1, currency: 'XXQ' } }))).userErrors
        .map((e) => e.code)
        .sort(),
    ).toEqual(['INVALID', 'OUT_OF_RANGE']);

    const input = group({
      externalId: 'cost-1',
      languages: ['fr'],
      cost: { model: 'PAY_WHAT_YOU_CAN', amount: 4, currency: 'EUR' },
    });
    await submit(p.token, input);
    const { cost: _c, languages: _l, ...rest } = input;
    const again = (await submit(p.token, { ...rest, description: 'now with a description' })).resource!;
    expect(again.cost).toMatchObject({ model: 'PAY_WHAT_YOU_CAN', amount: 4 });
    expect(again.languages).toEqual(['fr']);
    // isFree alone on an update replaces the cost with what it says; null clears to UNKNOWN.
    const patched = (await s.gql(UPDATE, { id: again.id, patch: { isFree: true } }, p.token)).data.updateResource
      .resource!;
    expect(patched.cost.model).toBe('FREE');
    const cleared = (await s.gql(UPDATE, { id: again.id, patch: { cost: null, languages: null } }, p.token)).data
      .updateResource.resource!;
    expect(cleared.cost.model).toBe('UNKNOWN');
    expect(cleared.languages).toEqual([]);
  });
});

describe('joining', () => {
  it('needs a contact or a url for CONTACT_FIRST and keeps the one-fact-one-truth links', async () => {
    const p = await partner(s.database);
    const none = await submit(p.token, group({ joining: { mode: 'CONTACT_FIRST' } }));
    expect(none.userErrors).toEqual([expect.objectContaining({ field: ['joining', 'mode'], code: 'REQUIRED' })]);
    const ok = (
      await submit(
        p.token,
        group({ joining: { mode: 'CONTACT_FIRST', instructions: 'Email Jo first' }, url: 'https://example.org/g' }),
      )
    ).resource!;
    expect(ok.joining).toMatchObject({ mode: 'CONTACT_FIRST', instructions: 'Email Jo first' });

    const referral = (await submit(p.token, group({ externalId: 'ref-1', joining: { mode: 'REFERRAL_REQUIRED' } })))
      .resource!;
    expect(referral.eligibility!.referralRequired).toBe(true);
    const clash = await submit(
      p.token,
      group({ joining: { mode: 'DROP_IN' }, eligibility: { referralRequired: true } }),
    );
    expect(clash.userErrors[0]).toMatchObject({ field: ['eligibility', 'referralRequired'], code: 'INVALID' });
    // Changing the mode on its own moves the referral flag with it.
    const dropIn = (await s.gql(UPDATE, { id: referral.id, patch: { joining: { mode: 'DROP_IN' } } }, p.token)).data
      .updateResource;
    expect(dropIn.userErrors).toEqual([]);
    expect(dropIn.resource!.eligibility!.referralRequired).toBe(false);

    const full = (await submit(p.token, group({ operationalStatus: 'NOT_TAKING_NEW_MEMBERS' }))).resource!;
    expect(full.joining.mode).toBe('NOT_TAKING_NEW_MEMBERS');
    const open = (
      await s.gql(UPDATE, { id: full.id, patch: { joining: { mode: 'DROP_IN', newcomersWelcome: true } } }, p.token)
    ).data.updateResource.resource!;
    expect(open).toMatchObject({ operationalStatus: 'ACTIVE', joining: { mode: 'DROP_IN', newcomersWelcome: true } });
  });

  it('keeps Workshop.registrationUrl and joining.registrationUrl one value, and filters by join mode', async () => {
    const p = await partner(s.database);
    const w = (
      await s.gql(
        graphql(`
          mutation ListingWorkshopRegistration($input: ResourceInput!) {
            submitResource(input: $input) {
              resource {
                __typename
                id
                joining {
                  mode
                  registrationUrl
                }
                ... on Workshop {
                  registrationUrl
                }
              }
              userErrors {
                field
                code
              }
            }
          }
        `),
        {
          input: {
            kind: 'WORKSHOP',
            name: unique('Wellbeing workshop'),
            format: 'IN_PERSON',
            topics: ['anxiety'],
            location: { country: 'GB', ...LEEDS },
            sessions: [{ startsAt: new Date(Date.now() + 86_400_000).toISOString(), timeZone: 'Europe/London' }],
            joining: { mode: 'REGISTER_ONCE', registrationUrl: 'https://example.org/book' },
          },
        },
        p.token,
      )
    ).data.submitResource;
    expect(w.userErrors).toEqual([]);
    const workshop = ofKind(w.resource, 'Workshop');
    expect(workshop.registrationUrl).toBe('https://example.org/book');
    expect(workshop.joining.registrationUrl).toBe('https://example.org/book');
    await submit(p.token, group({ joining: { mode: 'DROP_IN' } }));
    const r = await s.gql(
      graphql(`
        query ListingByJoinMode($o: [ID!]) {
          resources(filter: { organizationIds: $o, joinModes: [REGISTER_ONCE, REGISTER_EACH_TIME] }) {
            totalCount
            edges {
              node {
                id
              }
            }
            facets {
              kinds {
                value
                count
              }
            }
          }
        }
      `),
      { o: [p.organizationGid] },
    );
    expect(r.data.resources.totalCount).toBe(1);
    expect(r.data.resources.edges[0]!.node.id).toBe(workshop.id);
    expect(r.data.resources.facets.kinds).toEqual([{ value: 'WORKSHOP', count: 1 }]);
  });
});

describe('privacy tiers', () => {
  const secretPhone = '+44 7700 900123';
  const partnersEmail = 'referrals@example.org';
  const publicPhone = '+44 113 496 0000';

  async function privateGroup() {
    const owner = await partner(s.database);
    const r = await submit(
      owner.token,
      group({
        name: unique('Tuesday Hearing Voices'),
        description: 'A peer group',
        contacts: [
          { label: 'Jo', role: 'FACILITATOR', method: 'PHONE', value: secretPhone },
          { label: 'Referrals', role: 'ORGANISATION', method: 'EMAIL', value: partnersEmail, visibility: 'PARTNERS' },
          { label: 'Office', role: 'ORGANISATION', method: 'PHONE', value: publicPhone },
        ],
        format: 'HYBRID',
        online: {
          platform: 'Zoom',
          joinUrl: 'https://zoom.example/j/857796',
          meetingId: '857 796',
          passcode: 'calm42',
          dialIn: [{ number: '+44 20 3481 5237', country: 'GB' }],
          visibility: 'ON_REQUEST',
          instructions: 'Cameras optional',
        },
        location: {
          country: 'GB',
          locality: 'Leeds',
          name: "St Mary's Hall",
          address: '1 Park Row',
          accessNotes: 'Side door, ring the buzzer',
          ...LEEDS,
        },
      }),
    );
    expect(r.userErrors).toEqual([]);
    return { owner, id: r.resource!.id, r: r.resource! };
  }

  it('shows each caller exactly their tier: anonymous, analyst, another partner, the owner, a moderator', async () => {
    const { owner, id, r } = await privateGroup();
    expect(r.contacts.map((c) => c.visibility)).toEqual(['ON_REQUEST', 'PARTNERS', 'PUBLIC']);
    expect(r.accessibility).toContain('DIAL_IN_BY_PHONE');
    const other = await partner(s.database);
    const seen = async (key?: string) => (await s.gql(READ, { id }, key)).data.resource!;
    for (const key of [undefined, analyst]) {
      const view = await seen(key);
      expect(view.contacts.map((c) => c.value)).toEqual([null, null, publicPhone]);
      expect(view.online).toMatchObject({
        platform: 'Zoom',
        joinUrl: null,
        meetingId: null,
        passcode: null,
        dialIn: [{ number: null, country: 'GB' }],
        instructions: 'Cameras optional',
      });
      expect(JSON.stringify(view)).not.toContain('calm42');
      expect(JSON.stringify(view)).not.toContain('7700');
    }
    const partnerView = await seen(other.token);
    expect(partnerView.contacts.map((c) => c.value)).toEqual([null, partnersEmail, publicPhone]);
    expect(partnerView.online!.joinUrl).toBeNull();
    for (const key of [owner.token, moderator]) {
      const view = await seen(key);
      expect(view.contacts.map((c) => c.value)).toEqual([secretPhone, partnersEmail, publicPhone]);
      expect(view.online).toMatchObject({
        joinUrl: 'https://zoom.example/j/857796',
        passcode: 'calm42',
        dialIn: [{ number: '+44 20 3481 5237' }],
      });
    }
  });

  it('keeps hidden values out of search text, search results, duplicates and history', async () => {
    const { owner, id } = await privateGroup();
    const digits = '7700';
    const doc = await sql<{
      doc: string;
      tsv: string;
    }>`select search_doc as doc, search_tsv::text as tsv from resources where id = (select id from resources order by id desc limit 1)`.execute(
      s.database.db,
    );
    expect(doc.rows[0]!.doc + doc.rows[0]!.tsv).not.toMatch(/7700|calm42|referrals|zoom\.example|buzzer/);
    // Typo tolerance may find other listings with similar words ("calm"); never this one.
    for (const text of ['calm42', digits, 'buzzer', 'referrals']) {
      const found = await s.gql(
        graphql(`
          query ListingTextSearch($t: String!, $o: [ID!]) {
            resources(filter: { text: $t, organizationIds: $o }) {
              totalCount
            }
          }
        `),
        { t: text, o: [owner.organizationGid] },
      );
      expect(found.data.resources.totalCount, text).toBe(0);
    }
    // A duplicate shown to another partner shows only what that partner may see.
    const other = await partner(s.database);
    const dup = await s.gql(
      graphql(`
        mutation ListingDryRunDuplicates($input: ResourceInput!) {
          submitResource(input: $input, dryRun: true) {
            duplicates {
              resource {
                id
                contacts {
                  value
                }
                online {
                  joinUrl
                }
              }
            }
          }
        }
      `),
      {
        input: group({ name: 'Tuesday Hearing Voices' }),
      },
      other.token,
    );
    const mine = dup.data.submitResource.duplicates.find((d) => d.resource.id === id);
    expect(mine).toBeDefined();
    expect(JSON.stringify(mine)).not.toContain(digits);
    expect(JSON.stringify(mine)).not.toContain('zoom.example');
    // History never holds a non-public value, and a public value that is later hidden or removed leaves it.
    let history = ofKind((await s.gql(READ, { id }, owner.token)).data.resource, 'PeerGroup').history;
    expect(JSON.stringify(history)).not.toMatch(/7700|calm42|referrals@/);
    expect(JSON.stringify(history)).toContain('496 0000');
    const hidden = await s.gql(
      UPDATE,
      {
        id,
        patch: {
          contacts: [
            { label: 'Office', role: 'ORGANISATION', method: 'PHONE', value: publicPhone, visibility: 'ON_REQUEST' },
          ],
        },
      },
      owner.token,
    );
    expect(hidden.data.updateResource.userErrors).toEqual([]);
    history = ofKind((await s.gql(READ, { id }, moderator)).data.resource, 'PeerGroup').history;
    expect(history!.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(history)).not.toMatch(/496 0000|7700|calm42/);
    const internalId = Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
    const rows = await sql<{
      t: string;
    }>`select coalesce(before::text, '') || coalesce(after::text, '') as t from resource_history where resource_id = ${internalId}`.execute(
      s.database.db,
    );
    expect(rows.rows.map((x) => x.t).join('')).not.toMatch(/496 0000|7700 900123|calm42/);
  });

  it('keeps hidden values out of the HSDS and Meeting Guide exports', async () => {
    const { id } = await privateGroup();
    const internalId = Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
    const hsds = await fetch(`${s.url}/hsds/services/${hsdsId('service', internalId)}`);
    expect(hsds.status).toBe(200);
    const hsdsText = await hsds.text();
    expect(hsdsText).toContain('Tuesday Hearing Voices');
    const mg = await (await fetch(`${s.url}/feeds/meeting-guide.json`)).text();
    for (const text of [hsdsText, mg])
      expect(text).not.toMatch(/7700 900123|referrals@example|calm42|zoom\.example|857 796|3481 5237/);
  });

  it('hides the venue name and access notes of an approximate place, says the address is on request', async () => {
    const p = await partner(s.database);
    const r = (
      await submit(
        p.token,
        group({
          location: {
            country: 'GB',
            locality: 'Leeds',
            name: 'The Vicarage',
            address: '2 Church Lane',
            accessNotes: 'Ring the bell at the back',
            approximate: true,
            ...LEEDS,
          },
        }),
      )
    ).resource!;
    expect(r.location).toEqual({
      name: null,
      address: null,
      accessNotes: null,
      approximate: true,
      addressOnRequest: true,
    });
    const rows = await sql<{
      n: number;
    }>`select count(*)::int as n from locations where access_notes = 'Ring the bell at the back' or name = 'The Vicarage'`.execute(
      s.database.db,
    );
    expect(rows.rows[0]!.n).toBe(0);
    const exact = (
      await submit(
        p.token,
        group({ location: { country: 'GB', locality: 'Leeds', accessNotes: 'Side door', ...LEEDS } }),
      )
    ).resource!;
    expect(exact.location).toMatchObject({ accessNotes: 'Side door', addressOnRequest: false });
  });

  it('applies a narrower contact visibility at once for an untrusted partner, the rest waits for review', async () => {
    const p = await partner(s.database, { trusted: false });
    const created = await submit(
      p.token,
      group({ contacts: [{ label: 'Sam', role: 'ORGANISATION', method: 'PHONE', value: publicPhone }] }),
    );
    const id = created.resource!.id;
    const seen = (
      await s.gql(
        graphql(`
          query ListingVersion($id: ID!) {
            resource(id: $id) {
              version
            }
          }
        `),
        { id },
        moderator,
      )
    ).data.resource;
    await s.gql(
      graphql(`
        mutation ListingApprove($id: ID!, $v: Int) {
          reviewResource(id: $id, decision: APPROVE, expectedVersion: $v) {
            userErrors {
              code
            }
          }
        }
      `),
      { id, v: seen!.version },
      moderator,
    );
    const edit = await s.gql(
      UPDATE,
      {
        id,
        patch: {
          description: 'new words',
          contacts: [
            { label: 'Sam', role: 'ORGANISATION', method: 'PHONE', value: publicPhone, visibility: 'ON_REQUEST' },
          ],
        },
      },
      p.token,
    );
    expect(edit.data.updateResource.userErrors).toEqual([]);
    const pub = (
      await s.gql(
        graphql(`
          query ListingPublicContacts($id: ID!) {
            resource(id: $id) {
              description
              contacts {
                value
                visibility
              }
            }
          }
        `),
        { id },
      )
    ).data.resource!;
    expect(pub.contacts).toEqual([{ value: null, visibility: 'ON_REQUEST' }]);
    expect(pub.description).toBeNull();
  });

  it('refuses malformed contact values without echoing them', async () => {
    const p = await partner(s.database);
    const r = await submit(
      p.token,
      group({
        contacts: [
          { method: 'EMAIL', value: 'not-an-address 7700' },
          { method: 'PHONE', value: 'call me maybe' },
        ],
      }),
    );
    expect(r.userErrors.map((e) => e.field.join('.'))).toEqual(['contacts.0.value', 'contacts.1.value']);
    expect(JSON.stringify(r.userErrors)).not.toMatch(/7700|maybe/);
  });
});

describe('eligibility and the age filter', () => {
  it('finds only listings that state a range including a child’s age, and audiences need attendance ANYONE', async () => {
    const p = await partner(s.database);
    const youth = (
      await submit(
        p.token,
        group({
          name: unique('Youth circle'),
          eligibility: { minimumAge: 13, maximumAge: 18, attendance: 'LIVED_EXPERIENCE_ONLY' },
          audiences: ['YOUNG_PEOPLE'],
        }),
      )
    ).resource!;
    const adults = (await submit(p.token, group({ name: unique('Adult group'), eligibility: { minimumAge: 18 } })))
      .resource!;
    const unstated = (await submit(p.token, group({ name: unique('Unstated group') }))).resource!;
    const open = (await submit(p.token, group({ name: unique('Open group'), eligibility: { attendance: 'ANYONE' } })))
      .resource!;
    const q = graphql(`
      query ListingAge($o: [ID!], $age: Int, $a: [Audience!]) {
        resources(filter: { organizationIds: $o, age: $age, audiences: $a }) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
    `);
    const ids = async (vars: Omit<ListingAgeQueryVariables, 'o'>) =>
      (await s.gql(q, { o: [p.organizationGid], ...vars })).data.resources.edges.map((e) => e.node.id).sort();
    expect(await ids({ age: 15 })).toEqual([youth.id]);
    expect(await ids({ age: 30 })).toEqual([adults.id, unstated.id, open.id].sort());
    expect(await ids({ age: 18 })).toEqual([youth.id, adults.id, unstated.id, open.id].sort());
    // A young person's search: aimed at young people, or stated open to anyone; never "stated nothing".
    expect(await ids({ a: ['YOUNG_PEOPLE'] })).toEqual([youth.id, open.id].sort());
    expect(await ids({ a: ['YOUNG_PEOPLE'], age: 15 })).toEqual([youth.id]);
    expect(errorCode(await s.gql(q, { age: -1 }))).toBe('BAD_USER_INPUT');
    const bad = await submit(p.token, group({ eligibility: { minimumAge: 30, maximumAge: 20 } }));
    expect(bad.userErrors[0]).toMatchObject({ field: ['eligibility', 'maximumAge'], code: 'OUT_OF_RANGE' });
  });
});

describe('running status and notices', () => {
  it('hides paused and closed groups from search by default and shows them no next meetings', async () => {
    const p = await partner(s.database);
    const paused = (
      await submit(
        p.token,
        group({
          name: unique('Paused group'),
          operationalStatus: 'PAUSED',
          statusUntil: '2027-01-05',
          notices: [{ kind: 'PAUSE', text: 'Back in January' }],
        }),
      )
    ).resource!;
    const active = (await submit(p.token, group({ name: unique('Active group') }))).resource!;
    const q = graphql(`
      query ListingByStatus($o: [ID!], $st: [OperationalStatus!], $m: Int) {
        resources(filter: { organizationIds: $o, operationalStatuses: $st, meetsWithinDays: $m }) {
          totalCount
          edges {
            node {
              id
            }
          }
          facets {
            formats {
              value
              count
            }
          }
        }
      }
    `);
    const def = (await s.gql(q, { o: [p.organizationGid] })).data.resources;
    expect(def.edges.map((e) => e.node.id)).toEqual([active.id]);
    expect(def.totalCount).toBe(1);
    expect(def.facets.formats).toEqual([{ value: 'IN_PERSON', count: 1 }]);
    const asked = (await s.gql(q, { o: [p.organizationGid], st: ['PAUSED'] })).data.resources;
    expect(asked.edges.map((e) => e.node.id)).toEqual([paused.id]);
    expect((await s.gql(q, { o: [p.organizationGid], st: ['PAUSED'], m: 30 })).data.resources.totalCount).toBe(0);
    const read = (
      await s.gql(
        graphql(`
          query ListingPausedRead($id: ID!) {
            resource(id: $id) {
              operationalStatus
              statusUntil
              notices {
                kind
                text
              }
              ... on PeerGroup {
                nextMeetings(first: 3) {
                  startsAt
                }
              }
            }
          }
        `),
        { id: paused.id },
      )
    ).data.resource;
    expect(read).toEqual({
      operationalStatus: 'PAUSED',
      statusUntil: '2027-01-05',
      notices: [{ kind: 'PAUSE', text: 'Back in January' }],
      nextMeetings: [],
    });
    const stats = await s.gql(
      graphql(`
        query ListingStats($o: [ID!]) {
          resourceStats(filter: { organizationIds: $o }, groupBy: [KIND]) {
            key
            count
          }
        }
      `),
      { o: [p.organizationGid] },
      analyst,
    );
    expect(stats.data.resourceStats).toEqual([{ key: ['PEER_GROUP'], count: 1 }]);
  });

  it('drops expired notices and refuses bad dates', async () => {
    const p = await partner(s.database);
    const r = (
      await submit(
        p.token,
        group({
          notices: [
            { kind: 'INFO', text: 'Old news', startsOn: '2020-01-01', endsOn: '2020-01-31' },
            { kind: 'CHANGE', text: 'New room from March', startsOn: '2099-03-01' },
          ],
        }),
      )
    ).resource!;
    expect(r.notices).toEqual([{ kind: 'CHANGE', text: 'New room from March', startsOn: '2099-03-01', endsOn: null }]);
    const bad = await submit(
      p.token,
      group({
        statusUntil: 'soon',
        notices: [{ kind: 'INFO', text: 'x', startsOn: '2026-02-10', endsOn: '2026-02-01' }],
      }),
    );
    expect(bad.userErrors.map((e) => e.code).sort()).toEqual(['ENDS_BEFORE_START', 'INVALID_DATE']);
  });

  it('keeps a cancelled meeting in nextMeetings, marked with its reason, counted in first', async () => {
    const p = await partner(s.database);
    const created = (
      await submit(
        p.token,
        group({
          schedule: {
            rrule: 'FREQ=WEEKLY;BYDAY=TU',
            timeZone: 'Europe/London',
            startTime: '19:00',
            durationMinutes: 90,
          },
        }),
      )
    ).resource!;
    const meetings = (
      await s.gql(
        graphql(`
          query ListingMeetings($id: ID!) {
            resource(id: $id) {
              __typename
              ... on PeerGroup {
                nextMeetings(first: 3) {
                  localStartsAt
                }
              }
            }
          }
        `),
        { id: created.id },
      )
    ).data.resource;
    const first = ofKind(meetings, 'PeerGroup').nextMeetings;
    const date = first[1]!.localStartsAt.slice(0, 10);
    const upd = await s.gql(
      graphql(`
        mutation ListingCancel($id: ID!, $patch: ResourcePatch!) {
          updateResource(id: $id, patch: $patch) {
            userErrors {
              field
              code
            }
            resource {
              __typename
              ... on PeerGroup {
                schedule {
                  cancelledDates
                  cancellations {
                    date
                    reason
                  }
                  description
                }
                nextMeetings(first: 3) {
                  localStartsAt
                  cancelled
                  cancellationReason
                }
              }
            }
          }
        }
      `),
      {
        id: created.id,
        patch: {
          schedule: {
            rrule: 'FREQ=WEEKLY;BYDAY=TU',
            timeZone: 'Europe/London',
            startTime: '19:00',
            durationMinutes: 90,
            cancellations: [{ date, reason: 'Venue closed for the holiday' }],
          },
        },
      },
      p.token,
    );
    expect(upd.data.updateResource.userErrors).toEqual([]);
    const pg = ofKind(upd.data.updateResource.resource, 'PeerGroup');
    expect(pg.schedule!.cancellations).toEqual([{ date, reason: 'Venue closed for the holiday' }]);
    expect(pg.schedule!.cancelledDates).toEqual([date]);
    expect(pg.nextMeetings.map((m) => [m.localStartsAt.slice(0, 10), m.cancelled, m.cancellationReason])).toEqual([
      [first[0]!.localStartsAt.slice(0, 10), false, null],
      [date, true, 'Venue closed for the holiday'],
      [first[2]!.localStartsAt.slice(0, 10), false, null],
    ]);
    // Search never counts the cancelled meeting as one that happens.
    const name = (
      await s.gql(
        graphql(`
          query ListingName($id: ID!) {
            resource(id: $id) {
              name
            }
          }
        `),
        { id: created.id },
      )
    ).data.resource!.name;
    const occ = await sql<{
      n: number;
    }>`select count(*)::int as n from resource_occurrences o join resources r on r.id = o.resource_id
      where r.name = ${name}
      and (o.starts_at at time zone 'Europe/London')::date = ${date}::date`.execute(s.database.db);
    expect(occ.rows[0]!.n).toBe(0);
  });
});

describe('online access', () => {
  it('warns when an online group says nothing about getting in, and keeps platform one fact for communities', async () => {
    const p = await partner(s.database);
    const online = await submit(p.token, group({ format: 'ONLINE', location: null }));
    expect(online.userErrors).toEqual([]);
    expect(online.warnings).toEqual([{ field: ['online'], code: 'REQUIRED' }]);
    const c = await s.gql(
      graphql(`
        mutation ListingCommunityPlatform($input: ResourceInput!) {
          submitResource(input: $input) {
            resource {
              ... on OnlineCommunity {
                platform
                online {
                  platform
                }
              }
            }
            userErrors {
              field
              code
            }
          }
        }
      `),
      {
        input: {
          kind: 'ONLINE_COMMUNITY',
          name: unique('Forum'),
          format: 'ONLINE',
          topics: ['anxiety'],
          moderated: true,
          online: { platform: 'Discord', joinUrl: 'https://discord.example/x' },
        },
      },
      p.token,
    );
    expect(c.data.submitResource.userErrors).toEqual([]);
    expect(c.data.submitResource.resource).toEqual({ platform: 'Discord', online: { platform: 'Discord' } });
    const clash = await s.gql(
      graphql(`
        mutation ListingCommunityClash($input: ResourceInput!) {
          submitResource(input: $input) {
            userErrors {
              field
              code
            }
          }
        }
      `),
      {
        input: {
          kind: 'ONLINE_COMMUNITY',
          name: unique('Forum'),
          format: 'ONLINE',
          topics: ['anxiety'],
          moderated: true,
          platform: 'Slack',
          online: { platform: 'Discord' },
        },
      },
      p.token,
    );
    expect(clash.data.submitResource.userErrors).toEqual([{ field: ['online', 'platform'], code: 'INVALID' }]);
  });
});

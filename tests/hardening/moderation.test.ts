import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEEDS, partner, roleKey, unique } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { graphql } from '../generated/index.ts';
import type { ModerationQueueQuery, ResourceInput } from '../generated/graphql.ts';

// Moderation approves exactly what the moderator read; partners edit through the same rules as before.

let s: TestServer;
let moderator: string;
beforeAll(async () => {
  s = await startTestServer();
  moderator = await roleKey(s.database, 'moderator');
});
afterAll(() => s.close());

graphql(`
  fragment ModerationPayload on ResourcePayload {
    resource {
      __typename
      id
      status
      version
      description
      name
      ... on PeerGroup {
        schedule {
          rrule
        }
        moderationNote
        pendingRevision {
          id
          changedFields
        }
        history {
          action
          actor
          actorRole
          note
        }
      }
    }
    userErrors {
      field
      code
      message
    }
    warnings {
      field
      code
      message
    }
    awaitingReview
  }
`);
const SUBMIT = graphql(`
  mutation ModerationSubmit($input: ResourceInput!, $dryRun: Boolean) {
    submitResource(input: $input, dryRun: $dryRun) {
      ...ModerationPayload
    }
  }
`);
const UPDATE = graphql(`
  mutation ModerationUpdate($id: ID!, $patch: ResourcePatch!) {
    updateResource(id: $id, patch: $patch) {
      ...ModerationPayload
    }
  }
`);
const REVIEW = graphql(`
  mutation ModerationReview($id: ID!, $d: ReviewDecision!, $note: String, $rev: ID, $v: Int) {
    reviewResource(id: $id, decision: $d, note: $note, revisionId: $rev, expectedVersion: $v) {
      ...ModerationPayload
    }
  }
`);
const SEEN = graphql(`
  query ModerationSeen($id: ID!) {
    resource(id: $id) {
      __typename
      version
      description
      ... on PeerGroup {
        pendingRevision {
          id
        }
      }
    }
  }
`);
const TAKE_DOWN = graphql(`
  mutation ModerationTakeDown($id: ID!, $reason: String!) {
    takeDownResource(id: $id, reason: $reason) {
      ...ModerationPayload
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
  schedule: { rrule: 'FREQ=MONTHLY;BYDAY=2WE,4WE', timeZone: 'Europe/London', startTime: '19:00', durationMinutes: 90 },
  ...over,
});

const seen = async (id: string) => (await s.gql(SEEN, { id }, moderator)).data.resource!;
const pendingRevision = async (id: string) => ofKind(await seen(id), 'PeerGroup').pendingRevision;

async function publishedByUntrusted() {
  const p = await partner(s.database, { trusted: false });
  const id = (await s.gql(SUBMIT, { input: group({ description: 'Original' }) }, p.token)).data.submitResource.resource!
    .id;
  const v = (await seen(id)).version;
  const approved = (await s.gql(REVIEW, { id, d: 'APPROVE', v }, moderator)).data.reviewResource;
  expect(approved.resource!.status).toBe('PUBLISHED');
  return { p, id };
}

describe('reviewResource approves what was reviewed', () => {
  it('refuses an approval naming a revision the partner has since replaced, and changes nothing', async () => {
    const { p, id } = await publishedByUntrusted();
    await s.gql(UPDATE, { id, patch: { description: 'Harmless edit' } }, p.token);
    const reviewed = (await pendingRevision(id))!.id;
    // Between the moderator's read and the approval the partner swaps the content.
    const swap = (await s.gql(UPDATE, { id, patch: { description: 'Spam link' } }, p.token)).data.updateResource;
    expect(swap.awaitingReview).toBe(true);
    const approval = (await s.gql(REVIEW, { id, d: 'APPROVE', rev: reviewed }, moderator)).data.reviewResource;
    expect(approval.userErrors).toMatchObject([{ field: ['revisionId'], code: 'VERSION_CONFLICT' }]);
    expect((await s.gql(SEEN, { id })).data.resource!.description).toBe('Original');
    // Reading again and approving what is now pending works.
    const now = (await pendingRevision(id))!.id;
    expect(now).not.toBe(reviewed);
    const ok = (await s.gql(REVIEW, { id, d: 'APPROVE', rev: now }, moderator)).data.reviewResource;
    expect(ok.userErrors).toEqual([]);
    expect(ok.resource!.description).toBe('Spam link');
  });

  it('requires the revision id for a pending edit, and the version for a pending listing', async () => {
    const { p, id } = await publishedByUntrusted();
    await s.gql(UPDATE, { id, patch: { description: 'x' } }, p.token);
    const noRev = (await s.gql(REVIEW, { id, d: 'APPROVE' }, moderator)).data.reviewResource;
    expect(noRev.userErrors).toMatchObject([{ field: ['revisionId'], code: 'REQUIRED' }]);

    const pending = (await s.gql(SUBMIT, { input: group() }, p.token)).data.submitResource.resource!.id;
    const noVersion = (await s.gql(REVIEW, { id: pending, d: 'APPROVE' }, moderator)).data.reviewResource;
    expect(noVersion.userErrors).toMatchObject([{ field: ['expectedVersion'], code: 'REQUIRED' }]);
  });

  it('refuses an approval of a pending listing the partner edited after the moderator read it', async () => {
    const p = await partner(s.database, { trusted: false });
    const id = (await s.gql(SUBMIT, { input: group({ description: 'Reviewed text' }) }, p.token)).data.submitResource
      .resource!.id;
    const v = (await seen(id)).version;
    const edit = (await s.gql(UPDATE, { id, patch: { description: 'Unreviewed text' } }, p.token)).data.updateResource;
    expect(edit.resource!.version).toBe(v + 1);
    const approval = (await s.gql(REVIEW, { id, d: 'APPROVE', v }, moderator)).data.reviewResource;
    expect(approval.userErrors).toMatchObject([{ field: ['expectedVersion'], code: 'VERSION_CONFLICT' }]);
    expect((await s.gql(SEEN, { id })).data.resource).toBeNull();
  });

  it('withdraws a pending edit when the partner resubmits the published content', async () => {
    const { p, id } = await publishedByUntrusted();
    await s.gql(UPDATE, { id, patch: { description: 'Changed my mind' } }, p.token);
    expect(await pendingRevision(id)).not.toBeNull();
    const back = (await s.gql(UPDATE, { id, patch: { description: 'Original' } }, p.token)).data.updateResource;
    expect(back.awaitingReview).toBe(false);
    expect(await pendingRevision(id)).toBeNull();
    expect(ofKind(back.resource, 'PeerGroup').history![0]!.action).toBe('REVISION_WITHDRAWN');
  });

  it('shows partners that a moderator acted, never the moderator’s key id', async () => {
    const { p, id } = await publishedByUntrusted();
    const asPartner = (
      await s.gql(
        graphql(`
          query ModerationHistoryAsPartner($id: ID!) {
            resource(id: $id) {
              __typename
              ... on PeerGroup {
                history {
                  action
                  actor
                  actorRole
                }
              }
            }
          }
        `),
        { id },
        p.token,
      )
    ).data.resource;
    const history = ofKind(asPartner, 'PeerGroup').history!;
    const approval = history.find((h) => h.action === 'APPROVED');
    expect(approval).toMatchObject({ actor: null, actorRole: 'moderator' });
    expect(history.find((h) => h.action === 'CREATED')!.actor).toMatch(/\S/);
    const asModerator = (
      await s.gql(
        graphql(`
          query ModerationHistoryAsModerator($id: ID!) {
            resource(id: $id) {
              __typename
              ... on PeerGroup {
                history {
                  action
                  actor
                }
              }
            }
          }
        `),
        { id },
        moderator,
      )
    ).data.resource;
    expect(ofKind(asModerator, 'PeerGroup').history!.find((h) => h.action === 'APPROVED')!.actor).toMatch(/\S/);
  });

  it('lists pending listings oldest first with their last rejection note', async () => {
    const p = await partner(s.database, { trusted: false });
    const first = (await s.gql(SUBMIT, { input: group() }, p.token)).data.submitResource.resource!.id;
    const second = (await s.gql(SUBMIT, { input: group() }, p.token)).data.submitResource.resource!.id;
    await s.gql(
      REVIEW,
      { id: first, d: 'REJECT', v: (await seen(first)).version, note: 'Add the room number' },
      moderator,
    );
    await s.gql(UPDATE, { id: first, patch: { description: 'Room 4' } }, p.token);
    // The whole queue, page by page (other tests leave pending listings too).
    const queue: ModerationQueueQuery['pendingResources'] = [];
    for (let after: string | null = null; ;) {
      const page: ModerationQueueQuery['pendingResources'] = (
        await s.gql(
          graphql(`
            query ModerationQueue($after: ID) {
              pendingResources(first: 100, after: $after) {
                id
                status
                ... on PeerGroup {
                  moderationNote
                }
              }
            }
          `),
          { after },
          moderator,
        )
      ).data.pendingResources;
      queue.push(...page);
      if (page.length < 100) break;
      after = page.at(-1)!.id;
    }
    expect(new Set(queue.map((r) => r.id)).size).toBe(queue.length);
    const ours = queue.filter((r) => [first, second].includes(r.id));
    expect(ours.map((r) => r.id)).toEqual([second, first]);
    expect(ours[1]).toMatchObject({ status: 'PENDING', moderationNote: 'Add the room number' });
  });
});

describe('takedown', () => {
  it('archives any listing at once, tells the owner why, and brings it back only through review', async () => {
    const p = await partner(s.database, { trusted: true });
    const input = group({ externalId: unique('ext') });
    const id = (await s.gql(SUBMIT, { input }, p.token)).data.submitResource.resource!.id;
    const down = (await s.gql(TAKE_DOWN, { id, reason: 'Reported as unsafe' }, moderator)).data.takeDownResource;
    expect(down.resource).toMatchObject({ status: 'ARCHIVED', moderationNote: 'Reported as unsafe' });
    expect((await s.gql(SEEN, { id })).data.resource).toBeNull();
    const owner = (
      await s.gql(
        graphql(`
          query ModerationOwnerView($id: ID!) {
            resource(id: $id) {
              __typename
              status
              ... on PeerGroup {
                moderationNote
                history {
                  action
                  note
                }
              }
            }
          }
        `),
        { id },
        p.token,
      )
    ).data.resource;
    const ownerGroup = ofKind(owner, 'PeerGroup');
    expect(ownerGroup.moderationNote).toBe('Reported as unsafe');
    expect(ownerGroup.history![0]).toMatchObject({ action: 'TAKEN_DOWN', note: 'Reported as unsafe' });
    // Even a trusted partner's resubmission waits for a moderator.
    const again = (await s.gql(SUBMIT, { input: { ...input, description: 'Fixed' } }, p.token)).data.submitResource;
    expect(again.resource!.status).toBe('PENDING');
    const v = (await seen(id)).version;
    expect((await s.gql(REVIEW, { id, d: 'APPROVE', v }, moderator)).data.reviewResource.resource!.status).toBe(
      'PUBLISHED',
    );
    // After approval the partner's trust applies again.
    expect(
      (await s.gql(UPDATE, { id, patch: { description: 'Fixed again' } }, p.token)).data.updateResource.resource!
        .status,
    ).toBe('PUBLISHED');
  });

  it('is for moderators only and needs a reason', async () => {
    const p = await partner(s.database, { trusted: true });
    const id = (await s.gql(SUBMIT, { input: group() }, p.token)).data.submitResource.resource!.id;
    expect((await s.gql(TAKE_DOWN, { id, reason: 'x' }, p.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await s.gql(TAKE_DOWN, { id, reason: '  ' }, moderator)).data.takeDownResource.userErrors[0]!.code).toBe(
      'REQUIRED',
    );
  });
});

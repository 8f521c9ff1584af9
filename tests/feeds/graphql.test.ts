import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFeed } from '../../src/modules/feeds/import-service.ts';
import { partner, roleKey } from '../helpers/fixtures.ts';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { errorCode, startTestServer, type GraphQLResponse, type TestServer } from '../helpers/server.ts';
import { fixture } from '../helpers/shared-fixtures.ts';
import { graphql } from '../generated/index.ts';

let server: TestServer;
beforeAll(async () => {
  const s = await startTestServer({ FEEDS_ALLOW_PRIVATE: 'false' });
  // A kept-alive connection the server closes just as it is reused (slow, shared machine): retry once.
  // Both of gql's forms, as its implementation takes them (a typed document is printed, text is sent as it is).
  type Send = (q: string | TypedDocumentNode, v?: Record<string, unknown>, k?: string) => Promise<GraphQLResponse>;
  const send = s.gql as Send;
  const retried: Send = (q, v, k) => send(q, v, k).catch(() => send(q, v, k));
  server = { ...s, gql: retried as TestServer['gql'] };
});
afterAll(() => server.close());

const REGISTER = graphql(`
  mutation FeedsRegister($input: RegisterFeedInput!) {
    registerFeed(input: $input) {
      feed {
        id
        url
        format
        intervalMinutes
        topics
        lastStatus
        nextRunAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
const FEED_IDS = graphql(`
  query FeedsIds {
    feeds {
      id
    }
  }
`);

describe('registered feeds through GraphQL', () => {
  it('a partner registers a feed, sees only its own; bad input is userErrors; other roles are refused', async () => {
    const p = await partner(server.database);
    const other = await partner(server.database);
    const ok = await server.gql(
      REGISTER,
      {
        input: {
          url: 'https://93.184.215.14/meetings.json',
          format: 'MEETING_GUIDE',
          intervalMinutes: 60,
          topics: ['alcohol'],
        },
      },
      p.token,
    );
    expect(ok.data.registerFeed.userErrors).toEqual([]);
    expect(ok.data.registerFeed.feed).toMatchObject({
      url: 'https://93.184.215.14/meetings.json',
      format: 'MEETING_GUIDE',
      intervalMinutes: 60,
      topics: ['alcohol'],
      lastStatus: null,
    });

    const again = await server.gql(
      REGISTER,
      { input: { url: 'https://93.184.215.14/meetings.json', format: 'MEETING_GUIDE' } },
      p.token,
    );
    expect(again.data.registerFeed.userErrors).toEqual([
      expect.objectContaining({ field: ['url'], code: 'DUPLICATE_FEED' }),
    ]);
    const loopback = await server.gql(
      REGISTER,
      { input: { url: 'http://127.0.0.1:9/x.json', format: 'HSDS' } },
      p.token,
    );
    expect(loopback.data.registerFeed.userErrors).toEqual([
      expect.objectContaining({ field: ['url'], code: 'INVALID_URL' }),
    ]);
    const slow = await server.gql(
      REGISTER,
      { input: { url: 'https://93.184.215.14/b.json', format: 'HSDS', intervalMinutes: 1 } },
      p.token,
    );
    expect(slow.data.registerFeed.userErrors[0]!.code).toBe('OUT_OF_RANGE');
    const topic = await server.gql(
      REGISTER,
      { input: { url: 'https://93.184.215.14/c.json', format: 'HSDS', topics: ['nope'] } },
      p.token,
    );
    expect(topic.data.registerFeed.userErrors[0]!.code).toBe('UNKNOWN_TOPIC');

    const mine = await server.gql(
      graphql(`
        query FeedsMine {
          feeds {
            id
            url
          }
        }
      `),
      {},
      p.token,
    );
    expect(mine.data.feeds.map((f) => f.url)).toEqual(['https://93.184.215.14/meetings.json']);
    expect((await server.gql(FEED_IDS, {}, other.token)).data.feeds).toEqual([]);
    const mod = await roleKey(server.database, 'moderator');
    expect((await server.gql(FEED_IDS, {}, mod)).data.feeds.map((f) => f.id)).toContain(ok.data.registerFeed.feed!.id);
    expect(errorCode(await server.gql(FEED_IDS))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(await server.gql(REGISTER, { input: { url: 'https://93.184.215.14/d.json', format: 'HSDS' } }, mod)),
    ).toBe('FORBIDDEN');

    const removed = await server.gql(
      graphql(`
        mutation FeedsRemoveOther($id: ID!) {
          removeFeed(id: $id) {
            ok
            userErrors {
              code
            }
          }
        }
      `),
      { id: ok.data.registerFeed.feed!.id },
      other.token,
    );
    expect(removed.data.removeFeed).toEqual({ ok: false, userErrors: [{ code: 'NOT_FOUND' }] });
    const mineRemoved = await server.gql(
      graphql(`
        mutation FeedsRemoveMine($id: ID!) {
          removeFeed(id: $id) {
            ok
          }
        }
      `),
      { id: ok.data.registerFeed.feed!.id },
      p.token,
    );
    expect(mineRemoved.data.removeFeed.ok).toBe(true);
    const { parseFeedId } = await import('../../src/modules/feeds/feed-service.ts');
    expect(
      await server.database.db
        .selectFrom('jobs')
        .select('id')
        .where('key', '=', `feed:${parseFeedId(ok.data.registerFeed.feed!.id)}`)
        .execute(),
    ).toEqual([]);
  });

  it("Resource.typeCodes shows the feed's codes as given", async () => {
    const p = await partner(server.database, { trusted: true });
    await importFeed(server.database.db, {
      format: 'meeting-guide',
      location: fixture('meeting-guide', 'sussexaa.json'),
      partnerKeyId: p.keyId,
      limits: { timeoutMs: 2000, maxBytes: 1e7, allowPrivate: true },
    });
    const r = await server.gql(
      graphql(`
        query FeedsTypeCodes($e: String!) {
          resourceByExternalId(externalId: $e) {
            typeCodes
            ... on PeerGroup {
              schedule {
                rrule
                timeZone
                startTime
              }
            }
          }
        }
      `),
      { e: 'early-birds-absi' },
      p.token,
    );
    expect(r.data.resourceByExternalId).toEqual({
      typeCodes: ['ABSI', 'LIT', 'O', 'X', 'ONL', 'TC'],
      schedule: expect.objectContaining({ timeZone: 'America/New_York' }),
    });
  });
});

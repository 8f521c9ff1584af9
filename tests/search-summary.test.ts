import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from './helpers/database.ts';
import type { Context } from '../src/context.ts';
import type { Database } from '../src/db/database.ts';
import { createLoaders } from '../src/loaders.ts';
import { createLogger } from '../src/logger.ts';
import { ignoreBatches } from '../src/shared/batch-observer.ts';
import { CursorCodec } from '../src/shared/cursor.ts';
import { anonymous } from '../src/modules/auth/viewer.ts';
import { findResourcesByIds } from '../src/modules/resources/repository.ts';
import { toResource } from '../src/modules/resources/mappers.ts';
import { searchResources } from '../src/modules/search/service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

function context(): Context {
  return {
    viewer: anonymous,
    clientAddress: 'test',
    db: database.db,
    analyticsDb: database.db,
    loaders: createLoaders(database.db, anonymous, ignoreBatches),
    log: createLogger('silent'),
    requestId: 'test',
    cursors: new CursorCodec('summary test secret'),
    limits: undefined as unknown as Context['limits'],
  };
}

describe('search pages of listing summaries', () => {
  it('hand out summaries that refuse to answer a field they did not read', async () => {
    const page = await searchResources(context(), { first: 5 }, { summary: true });
    const node = page.edges[0]!.node;
    expect(node.name).toEqual(expect.any(String));
    expect(() => node.description).toThrow(/not read: this listing is a summary/);
    expect(() => node.details).toThrow(/not read/);
  });

  it('never put a summary in the request’s listing loader: a later read there is the whole listing', async () => {
    const ctx = context();
    const page = await searchResources(ctx, { first: 5 }, { summary: true });
    const ids = page.edges.map((e) => e.node.id);
    const [stored] = await findResourcesByIds(database.db, [ids[0]!]);
    const loaded = await ctx.loaders.resourceById.load(ids[0]!);
    expect(loaded?.description).toEqual(toResource(stored!).description);
    expect(loaded?.languages).toEqual(stored!.languages);
    // A full page does prime it: the same listing object the page answered with.
    const full = context();
    const fullPage = await searchResources(full, { first: 5 }, {});
    expect(await full.loaders.resourceById.load(ids[0]!)).toBe(fullPage.edges[0]!.node);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { Db } from './db/database.ts';
import { createLoaders, loaderNames } from './loaders.ts';
import { anonymous } from './modules/auth/viewer.ts';
import { ignoreBatches } from './shared/batch-observer.ts';
import { forgetListings, invalidationOf } from './shared/loader-invalidation.ts';

// DataLoaders are lazy: none of these tests reaches the database, so a stand-in is enough. A request makes its
// loaders on first use; these tests make them all.
const loaders = () => {
  const all = createLoaders({} as Db, anonymous, ignoreBatches);
  for (const name of loaderNames) void (all as unknown as Record<string, unknown>)[name];
  return all;
};

/** A key of listing 7 for each loader whose keys are more than a listing id. */
const keyOfListing7: Record<string, unknown> = {
  historyByResourceId: { resourceId: 7, limit: 5 },
  meetings: { schedule: { resourceId: 7 }, from: null, limit: 3 },
};

type Primable = { prime(key: unknown, value: unknown): unknown; load(key: unknown): Promise<unknown> };

describe('loader invalidation after a listing write', () => {
  it('every loader declares how a listing write affects it', () => {
    for (const [name, loader] of Object.entries(loaders())) expect(invalidationOf(loader), name).toBeDefined();
  });

  it("clears every loader keyed by listing for the written listing, and only that listing's entries", async () => {
    const all = loaders();
    const byListing = Object.entries(all).filter(([, l]) => invalidationOf(l)?.by === 'listing');
    expect(byListing.map(([name]) => name)).toEqual(
      expect.arrayContaining(['resourceById', 'locationByResourceId', 'topicsByResourceId', 'historyByResourceId']),
    );
    for (const [name, loader] of byListing) {
      const l = loader as unknown as Primable;
      const key = keyOfListing7[name] ?? 7;
      l.prime(key, 'before the write');
      // prime() never overwrites: the second value shows only if the write cleared the first.
      forgetListings(all, [8]);
      l.prime(key, 'after the write');
      expect(await l.load(key), `${name} kept listing 7 after a write to listing 8`).toBe('before the write');
      forgetListings(all, [7]);
      l.prime(key, 'after the write');
      expect(await l.load(key), `${name} was not cleared after a write to listing 7`).toBe('after the write');
    }
  });

  it('clears whole the loaders whose keys a listing write changes without naming the listing', () => {
    const all = loaders();
    const whole = Object.entries(all).filter(([, l]) => invalidationOf(l)?.by === 'everything');
    expect(whole.map(([name]) => name).sort()).toEqual(['resourceCountByOrganization', 'resourcesByOrganization']);
    const spies = whole.map(([, l]) => vi.spyOn(l as unknown as { clearAll(): unknown }, 'clearAll'));
    forgetListings(all, [7]);
    for (const spy of spies) expect(spy).toHaveBeenCalledOnce();
  });

  it('makes a request’s loaders on first use, a feature’s group at a time', async () => {
    const fresh = createLoaders({} as Db, anonymous, ignoreBatches);
    expect(Object.keys(fresh)).toEqual([]);
    forgetListings(fresh, [7]); // nothing made, nothing to forget
    fresh.resourceById.prime(7, 'made' as never);
    expect(Object.keys(fresh).sort()).toEqual(
      [
        'locationByResourceId',
        'resourceById',
        'scheduleByResourceId',
        'sessionsByResourceId',
        'topicsByResourceId',
      ].sort(),
    );
    // The same loader on every read, with what was primed into it; and forgotten after a write.
    expect(fresh.resourceById).toBe(fresh.resourceById);
    expect(await fresh.resourceById.load(7)).toBe('made');
    forgetListings(fresh, [7]);
    fresh.resourceById.prime(7, 'after the write' as never);
    expect(await fresh.resourceById.load(7)).toBe('after the write');
    // Two requests never share one.
    expect(createLoaders({} as Db, anonymous, ignoreBatches).resourceById).not.toBe(fresh.resourceById);
    expect(loaderNames.length).toBeGreaterThan(10);
  });
});

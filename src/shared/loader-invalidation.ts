import type DataLoader from 'dataloader';

// What a write must forget. Every loader of a request declares, where it is created, how a write to a listing
// affects it; src/loaders.ts accepts only declared loaders (a type error otherwise), and forgetListings() clears
// every loader that a write to those listings touches. A new per-listing loader cannot be left out of the
// clearing by forgetting a line in a service: it cannot be registered without saying how it is cleared.

const INVALIDATION = Symbol('invalidation');

export type Invalidation =
  /** Cached by listing id (or listing id and arguments): a write drops that listing's entries. */
  | { readonly by: 'listing'; forget(listingId: number): void }
  /** Keyed by something a listing write changes but which cannot be addressed by listing: cleared whole. */
  | { readonly by: 'everything'; readonly why: string; forget(): void }
  /** Holds nothing a listing write changes. */
  | { readonly by: 'nothing'; readonly why: string };

export interface Invalidated {
  readonly [INVALIDATION]: Invalidation;
}

function declare<T extends object>(loader: T, invalidation: Invalidation): T & Invalidated {
  Object.defineProperty(loader, INVALIDATION, { value: invalidation, enumerable: false });
  return loader as T & Invalidated;
}

/** A loader keyed by listing id: `clear(id)` after a write to that listing. */
export function keyedByListing<T extends DataLoader<number, unknown, number>>(loader: T): T & Invalidated {
  return declare(loader, { by: 'listing', forget: (id) => loader.clear(id) });
}

/**
 * A loader keyed by listing and arguments (a page size, a start date): its cache (`cacheMap`) must be a
 * ListingKeyedCache, which can drop every entry of one listing whatever the arguments.
 */
export function keyedByListingAndArguments<T extends DataLoader<never, unknown, string>>(
  loader: T,
  cache: ListingKeyedCache<unknown>,
): T & Invalidated {
  return declare(loader, { by: 'listing', forget: (id) => cache.forgetListing(id) });
}

/** A loader whose keys a listing write may change without naming them (an organisation's pages): cleared whole. */
export function clearedWholeOnListingWrites<T extends { clearAll(): unknown }>(
  loader: T,
  why: string,
): T & Invalidated {
  return declare(loader, { by: 'everything', why, forget: () => loader.clearAll() });
}

/** A loader (or loading function) that holds nothing a listing write changes. */
export function unchangedByListingWrites<T extends object>(loader: T, why: string): T & Invalidated {
  return declare(loader, { by: 'nothing', why });
}

export function invalidationOf(loader: unknown): Invalidation | undefined {
  return (loader as Partial<Invalidated> | null)?.[INVALIDATION];
}

/** After a write to these listings: every loader that may hold something of theirs forgets it. */
export function forgetListings(loaders: Record<string, Invalidated>, listingIds: Iterable<number>): void {
  const ids = [...listingIds];
  if (!ids.length) return;
  for (const loader of Object.values(loaders)) {
    const invalidation = loader[INVALIDATION];
    if (invalidation.by === 'listing') for (const id of ids) invalidation.forget(id);
    else if (invalidation.by === 'everything') invalidation.forget();
  }
}

/** The cache key of a listing-and-arguments loader: the listing id first, so the cache can find its entries. */
export const listingCacheKey = (listingId: number, ...args: unknown[]): string =>
  `${listingId}|${JSON.stringify(args)}`;

/**
 * A DataLoader cacheMap for keys made by listingCacheKey(): DataLoader cannot list its keys, so this cache
 * remembers which keys belong to which listing, and forgetListing(id) drops them all.
 */
export class ListingKeyedCache<V> {
  readonly #entries = new Map<string, V>();
  readonly #keysByListing = new Map<number, Set<string>>();

  get(key: string): V | undefined {
    return this.#entries.get(key);
  }
  set(key: string, value: V): this {
    this.#entries.set(key, value);
    const listingId = Number(key.slice(0, key.indexOf('|')));
    let keys = this.#keysByListing.get(listingId);
    if (!keys) this.#keysByListing.set(listingId, (keys = new Set()));
    keys.add(key);
    return this;
  }
  delete(key: string): boolean {
    return this.#entries.delete(key);
  }
  clear(): void {
    this.#entries.clear();
    this.#keysByListing.clear();
  }
  forgetListing(listingId: number): void {
    for (const key of this.#keysByListing.get(listingId) ?? []) this.#entries.delete(key);
    this.#keysByListing.delete(listingId);
  }
}

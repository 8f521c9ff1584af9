import type { Db } from './db/database.ts';
import { ignoreBatches, type BatchObserver } from './shared/batch-observer.ts';
import { anonymous, type Viewer } from './modules/auth/viewer.ts';
import { createFeedLoaders } from './modules/feeds/loaders.ts';
import { createOrganizationLoaders } from './modules/organizations/loaders.ts';
import { createPartnerLoaders } from './modules/partners/loaders.ts';
import { createResourceLoaders } from './modules/resources/loaders.ts';
import { visibilityFor } from './modules/auth/access.ts';
import { createTopicLoaders } from './modules/topics/loaders.ts';
import { createMeetingsLoader } from './modules/schedules/meetings-loader.ts';
import type { Invalidated } from './shared/loader-invalidation.ts';

interface LoaderDeps {
  db: Db;
  viewer: Viewer;
  observe: BatchObserver;
}

/** Each feature's loaders, made together when the request first uses one of them. */
const groups = {
  resources: (d: LoaderDeps) => createResourceLoaders(d.db, d.observe),
  topics: (d: LoaderDeps) => createTopicLoaders(d.db),
  organizations: (d: LoaderDeps) => createOrganizationLoaders(d.db, visibilityFor(d.viewer, null), d.observe),
  partners: (d: LoaderDeps) => createPartnerLoaders(d.db),
  meetings: () => ({ meetings: createMeetingsLoader() }),
  feeds: (d: LoaderDeps) => createFeedLoaders(d.db),
};

type Made<K extends keyof typeof groups> = ReturnType<(typeof groups)[K]>;
/** Only declared loaders type-check here: each says how a listing write affects it (shared/loader-invalidation.ts). */
type Declared<T extends Record<string, Invalidated>> = T;
export type Loaders = Declared<
  Made<'resources'> & Made<'topics'> & Made<'organizations'> & Made<'partners'> & Made<'meetings'> & Made<'feeds'>
>;

const DEPS = Symbol('loader deps');

/**
 * A request's loaders, each group made on first use: a request uses a few of the sixteen, and making them all
 * for every request (closures, DataLoaders, caches) was a tenth of the busy time of a small query. A loader once
 * made is an own property, so Object.values() lists exactly the loaders that may hold something (what
 * forgetListings clears). The getters live on the prototype, built once from the groups' names.
 */
class RequestLoaders {
  readonly [DEPS]: LoaderDeps;
  constructor(deps: LoaderDeps) {
    this[DEPS] = deps;
  }
}

// Making a group reaches no database (DataLoaders are lazy), so a stand-in tells each group's loader names.
const standIn: LoaderDeps = { db: {} as Db, viewer: anonymous, observe: ignoreBatches };
for (const make of Object.values(groups) as Array<(d: LoaderDeps) => Record<string, unknown>>) {
  for (const name of Object.keys(make(standIn))) {
    Object.defineProperty(RequestLoaders.prototype, name, {
      configurable: true,
      get(this: RequestLoaders) {
        for (const [made, loader] of Object.entries(make(this[DEPS])))
          Object.defineProperty(this, made, { value: loader, enumerable: true, writable: false });
        return (this as unknown as Record<string, unknown>)[name];
      },
    });
  }
}

/**
 * Every DataLoader of one request. Never shared between requests: caches would leak across viewers. Each loader
 * declares, where it is created, how a listing write affects it (keyed by listing, cleared whole, unaffected): the
 * Loaders type refuses an undeclared one, and forgetListings() (shared/loader-invalidation.ts) clears them after
 * every write.
 */
export function createLoaders(db: Db, viewer: Viewer, observe: BatchObserver): Loaders {
  return new RequestLoaders({ db, viewer, observe }) as unknown as Loaders;
}

/** The names of every loader a request can have (tests: to make them all). */
export const loaderNames: readonly string[] = Object.getOwnPropertyNames(RequestLoaders.prototype).filter(
  (name) => name !== 'constructor',
);

import { sql, type Kysely } from 'kysely';

// Frozen. Feeds in (imports, registered feeds pulled on a schedule) and the background job runner.
// One statement per call: PGlite's extended protocol refuses multi-statement strings.

const statements = [
  // Where an imported listing came from and the feed's own codes for it. Kept beside the listing rather than in
  // it: the partner write path owns `resources`; this row only says which feed last carried the listing, so
  // "gone from the feed" archives only that feed's listings, and Meeting Guide type codes survive round trips.
  `create table resource_imports (
     resource_id integer primary key references resources(id) on delete cascade,
     organization_id integer not null references organizations(id),
     source text not null,
     type_codes text[] not null default '{}',
     imported_at timestamptz not null default now()
   )`,
  `create index resource_imports_source_idx on resource_imports (organization_id, source)`,

  // Feeds a partner (or an operator) registered: pulled on their interval with conditional requests.
  `create table feeds (
     id integer generated always as identity primary key,
     organization_id integer not null references organizations(id),
     key_id text not null references api_keys(id),
     url text not null,
     format text not null check (format in ('meeting-guide', 'hsds')),
     options jsonb not null default '{}',
     interval_minutes integer not null check (interval_minutes between 5 and 10080),
     etag text,
     last_modified text,
     last_run_at timestamptz,
     last_success_at timestamptz,
     last_status text,
     last_error text,
     last_counts jsonb,
     failures integer not null default 0,
     next_run_at timestamptz not null default now(),
     created_at timestamptz not null default now(),
     unique (organization_id, url)
   )`,

  // Background jobs: one row per job, taken with FOR UPDATE SKIP LOCKED under a lease that expires, so a job
  // held by an instance that died is taken over once its lease runs out. Recurring jobs keep one row per key.
  `create table jobs (
     id bigint generated always as identity primary key,
     name text not null,
     key text unique,
     payload jsonb not null default '{}',
     run_at timestamptz not null default now(),
     locked_by text,
     locked_until timestamptz,
     attempts integer not null default 0,
     last_error text,
     created_at timestamptz not null default now()
   )`,
  `create index jobs_due_idx on jobs (run_at, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['jobs', 'feeds', 'resource_imports'])
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
}
